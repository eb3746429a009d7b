import { matchArticleNumber, matchHeadingNumber } from '../shared/numbering.ts';
import type { FurnitureResult } from './furniture.ts';
import { isSpace, SENTENCE_END, type Line } from './lines.ts';
import type { Span } from './mapped-text.ts';

const startsNumbered = (text: string) => matchHeadingNumber(text) !== null || matchArticleNumber(text) !== null;

/**
 * Rejoin text that page breaks cut. Returns the line breaks and stray whitespace to remove
 * (silently: they hold no characters) around removed page numbers, headers and form feeds.
 */
export function findPageJoins(source: string, furniture: FurnitureResult): Span[] {
  const spans: Span[] = [];
  const covered = new Uint8Array(source.length + 1);
  for (const item of furniture.items) covered.fill(1, item.start, item.end);
  const visible = (i: number) => !covered[i] && !isSpace(source[i]) && source[i] !== '\n' && source[i] !== '\r';

  const lastVisibleIn = (line: Line): number => {
    for (let i = line.end - 1; i >= line.start; i--) if (visible(i)) return i;
    return -1;
  };
  const firstVisibleIn = (line: Line): number => {
    for (let i = line.start; i < line.end; i++) if (visible(i)) return i;
    return -1;
  };
  // Whitespace before `第9页 共9页` inside a line goes with it; the whitespace after stays as a separator.
  for (const item of furniture.items) {
    if (item.kind !== 'page-footer') continue;
    let start = item.start;
    while (start > 0 && isSpace(source[start - 1])) start--;
    spans.push({ start, end: item.start });
  }

  const join = (before: Line, after: Line) => {
    const last = lastVisibleIn(before);
    const first = firstVisibleIn(after);
    if (last < 0 || first < 0) return;
    // Keep a separator after a sentence end (it may also be a paragraph end); drop it mid-sentence.
    const keepSpace = SENTENCE_END.has(source[last] as string) || source[last] === '：' || source[last] === ':';
    let start = last + 1;
    if (keepSpace) while (start < before.end && isSpace(source[start]) && !covered[start]) start++;
    spans.push({ start, end: first });
  };

  if (furniture.markedLines.length > 0) {
    const marked = furniture.markedLines;
    for (let k = 0; k < marked.length; k++) {
      const line = marked[k]!;
      if (k > 0) join(marked[k - 1]!, line);
      else {
        const first = firstVisibleIn(line);
        if (first > line.start) spans.push({ start: line.start, end: first });
      }
    }
    return spans;
  }

  // Breaks marked by a removed line (page number, running header) or a form feed.
  const { lines, furnitureLines } = furniture;
  let previous = -1;
  let boundary = false;
  for (let index = 0; index < lines.length; index++) {
    const line = lines[index]!;
    if (furnitureLines.has(index)) {
      boundary = true;
      continue;
    }
    const first = firstVisibleIn(line);
    if (source.slice(line.start, first < 0 ? line.end : first).includes('\f')) boundary = true;
    if (first < 0) continue;
    if (previous >= 0 && boundary) {
      const before = lines[previous]!;
      const last = lastVisibleIn(before);
      const ends = last >= 0 && (SENTENCE_END.has(source[last] as string) || source[last] === '：' || source[last] === ':');
      if (!ends && !startsNumbered(source.slice(first, Math.min(line.end, first + 80)))) join(before, line);
    }
    previous = index;
    boundary = false;
  }
  return spans;
}
