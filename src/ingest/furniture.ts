import { matchArticleNumber, matchHeadingNumber, toAsciiDigits } from '../shared/numbering.ts';
import { isSpace, lastVisible, SENTENCE_END, splitLines, trimmedLine, type Line } from './lines.ts';
import type { Span } from './mapped-text.ts';
import { findWebFurniture, type PageFact, type WebFurnitureKind } from './web-furniture.ts';

/** What a piece of page furniture is: of a printed page, or of a web page. */
export type FurnitureKind = 'page-number' | 'page-footer' | 'running-header' | 'page-break' | 'control-char' | WebFurnitureKind;

const PAGE_KINDS: ReadonlySet<FurnitureKind> = new Set(['page-number', 'page-footer', 'running-header', 'page-break']);

/** Whether furniture marks a printed page (a number, a header, a break), the sign of a page boundary. */
export const isPageFurniture = (kind: FurnitureKind): boolean => PAGE_KINDS.has(kind);

/** A piece of page furniture: `source.slice(start, end)` is removed from the text. */
export interface Furniture extends Span {
  kind: FurnitureKind;
}

/** Page furniture found in a copy, and how it was laid out. */
export interface FurnitureResult {
  items: Furniture[];
  /** Lines whose page-number prefix (`3、`) was removed: their break from the page before is a page break. */
  markedLines: Line[];
  /** Lines that held nothing but printed-page furniture (a page number, a running header): page boundaries. */
  furnitureLines: Set<number>;
  lines: Line[];
  /** What the removed metadata lines of a web page state (date, source, author). */
  facts: PageFact[];
}

const D = '[0-9０-９]';
/** `第9页 共9页`, `第9页/共9页`, `共9页 第9页` anywhere in a line. */
const FOOTER = new RegExp(`第[ \\t\\u3000]*${D}+[ \\t\\u3000]*页[ \\t\\u3000]*[,，/／]?[ \\t\\u3000]*共[ \\t\\u3000]*${D}+[ \\t\\u3000]*页|共[ \\t\\u3000]*${D}+[ \\t\\u3000]*页[ \\t\\u3000]*[,，]?[ \\t\\u3000]*第[ \\t\\u3000]*${D}+[ \\t\\u3000]*页`, 'gu');
/** A line that is only a page number: `第3页`, `- 3 -`, `—3—`, `3/9`, `Page 3 of 9`. */
const PAGE_LINE = new RegExp(`^(?:第[ \\t\\u3000]*${D}+[ \\t\\u3000]*页|[-－—–][ \\t\\u3000]*${D}+[ \\t\\u3000]*[-－—–]|${D}+[ \\t\\u3000]*[/／][ \\t\\u3000]*${D}+|[Pp]age[ \\t]*[0-9]+(?:[ \\t]*(?:of|/)[ \\t]*[0-9]+)?)$`, 'u');
const FOOTER_LINE = new RegExp(`^(?:${FOOTER.source})$`, 'u');
const BARE_NUMBER = new RegExp(`^${D}{1,4}$`, 'u');
/** The page prefix of this kind of copy: a sequential `N、` at the start of each page's line. */
const PAGE_MARKER = /^([0-9０-９]{1,4})、[ \t\u3000]*/u;
const CONTROL = /[\u0000-\u0008\u000b\u000e-\u001f\u007f]/u;

const trimmed = trimmedLine;

/**
 * Find the page furniture of a copy: page numbers (standalone, `第N页 共M页`, and the sequential
 * `N、` page prefixes of one-line-per-page copies), running headers, form feeds, stray controls.
 */
export function findFurniture(source: string): FurnitureResult {
  const lines = splitLines(source);
  const items: Furniture[] = [];
  const furnitureLines = new Set<number>();

  for (let i = 0; i < source.length; i++) {
    const ch = source[i] as string;
    if (ch === '\f') items.push({ start: i, end: i + 1, kind: 'page-break' });
    else if (CONTROL.test(ch)) items.push({ start: i, end: i + 1, kind: 'control-char' });
  }

  // Standalone page numbers; bare numbers only when they count up, like page numbers do.
  const bare: number[] = [];
  lines.forEach((line, index) => {
    const t = trimmed(source, line);
    const text = source.slice(t.start, t.end).replace(/\f/g, '');
    if (text === '') return;
    if (PAGE_LINE.test(text) || FOOTER_LINE.test(text)) {
      items.push({ ...t, kind: /共/.test(text) ? 'page-footer' : 'page-number' });
      furnitureLines.add(index);
    } else if (BARE_NUMBER.test(text)) bare.push(index);
  });
  const bareValues = bare.map((i) => {
    const t = trimmed(source, lines[i]!);
    return Number(toAsciiDigits(source.slice(t.start, t.end)));
  });
  if (bare.length >= 2 && bareValues.every((v, k) => k === 0 || v > (bareValues[k - 1] as number))) {
    for (const index of bare) {
      items.push({ ...trimmed(source, lines[index]!), kind: 'page-number' });
      furnitureLines.add(index);
    }
  }

  // `第N页 共M页` inside a line (the last page of a copy often ends `…保证。 第9页 共9页`).
  const footerAt = new Map<number, number>();
  lines.forEach((line, index) => {
    if (furnitureLines.has(index)) return;
    const text = source.slice(line.start, line.end);
    for (const m of text.matchAll(FOOTER)) {
      items.push({ start: line.start + m.index, end: line.start + m.index + m[0].length, kind: 'page-footer' });
      if (!footerAt.has(index)) footerAt.set(index, line.start + m.index);
    }
  });

  const web = findWebFurniture(source, lines, furnitureLines);
  const printed = items.length;
  items.push(...web.items.map(({ start, end, kind }) => ({ start, end, kind })));

  const content = lines.map((_, i) => i).filter((i) => {
    const t = trimmed(source, lines[i]!);
    return !furnitureLines.has(i) && !web.lines.has(i) && /[^\s\u3000\f]/u.test(source.slice(t.start, t.end));
  });
  const markedLines = findPageMarkers(source, lines, content, items, footerAt);
  // Repeated lines are headers only in a copy that shows its pages some other way too.
  if (markedLines.length === 0 && items.slice(0, printed).some((i) => i.kind !== 'control-char')) findRunningHeaders(source, lines, content, items, furnitureLines);
  return { items, markedLines, furnitureLines, lines, facts: web.facts };
}

/**
 * Page prefixes are told from real numbering by their sequence, not by luck: every content line
 * starts with the next number from 1, the lines are page-long, and most breaks fall mid-sentence.
 */
function findPageMarkers(source: string, lines: Line[], content: number[], items: Furniture[], footerAt: Map<number, number>): Line[] {
  if (content.length < 2) return [];
  const markers: Furniture[] = [];
  let total = 0;
  let lastLength = 0;
  for (const [k, index] of content.entries()) {
    const t = trimmed(source, lines[index]!);
    const m = PAGE_MARKER.exec(source.slice(t.start, Math.min(t.end, t.start + 12)));
    if (!m || Number(toAsciiDigits(m[1]!)) !== k + 1) return [];
    markers.push({ start: t.start, end: t.start + m[1]!.length + 1, kind: 'page-number' });
    total += t.end - t.start;
    lastLength = t.end - t.start;
  }
  // Pages are long; the last one may be short.
  if (content.length > 1 && (total - lastLength) / (content.length - 1) < 80) return [];
  // A footer at the end of a page says nothing about where the page's text stopped.
  const footerFree = (index: number) => lastVisible(source, lines[index]!.start, footerAt.get(index) ?? lines[index]!.end);
  const midSentence = content.slice(0, -1).filter((index) => !SENTENCE_END.has(footerFree(index) ?? '。')).length;
  if (midSentence * 2 < content.length - 1) return [];
  items.push(...markers);
  return content.map((i) => lines[i]!);
}

/** Short lines repeated on three or more pages are running headers or footers. */
function findRunningHeaders(source: string, lines: Line[], content: number[], items: Furniture[], furnitureLines: Set<number>): void {
  const groups = new Map<string, number[]>();
  for (const index of content) {
    const t = trimmed(source, lines[index]!);
    const text = source.slice(t.start, t.end);
    if (text.length < 2 || text.length > 40 || /[。！？!?；;：:，,、]$/u.test(text)) continue;
    if (matchHeadingNumber(text) || matchArticleNumber(text)) continue;
    const key = toAsciiDigits(text).replace(/[0-9]+/g, '#').replace(/[\s\u3000]+/gu, '');
    const group = groups.get(key) ?? [];
    group.push(index);
    groups.set(key, group);
  }
  for (const group of groups.values()) {
    if (group.length < 3) continue;
    // A header that repeats the title: its first occurrence, the document's first line, is the title.
    const kept = group[0] === content[0] ? group.slice(1) : group;
    for (const index of kept) {
      items.push({ ...trimmed(source, lines[index]!), kind: 'running-header' });
      furnitureLines.add(index);
    }
  }
}
