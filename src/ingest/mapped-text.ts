/** A half-open range `[start, end)` of the decoded input. */
export interface Span {
  start: number;
  end: number;
}

/** A span to remove, and what (whitespace only) to put in its place. */
export interface Edit extends Span {
  /** Text inserted where the span was; it maps to the span's start. */
  insert?: string;
}

/**
 * Text derived from the decoded input by removing spans, with the input offset of every
 * character, so that every later change can still be reported at its place in the input.
 */
export interface MappedText {
  text: string;
  /** `offsets[i]` is the input offset of `text[i]`; one extra entry maps the end. */
  offsets: Int32Array;
  /** Indexes in `text` of the characters an edit inserted, ascending. */
  inserted: number[];
}

/**
 * Remove `spans` (in any order, possibly overlapping) from `source`, putting each edit's `insert`
 * in its place (an overlapped edit inserts nothing). Linear in its size.
 */
export function removeSpans(source: string, spans: readonly Edit[]): MappedText {
  const sorted = [...spans].filter((s) => s.end > s.start).sort((a, b) => a.start - b.start || a.end - b.end);
  const parts: string[] = [];
  const offsets = new Int32Array(source.length + 1 + sorted.reduce((n, s) => n + (s.insert?.length ?? 0), 0));
  const inserted: number[] = [];
  let length = 0;
  let cursor = 0;
  const keep = (from: number, to: number) => {
    if (to <= from) return;
    parts.push(source.slice(from, to));
    for (let i = from; i < to; i++) offsets[length++] = i;
  };
  for (const span of sorted) {
    if (span.end <= cursor) continue;
    keep(cursor, Math.max(cursor, span.start));
    if (span.insert && span.start >= cursor) {
      parts.push(span.insert);
      for (let k = 0; k < span.insert.length; k++) {
        inserted.push(length);
        offsets[length++] = span.start;
      }
    }
    cursor = Math.max(cursor, span.end);
  }
  keep(cursor, source.length);
  offsets[length] = source.length;
  return { text: parts.join(''), offsets: offsets.slice(0, length + 1), inserted };
}

/** `edited` made from `base.text`, mapped straight to the input `base` was made from. */
export function composeMapped(base: MappedText, edited: MappedText): MappedText {
  const offsets = new Int32Array(edited.offsets.length);
  for (let i = 0; i < offsets.length; i++) offsets[i] = base.offsets[edited.offsets[i] as number] as number;
  return { text: edited.text, offsets, inserted: edited.inserted };
}
