import { parseChineseNumeral } from '../shared/numbering.ts';

/** Whether `date` is a real calendar date written YYYY-MM-DD. */
export function isIsoDate(date: string): boolean {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(date);
  if (!m) return false;
  const d = new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3])));
  return d.getUTCFullYear() === Number(m[1]) && d.getUTCMonth() === Number(m[2]) - 1 && d.getUTCDate() === Number(m[3]);
}

const pad = (n: number) => String(n).padStart(2, '0');
const CN_YEAR_DIGITS: Record<string, string> = { '〇': '0', '零': '0', '○': '0', 'Ｏ': '0', 'O': '0', '一': '1', '二': '2', '三': '3', '四': '4', '五': '5', '六': '6', '七': '7', '八': '8', '九': '9' };
const DATE_PATTERNS: { re: RegExp; read: (m: RegExpExecArray) => [number, number, number] | undefined }[] = [
  { re: /([12][0-9]{3})\s*年\s*([0-9]{1,2})\s*月\s*([0-9]{1,2})\s*日/gu, read: (m) => [Number(m[1]), Number(m[2]), Number(m[3])] },
  {
    re: /([〇零○Ｏ一二三四五六七八九]{4})\s*年\s*([一二三四五六七八九十]{1,3})\s*月\s*([一二三四五六七八九十]{1,3})\s*日/gu,
    read: (m) => {
      const year = Number([...m[1]!].map((c) => CN_YEAR_DIGITS[c] ?? 'x').join(''));
      const month = parseChineseNumeral(m[2]!);
      const day = parseChineseNumeral(m[3]!);
      return Number.isNaN(year) || month === undefined || day === undefined ? undefined : [year, month, day];
    },
  },
  { re: /([12][0-9]{3})[-./／]([0-9]{1,2})[-./／]([0-9]{1,2})(?![0-9])/gu, read: (m) => [Number(m[1]), Number(m[2]), Number(m[3])] },
];

/** Every date written in `text` (`2014年5月8日`, `二〇二一年五月十日`, `2021-05-10`), as YYYY-MM-DD. */
export function findDates(text: string): string[] {
  const found: { index: number; date: string }[] = [];
  for (const { re, read } of DATE_PATTERNS) {
    re.lastIndex = 0;
    for (let m = re.exec(text); m; m = re.exec(text)) {
      const parts = read(m);
      if (!parts) continue;
      const date = `${parts[0]}-${pad(parts[1])}-${pad(parts[2])}`;
      if (isIsoDate(date)) found.push({ index: m.index, date });
    }
  }
  return found.sort((a, b) => a.index - b.index).map((f) => f.date);
}

