/** A half-open range `[start, end)` of the decoded input. */
export interface Span {
  start: number;
  end: number;
}

/**
 * Text derived from the decoded input by removing spans, with the input offset of every
 * character, so that every later change can still be reported at its place in the input.
 */
export interface MappedText {
  text: string;
  /** `offsets[i]` is the input offset of `text[i]`; one extra entry maps the end. */
  offsets: Int32Array;
}

/** Remove `spans` (in any order, possibly overlapping) from `source`. Linear in its size. */
export function removeSpans(source: string, spans: readonly Span[]): MappedText {
  const sorted = [...spans].filter((s) => s.end > s.start).sort((a, b) => a.start - b.start || a.end - b.end);
  const parts: string[] = [];
  const offsets = new Int32Array(source.length + 1);
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
    cursor = Math.max(cursor, span.end);
  }
  keep(cursor, source.length);
  offsets[length] = source.length;
  return { text: parts.join(''), offsets: offsets.slice(0, length + 1) };
}
