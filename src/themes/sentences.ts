/** A sentence of a paragraph, verbatim, with where it starts. */
export interface Sentence {
  text: string;
  /** Offset of the sentence in the paragraph text (UTF-16 units). */
  start: number;
}

/**
 * A sentence: text up to and including its stops (。！？ or a line break), then any closing
 * quotes or brackets that belong to it (`……。”`); or the unterminated rest of the text.
 */
const SENTENCE = /[^。！？!?\n]*[。！？!?\n][。！？!?\n”’」』）)》"']*|[^。！？!?\n]+$/gu;

/**
 * Split text into sentences at 。！？ (a closing quote or bracket after the stop stays with its
 * sentence). Every character except the white space between sentences is in exactly one sentence.
 */
export function splitSentences(text: string): Sentence[] {
  const out: Sentence[] = [];
  for (const m of text.matchAll(SENTENCE)) {
    const raw = m[0];
    const lead = raw.length - raw.trimStart().length;
    const body = raw.trim();
    if (body.length > 0) out.push({ text: body, start: m.index + lead });
  }
  return out;
}
