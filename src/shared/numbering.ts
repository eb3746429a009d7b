/**
 * Heading numbers after GB/T 9704-2012 (`一、` › `（一）` › `1.` › `（1）` › `①`), the chapter
 * form of regulations (`第一章`, `第一节`) and the common informal variants (`1、`, `㈠`, `⑴`,
 * half-width brackets, full-width digits).
 */

/** Numbering styles, outermost first; a document's levels are the styles it uses, in this order. */
export const NUMBER_STYLES = [
  'chapter',
  'section',
  'cn',
  'cn-paren',
  'arabic',
  'arabic-paren',
  'circled',
] as const;

export type NumberStyle = (typeof NUMBER_STYLES)[number];

export interface HeadingNumber {
  style: NumberStyle;
  /** The numeric value (一 → 1, ⑶ → 3). */
  value: number;
  /** The number exactly as written, separator included (`一、`, `（二）`, `3. `). */
  raw: string;
  /** What follows the number. */
  rest: string;
}

const CN_DIGITS: Record<string, number> = {
  〇: 0, 零: 0, 一: 1, 二: 2, 两: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9,
};

/** Parse a Chinese numeral below 1000 (`十二`, `二十`, `一百零五`); `undefined` if it is not one. */
export function parseChineseNumeral(text: string): number | undefined {
  if (!text || !/^[〇零一二两三四五六七八九十百]+$/u.test(text)) return undefined;
  let total = 0;
  let current = 0;
  for (const ch of text) {
    if (ch === '百') {
      total += (current || 1) * 100;
      current = 0;
    } else if (ch === '十') {
      total += (current || 1) * 10;
      current = 0;
    } else {
      const digit = CN_DIGITS[ch];
      if (digit === undefined) return undefined;
      current = current * 10 + digit;
    }
  }
  return total + current;
}

const CN_DIGIT_CHARS = '〇一二三四五六七八九';

/** Write 1–99 as a Chinese numeral (`12` → `十二`, `20` → `二十`); `undefined` outside that range. */
export function formatChineseNumeral(value: number): string | undefined {
  if (!Number.isInteger(value) || value < 1 || value > 99) return undefined;
  if (value < 10) return CN_DIGIT_CHARS[value];
  const tens = Math.floor(value / 10);
  const ones = value % 10;
  return `${tens === 1 ? '' : CN_DIGIT_CHARS[tens]}十${ones === 0 ? '' : CN_DIGIT_CHARS[ones]}`;
}

/** Full-width digits to ASCII (`１２` → `12`). */
export function toAsciiDigits(text: string): string {
  return text.replace(/[０-９]/gu, (d) => String.fromCharCode(d.charCodeAt(0) - 0xff10 + 0x30));
}

const CIRCLED = '①②③④⑤⑥⑦⑧⑨⑩⑪⑫⑬⑭⑮⑯⑰⑱⑲⑳';
const PAREN_DIGIT = '⑴⑵⑶⑷⑸⑹⑺⑻⑼⑽⑾⑿⒀⒁⒂⒃⒄⒅⒆⒇';
const PAREN_CN = '㈠㈡㈢㈣㈤㈥㈦㈧㈨㈩';
const CN = '〇零一二两三四五六七八九十百';

const PATTERNS: { style: NumberStyle; re: RegExp; value: (m: RegExpExecArray) => number | undefined }[] = [
  { style: 'chapter', re: new RegExp(`^第([${CN}]+|[0-9０-９]+)([章编])[\\s\\u3000]*`, 'u'), value: (m) => numeral(m[1]!) },
  { style: 'section', re: new RegExp(`^第([${CN}]+|[0-9０-９]+)节[\\s\\u3000]*`, 'u'), value: (m) => numeral(m[1]!) },
  { style: 'cn', re: new RegExp(`^([${CN}]+)[、．.][\\s\\u3000]*`, 'u'), value: (m) => parseChineseNumeral(m[1]!) },
  { style: 'cn-paren', re: new RegExp(`^[（(]([${CN}]+)[）)][、，,．.]?[\\s\\u3000]*`, 'u'), value: (m) => parseChineseNumeral(m[1]!) },
  { style: 'cn-paren', re: new RegExp(`^([${PAREN_CN}])[\\s\\u3000]*`, 'u'), value: (m) => PAREN_CN.indexOf(m[1]!) + 1 },
  // `1.`/`1．` must not be a decimal (`3.5%`, `３．５％`); at most two digits, so `2024年` never matches.
  { style: 'arabic', re: /^([0-9０-９]{1,2})(?:、|[.．](?![0-9０-９]))[\s\u3000]*/u, value: (m) => Number(toAsciiDigits(m[1]!)) },
  { style: 'arabic-paren', re: /^[（(]([0-9０-９]{1,2})[）)][、，,．.]?[\s\u3000]*/u, value: (m) => Number(toAsciiDigits(m[1]!)) },
  // Informal `1）`/`1)`: a closing bracket only, read as the bracketed form.
  { style: 'arabic-paren', re: /^([0-9０-９]{1,2})[）)][\s\u3000]*/u, value: (m) => Number(toAsciiDigits(m[1]!)) },
  { style: 'arabic-paren', re: new RegExp(`^([${PAREN_DIGIT}])[\\s\\u3000]*`, 'u'), value: (m) => PAREN_DIGIT.indexOf(m[1]!) + 1 },
  { style: 'circled', re: new RegExp(`^([${CIRCLED}])[\\s\\u3000]*`, 'u'), value: (m) => CIRCLED.indexOf(m[1]!) + 1 },
];

function numeral(text: string): number | undefined {
  return /^[0-9０-９]+$/u.test(text) ? Number(toAsciiDigits(text)) : parseChineseNumeral(text);
}

/**
 * Recognise a heading number at the start of `text`. Returns `null` for text that merely starts
 * with a number (`2024年`, `3.5%`, `16.5 个月`) or a number followed by nothing.
 */
export function matchHeadingNumber(text: string): HeadingNumber | null {
  for (const { style, re, value } of PATTERNS) {
    const m = re.exec(text);
    if (!m) continue;
    const v = value(m);
    const rest = text.slice(m[0].length);
    if (v === undefined || v < 1 || rest.trim() === '') return null;
    if (runsOn(style, m[0], rest)) return null;
    return { style, value: v, raw: m[0], rest };
  }
  return null;
}

/**
 * A number that runs straight into another of its kind is an inline series, not a heading:
 * `1、2月份…`, `一、二、三产业…`.
 */
function runsOn(style: NumberStyle, raw: string, rest: string): boolean {
  if (style === 'arabic') return raw === raw.trimEnd() && /^[0-9０-９]/u.test(rest);
  if (style === 'cn') return new RegExp(`^[${CN}]+[、．.]`, 'u').test(rest);
  return false;
}

/** Rank of a style, outermost = 0. */
export function styleRank(style: NumberStyle): number {
  return NUMBER_STYLES.indexOf(style);
}

/** An article number of a regulation (`第十二条`), which numbers paragraphs, not headings. */
export interface ArticleNumber {
  value: number;
  /** The number as written, trailing space included (`第十二条　`). */
  raw: string;
}

const ARTICLE = new RegExp(`^第([${CN}]+|[0-9０-９]+)条(?:[\\s\\u3000]+|(?=[^\\s\\u3000]))`, 'u');

/**
 * Recognise an article number (`第一条`, `第12条`) at the start of `text`. Kept apart from
 * `matchHeadingNumber` because articles are paragraphs of a chapter, never headings.
 */
export function matchArticleNumber(text: string): ArticleNumber | null {
  const m = ARTICLE.exec(text);
  if (!m) return null;
  const value = numeral(m[1]!);
  if (value === undefined || value < 1) return null;
  return { value, raw: m[0] };
}

/** Longest heading text (after the number) that still reads as a heading, in characters. */
export const MAX_HEADING_CHARS = 40;

/**
 * A numbered line that reads as a heading: a heading number, then a short phrase with no
 * sentence inside it. It may end with 。？！ or ：, but not with ，、； (an unfinished list item),
 * so regulation items such as `（一）向入党积极分子介绍…；` stay paragraphs.
 */
export function matchNumberedHeading(text: string): HeadingNumber | null {
  if (text.includes('\n')) return null;
  const number = matchHeadingNumber(text);
  if (!number) return null;
  const rest = number.rest.trim();
  const chars = [...rest];
  if (chars.length === 0 || chars.length > MAX_HEADING_CHARS) return null;
  if (/[。！？；：!?;:]/u.test(chars.slice(0, -1).join(''))) return null;
  if (/[，、,；;]$/u.test(rest)) return null;
  return number;
}
