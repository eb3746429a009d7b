/**
 * Locating passages in a lesson's plain text: sentences, clause windows and the shortest span
 * holding a set of items. Every function returns offsets into the text it was given, so quotes
 * cut from them are verbatim by construction. Browser-safe: no Node imports.
 */

/** A half-open range `[start, end)` of a text. */
export interface Span {
  start: number;
  end: number;
}

const SENTENCE_END = new Set(['。', '！', '？', '!', '?']);
const CLOSERS = new Set(['”', '’', '」', '』', '）', ')', '》']);
/** Clause separators inside a sentence (not `、`, which separates list members). */
const CLAUSE_END = new Set(['，', ',', '；', ';', '：', ':']);

/** ASCII whitespace, the ideographic space and no-break spaces. */
function isSpace(code: number): boolean {
  return code === 32 || (code >= 9 && code <= 13) || code === 0x3000 || code === 0xa0 || code === 0x2002 || code === 0x2003;
}

/** Sentences of `text`: up to and including 。！？ (and any closing quotes after it) or a line break. */
export function sentenceSpans(text: string): Span[] {
  const spans: Span[] = [];
  let start = 0;
  const push = (end: number) => {
    let s = start;
    while (s < end && isSpace(text.charCodeAt(s))) s++;
    let e = end;
    while (e > s && isSpace(text.charCodeAt(e - 1))) e--;
    if (e > s) spans.push({ start: s, end: e });
    start = end;
  };
  for (let i = 0; i < text.length; i++) {
    const ch = text[i]!;
    if (ch === '\n') {
      push(i);
      start = i + 1;
    } else if (SENTENCE_END.has(ch)) {
      let end = i + 1;
      while (end < text.length && (CLOSERS.has(text[end]!) || SENTENCE_END.has(text[end]!))) end++;
      push(end);
      i = end - 1;
    }
  }
  push(text.length);
  return spans;
}

/** Index of the span holding offset `pos` (spans sorted, non-overlapping), or -1. */
export function spanIndexAt(spans: readonly Span[], pos: number): number {
  let lo = 0;
  let hi = spans.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const s = spans[mid]!;
    if (pos < s.start) hi = mid - 1;
    else if (pos >= s.end) lo = mid + 1;
    else return mid;
  }
  return -1;
}

/**
 * Widen `[start, end)` to whole sentences. Offsets that fall between sentences (on spaces or
 * line breaks) snap to the nearest sentence inside the range.
 */
export function toSentences(spans: readonly Span[], start: number, end: number): Span {
  let first = spanIndexAt(spans, start);
  if (first < 0) first = spans.findIndex((s) => s.start >= start);
  let last = spanIndexAt(spans, Math.max(start, end - 1));
  if (last < 0) {
    for (let i = spans.length - 1; i >= 0; i--) if (spans[i]!.end <= end) { last = i; break; }
  }
  if (first < 0 || last < 0 || last < first) return { start, end };
  return { start: spans[first]!.start, end: spans[last]!.end };
}

/** Clause spans of a sentence (relative offsets), each including its trailing separator. */
export function clauseSpans(sentence: string): Span[] {
  const spans: Span[] = [];
  let start = 0;
  for (let i = 0; i < sentence.length; i++) {
    if (CLAUSE_END.has(sentence[i]!)) {
      spans.push({ start, end: i + 1 });
      start = i + 1;
    }
  }
  if (start < sentence.length) spans.push({ start, end: sentence.length });
  return spans;
}

/**
 * The clauses of `sentence` around `[start, end)`, widened one clause at a time (the one before
 * first, then the one after) until the window is at least `min` characters, never past `max`
 * unless the target clauses alone are longer. Leading/trailing separators and spaces are trimmed.
 */
export function clauseWindow(sentence: string, start: number, end: number, min = 16, max = 80): Span {
  const clauses = clauseSpans(sentence);
  let a = spanIndexAt(clauses, start);
  let b = spanIndexAt(clauses, Math.max(start, end - 1));
  if (a < 0) a = 0;
  if (b < 0) b = clauses.length - 1;
  const len = () => clauses[b]!.end - clauses[a]!.start;
  let before = true;
  while (len() < min) {
    const canBefore = a > 0 && clauses[b]!.end - clauses[a - 1]!.start <= max;
    const canAfter = b < clauses.length - 1 && clauses[b + 1]!.end - clauses[a]!.start <= max;
    if (before && canBefore) a--;
    else if (canAfter) b++;
    else if (canBefore) a--;
    else break;
    before = !before;
  }
  return trimSpan(sentence, { start: clauses[a]!.start, end: clauses[b]!.end });
}

/** Drop clause separators and whitespace from both ends of a span. */
export function trimSpan(text: string, span: Span): Span {
  let { start, end } = span;
  const junk = (ch: string) => CLAUSE_END.has(ch) || ch === '、' || /\s/u.test(ch);
  while (start < end && junk(text[start]!)) start++;
  while (end > start && junk(text[end - 1]!)) end--;
  return { start, end };
}

/** Every offset where `needle` occurs in `text`. */
export function occurrences(text: string, needle: string): number[] {
  const out: number[] = [];
  if (!needle) return out;
  for (let i = text.indexOf(needle); i >= 0; i = text.indexOf(needle, i + 1)) out.push(i);
  return out;
}

/**
 * The shortest span of `text` holding at least one spelling of every item (`items[i]` lists
 * the spellings of item i: a name and its aliases). With `ordered`, the items must occur in
 * the given order, without overlapping. `undefined` if some item is missing.
 */
export function shortestCover(text: string, items: readonly (readonly string[])[], ordered = false): Span | undefined {
  if (items.length === 0) return undefined;
  const hits: { start: number; end: number; item: number }[] = [];
  for (let i = 0; i < items.length; i++) {
    let found = false;
    for (const spelling of items[i]!) {
      for (const pos of occurrences(text, spelling)) {
        hits.push({ start: pos, end: pos + spelling.length, item: i });
        found = true;
      }
    }
    if (!found) return undefined;
  }
  hits.sort((x, y) => x.start - y.start || x.end - y.end);
  let best: Span | undefined;
  const consider = (span: Span) => {
    if (!best || span.end - span.start < best.end - best.start) best = span;
  };
  if (ordered) {
    // For a fixed start, taking the earliest next occurrence of each following item is optimal.
    const byItem = items.map((_, i) => hits.filter((h) => h.item === i));
    for (const first of byItem[0]!) {
      let end = first.end;
      let ok = true;
      for (let i = 1; i < items.length; i++) {
        const next = byItem[i]!.find((h) => h.start >= end);
        if (!next) { ok = false; break; }
        end = next.end;
      }
      if (ok) consider({ start: first.start, end });
    }
    return best;
  }
  // Sliding window over hits sorted by start: the window [lo, hi] covers every item.
  const counts = new Array<number>(items.length).fill(0);
  let covered = 0;
  let lo = 0;
  for (let hi = 0; hi < hits.length; hi++) {
    const h = hits[hi]!;
    if (counts[h.item]!++ === 0) covered++;
    while (covered === items.length) {
      let maxEnd = 0;
      for (let k = lo; k <= hi; k++) maxEnd = Math.max(maxEnd, hits[k]!.end);
      consider({ start: hits[lo]!.start, end: maxEnd });
      const l = hits[lo]!;
      if (--counts[l.item]! === 0) covered--;
      lo++;
    }
  }
  return best;
}
