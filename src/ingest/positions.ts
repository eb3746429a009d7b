/** 1-based line and column of an offset in the decoded input. */
export interface InputPosition {
  line: number;
  column: number;
  /** 0-based offset in the decoded text (UTF-16 code units, BOM removed). */
  offset: number;
}

/** Offsets where each line of `text` starts; `\r\n`, `\n` and `\r` each end a line. */
export function lineStarts(text: string): number[] {
  const starts = [0];
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 10) starts.push(i + 1);
    else if (c === 13) {
      if (text.charCodeAt(i + 1) === 10) i++;
      starts.push(i + 1);
    }
  }
  return starts;
}

/** The line and column of `offset`, by binary search over `starts` (from `lineStarts`). */
export function positionAt(starts: number[], offset: number): InputPosition {
  let lo = 0;
  let hi = starts.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if ((starts[mid] as number) <= offset) lo = mid;
    else hi = mid - 1;
  }
  return { line: lo + 1, column: offset - (starts[lo] as number) + 1, offset };
}
