/** A sentence of a paragraph, verbatim, with where it starts. */
export interface Sentence {
  text: string;
  /** Offset of the sentence in the paragraph text (UTF-16 units). */
  start: number;
}

const END = new Set(['。', '！', '？', '!', '?', '\n']);
/** Closing marks that belong to the sentence they follow (`……。”`). */
const TRAILING = new Set(['”', '’', '」', '』', '）', ')', '》', '"', '\'']);

/**
 * Split text into sentences at 。！？ (a closing quote or bracket after the stop stays with its
 * sentence). Every character except the white space between sentences is in exactly one sentence.
 */
export function splitSentences(text: string): Sentence[] {
  const out: Sentence[] = [];
  let start = 0;
  const push = (end: number): void => {
    let s = start;
    let e = end;
    while (s < e && /\s/u.test(text[s]!)) s++;
    while (e > s && /\s/u.test(text[e - 1]!)) e--;
    if (e > s) out.push({ text: text.slice(s, e), start: s });
    start = end;
  };
  for (let i = 0; i < text.length; i++) {
    if (!END.has(text[i]!)) continue;
    let end = i + 1;
    while (end < text.length && (END.has(text[end]!) || TRAILING.has(text[end]!))) end++;
    push(end);
    i = end - 1;
  }
  push(text.length);
  return out;
}
