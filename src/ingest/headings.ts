import {
  matchArticleNumber,
  matchHeadingNumber,
  NUMBER_STYLES,
  styleRank,
  type ArticleNumber,
  type HeadingNumber,
  type NumberStyle,
} from '../shared/numbering.ts';
import { isSpace } from './lines.ts';

/** Longest heading text after its number; a longer lead is a paragraph that starts with a number. */
export const MAX_HEADING = 60;
/** Longest title line. */
export const MAX_TITLE = 50;
// Enough text to read any number and its separator without copying a long line.
const WINDOW = 80;

/** The last value seen per numbering style; a number starts a new series of every style below it. */
export type NumberSequence = Map<NumberStyle, number>;

/** Whether `n` is the next number of its style (`二、` after `一、`, `（一）` under a new `二、`). */
export function fitsSequence(sequence: NumberSequence, n: HeadingNumber): boolean {
  return n.value === (sequence.get(n.style) ?? 0) + 1;
}

/** Record heading number `n`: the styles below it start over. */
export function advanceSequence(sequence: NumberSequence, n: HeadingNumber): void {
  sequence.set(n.style, n.value);
  for (const style of NUMBER_STYLES) if (styleRank(style) > styleRank(n.style)) sequence.delete(style);
}

/** Styles that can head a section of a regulation; its `（一）`, `1.` items are text. */
export const isChapterStyle = (style: NumberStyle): boolean => style === 'chapter' || style === 'section';

/** The heading number at `text[at]`, if any, reading a bounded window (long lines stay linear). */
export function numberAt(text: string, at: number, end: number, articleMode: boolean): HeadingNumber | null {
  const n = matchHeadingNumber(text.slice(at, Math.min(end, at + WINDOW)));
  if (!n || (articleMode && !isChapterStyle(n.style))) return null;
  return n;
}

/** The article number (`第三条`) at `text[at]`, if any. */
export function articleAt(text: string, at: number, end: number): ArticleNumber | null {
  return matchArticleNumber(text.slice(at, Math.min(end, at + WINDOW)));
}

/** A table-of-contents entry ends with leader dots (or a wide gap) and a page number: `一、总体要求……3`. */
const TOC_ENTRY = /(?:[.…·．・_—-]{2,}|[ \t\u3000]{2,})[ \t\u3000]*[0-9０-９]{1,4}$/u;

/** Whether `text` (a line, or its end) is a table-of-contents entry, not a heading or a sentence. */
export const isTocEntry = (text: string): boolean => TOC_ENTRY.test(text);

/** How a numbered segment reads. Offsets are into the text the segment was cut from. */
export type SegmentShape =
  | { kind: 'paragraph' }
  | {
      kind: 'heading';
      number: HeadingNumber;
      /** End of the heading text (a closing `。` is left out; `？` and `！` stay). */
      textEnd: number;
      /** A run-in heading: where the paragraph that follows it starts; else `undefined`. */
      restStart?: number;
      /** Offset of the `。` dropped after the heading, if any. */
      dropped?: number;
    };

const HEADING_END = new Set(['。', '！', '？', '!', '?']);
const ITEM_END = new Set(['；', ';']);

/**
 * Decide whether the segment `text[start, end)` is a heading: it starts with a heading number and
 * its lead is short — the whole segment (`一、深化机关党建工作的认识`), or its first sentence
 * followed by text (`1、完善一批制度。一是要…`, a run-in heading). A lead ending in `；` is a list item.
 */
export function classifySegment(text: string, start: number, end: number, articleMode: boolean): SegmentShape {
  const number = numberAt(text, start, end, articleMode);
  if (!number) return { kind: 'paragraph' };
  const from = start + number.raw.length;
  // The contents list repeats the headings; the headings are where the text is.
  if (isTocEntry(text.slice(Math.max(from, end - 40), end))) return { kind: 'paragraph' };
  // `10、20、30…` and `一、二、三等奖` enumerate numbers; they do not number a heading — but a
  // heading may name a year (`三、2026年主要工作`).
  if (/^(?:[0-9０-９](?![0-9０-９]{3}年)|[〇零一二两三四五六七八九十百]+[、．.])/u.test(text.slice(from, from + 5))) return { kind: 'paragraph' };
  const limit = Math.min(end, from + MAX_HEADING + 1);
  let stop = -1;
  for (let j = from; j < limit; j++) {
    const ch = text[j] as string;
    if (ITEM_END.has(ch)) return { kind: 'paragraph' };
    if (HEADING_END.has(ch)) {
      stop = j;
      break;
    }
  }
  if (stop < 0) return end - from <= MAX_HEADING && end > from ? { kind: 'heading', number, textEnd: end } : { kind: 'paragraph' };
  if (stop === from) return { kind: 'paragraph' };
  const period = text[stop] === '。';
  const textEnd = period ? stop : stop + 1;
  let rest = stop + 1;
  while (rest < end && isSpace(text[rest])) rest++;
  // Articles and regulations aside, a whole numbered paragraph of one sentence is a heading.
  if (articleMode && rest < end) return { kind: 'paragraph' };
  return {
    kind: 'heading',
    number,
    textEnd,
    ...(rest < end ? { restStart: rest } : {}),
    ...(period ? { dropped: stop } : {}),
  };
}

/** A title line: short, unnumbered, not a sentence (`机关党建工作会上讲话`). */
export function isTitleLike(text: string): boolean {
  const t = text.trim();
  if (t.length < 2 || t.length > MAX_TITLE) return false;
  // A question mark may stand inside a headline (`如何推进…?习近平这样“典”明`) or end one (`什么是中心组学习?学习的内容都有啥?`).
  if (!/[\p{L}]/u.test(t) || /[。；;]/u.test(t) || /[！!：:，,、]$/u.test(t) || (/[！？!?]/u.test(t) && t.length > 40)) return false;
  if (matchHeadingNumber(t) || matchArticleNumber(t) || /^第[〇零一二两三四五六七八九十百0-9０-９]+[条章节编]/u.test(t)) return false;
  // A date line or a parenthesised note is not a title.
  // `2024年3月5日…` is a date line; `2026年河北省政府工作报告` is a title.
  return !/^[（(]/u.test(t) && !/^[0-9０-９〇零一二三四五六七八九十○]+年[ \t\u3000]*[0-9０-９一二三四五六七八九十]{1,2}[ \t\u3000]*月/u.test(t);
}
