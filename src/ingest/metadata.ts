import { parseChineseNumeral } from '../shared/numbering.ts';
import { ImportError } from './errors.ts';

/** Where a metadata value came from: the text, an option (or the manifest), or a fallback to review. */
export type MetaOrigin = 'text' | 'option' | 'fallback';

/** The frontmatter of an imported source. */
export interface ImportMeta {
  title: string;
  date: string;
  kind: string;
  origin: string;
}

/** What the text offers for metadata, gathered from the blocks. */
export interface MetaEvidence {
  /** The title line, if the copy has one. */
  title?: string;
  /** Short lines near the start (after the title) and at the end, where dates are written. */
  head: string[];
  tail: string[];
  /** Text of the first paragraph. */
  firstParagraph?: string;
  /** Heading texts. */
  headings: string[];
  articleMode: boolean;
}

/** Overrides and fallbacks. */
export interface MetaOptions {
  fileName: string;
  title?: string;
  date?: string;
  kind?: string;
  /** Date used when neither an option nor the text gives one (YYYY-MM-DD). */
  fallbackDate: string;
}

/** A metadata value that needs review, with the reason in Chinese. */
export interface MetaNote {
  field: 'title' | 'date' | 'kind';
  message: string;
}

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

const KIND_BY_TITLE: [RegExp, string][] = [
  [/讲话|致辞|发言|主持词|动员会上|会议上的/u, '讲话'],
  [/解读|问答|答记者问|释义|答问/u, '解读'],
  [/通知$|通告$|公告$/u, '通知'],
  [/报告/u, '报告'],
  [/条例|规定|细则|办法|规则|准则|意见|决定|纲要|方案|规划|章程|制度/u, '文件'],
];

/** The kind of document (讲话, 文件, 通知, 解读, 报告) from its title, else from how its text reads. */
export function detectKind(evidence: MetaEvidence): { kind: string; from: 'title' | 'text' } | undefined {
  if (evidence.title) {
    for (const [re, kind] of KIND_BY_TITLE) if (re.test(evidence.title)) return { kind, from: 'title' };
  }
  if (evidence.firstParagraph && /^同志们/u.test(evidence.firstParagraph)) return { kind: '讲话', from: 'text' };
  if (evidence.headings.filter((h) => /[？?]$/u.test(h)).length >= 2) return { kind: '解读', from: 'text' };
  if (evidence.articleMode) return { kind: '文件', from: 'text' };
  return undefined;
}

/** The date of a document: the latest date in the lines after its title, else in its closing lines. */
export function detectDate(evidence: MetaEvidence): string | undefined {
  for (const lines of [evidence.head, evidence.tail]) {
    const dates = lines.flatMap(findDates).sort();
    if (dates.length > 0) return dates.at(-1);
  }
  return undefined;
}

/** The date written when nothing gives one: a fixed placeholder, flagged 需核对, so output depends on the input alone. */
export const PLACEHOLDER_DATE = '1970-01-01';

/** The date of a SOURCE_DATE_EPOCH value (seconds), else the fixed placeholder — never the clock. */
export function fallbackDate(epoch: string | undefined): string {
  if (epoch !== undefined && epoch.trim() !== '') {
    const seconds = Number(epoch);
    if (!Number.isFinite(seconds)) throw new ImportError('SOURCE_DATE_EPOCH 必须是秒数');
    return new Date(seconds * 1000).toISOString().slice(0, 10);
  }
  return PLACEHOLDER_DATE;
}

const stem = (fileName: string) => {
  const base = fileName.split(/[\\/]/).pop() ?? fileName;
  return base.replace(/\.[^.]*$/u, '') || base;
};

/**
 * Resolve the frontmatter. Options win; then what the text says; else a fallback, noted for review.
 * Metadata is copied from the text, never moved: the title line stays in the body.
 */
export function resolveMeta(evidence: MetaEvidence, options: MetaOptions): { meta: ImportMeta; from: Record<'title' | 'date' | 'kind', MetaOrigin>; notes: MetaNote[] } {
  const notes: MetaNote[] = [];
  if (options.date !== undefined && !isIsoDate(options.date)) throw new ImportError(`日期「${options.date}」必须是 YYYY-MM-DD 格式的真实日期`);
  if (options.title !== undefined && options.title.trim() === '') throw new ImportError('标题不能为空');
  if (options.kind !== undefined && options.kind.trim() === '') throw new ImportError('类别不能为空');

  let title: string;
  let titleFrom: MetaOrigin;
  if (options.title !== undefined) {
    title = options.title.trim();
    titleFrom = 'option';
    if (evidence.title && evidence.title !== title) {
      notes.push({ field: 'title', message: `正文标题「${evidence.title}」与指定的标题「${title}」不同` });
    }
  } else if (evidence.title) {
    title = evidence.title;
    titleFrom = 'text';
  } else {
    title = stem(options.fileName);
    titleFrom = 'fallback';
    notes.push({ field: 'title', message: `正文中没有标题行，暂用文件名「${title}」` });
  }

  let date: string;
  let dateFrom: MetaOrigin;
  const found = detectDate(evidence);
  if (options.date !== undefined) {
    date = options.date;
    dateFrom = 'option';
  } else if (found) {
    date = found;
    dateFrom = 'text';
  } else {
    date = options.fallbackDate;
    dateFrom = 'fallback';
    notes.push({ field: 'date', message: `正文中没有找到日期，暂用 ${date}` });
  }

  let kind: string;
  let kindFrom: MetaOrigin;
  const detected = detectKind({ ...evidence, title: evidence.title ?? (titleFrom === 'option' ? title : undefined) });
  if (options.kind !== undefined) {
    kind = options.kind.trim();
    kindFrom = 'option';
  } else if (detected) {
    kind = detected.kind;
    kindFrom = 'text';
  } else {
    kind = '文件';
    kindFrom = 'fallback';
    notes.push({ field: 'kind', message: '无法判断文档类别，暂用「文件」' });
  }

  return { meta: { title, date, kind, origin: options.fileName.split(/[\\/]/).pop() ?? options.fileName }, from: { title: titleFrom, date: dateFrom, kind: kindFrom }, notes };
}
