/** A line of the decoded input: its content `[start, end)` and where the next line starts. */
export interface Line {
  start: number;
  end: number;
  next: number;
}

/** Split text into lines; `\r\n`, `\n` and `\r` each end a line. Linear. */
export function splitLines(text: string): Line[] {
  const lines: Line[] = [];
  let start = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c !== 10 && c !== 13) continue;
    const next = c === 13 && text.charCodeAt(i + 1) === 10 ? i + 2 : i + 1;
    lines.push({ start, end: i, next });
    start = next;
    i = next - 1;
  }
  lines.push({ start, end: text.length, next: text.length });
  return lines;
}

/** Horizontal whitespace, ideographic space and no-break space included. */
export const isSpace = (ch: string | undefined): boolean =>
  ch === ' ' || ch === '\t' || ch === '\u3000' || ch === '\u00a0' || ch === '\f' || ch === '\v';

/** Punctuation that ends a sentence or clause: a page or line break after it is a real break. */
export const SENTENCE_END = new Set(['。', '！', '？', '!', '?', '；', ';', '…']);

/** The last character of `text[start, end)` that is not whitespace, or `undefined`. */
export function lastVisible(text: string, start: number, end: number): string | undefined {
  for (let i = end - 1; i >= start; i--) if (!isSpace(text[i])) return text[i];
  return undefined;
}

/** How the lines of `text` end. */
export function lineEnding(text: string): 'LF' | 'CRLF' | 'CR' | 'mixed' | 'none' {
  const crlf = text.match(/\r\n/gu)?.length ?? 0;
  const lf = (text.match(/\n/gu)?.length ?? 0) - crlf;
  const cr = (text.match(/\r/gu)?.length ?? 0) - crlf;
  const kinds = [crlf > 0, lf > 0, cr > 0].filter(Boolean).length;
  if (kinds === 0) return 'none';
  if (kinds > 1) return 'mixed';
  return crlf > 0 ? 'CRLF' : lf > 0 ? 'LF' : 'CR';
}


/** The span of `line` without its leading and trailing whitespace. */
export function trimmedLine(source: string, line: Line): { start: number; end: number } {
  let start = line.start;
  let end = line.end;
  while (start < end && isSpace(source[start])) start++;
  while (end > start && isSpace(source[end - 1])) end--;
  return { start, end };
}
