/**
 * Where to cut a text that is too long to stay one paragraph. Pure: offsets only, the text is
 * never changed, so the pieces joined give the text back.
 */

/**
 * A paragraph longer than this (UTF-16 code units) is cut into pieces of at most this size. The
 * lessons' `paragraphLimit` (3,000 characters), so that no piece is longer than a lesson;
 * Pagefind's indexing grows with the square of a page's length when the text has no break
 * (a 1 MB line took it minutes), and short pieces keep every page short.
 */
export const PARAGRAPH_LIMIT = 3000;

// A sentence ends after one of these, and after the closing quotes and brackets that follow it.
const SENTENCE_END = /[。！？!?；;…]/u;
const CLOSERS = /[”’」』）)\]】》〉"']/u;
// A pause inside a sentence: a weaker place to cut.
const PAUSE = /[，、：,:]/u;
const SPACE = /\s/u;
const WORD = /[A-Za-z0-9]/;

/** Where the cut goes when a window has no sentence end, pause or space: never inside a Latin word or number, nor a surrogate pair. */
function hardCut(text: string, from: number, end: number): number {
  let cut = end;
  // Up to 32 units back for the start of a Latin word or number.
  for (let k = 0; k < 32 && cut - 1 > from && WORD.test(text[cut - 1]!) && WORD.test(text[cut]!); k++) cut--;
  if (WORD.test(text[cut - 1] ?? '') && WORD.test(text[cut] ?? '')) cut = end;
  if (/[\uDC00-\uDFFF]/.test(text[cut] ?? '')) cut--;
  return cut;
}

/** The last place in (from + limit / 2, from + limit] after which `test` says to cut, or -1. */
function lastAfter(text: string, from: number, end: number, test: (i: number) => boolean): number {
  for (let i = end; i > from + Math.floor((end - from) / 2); i--) if (test(i)) return i;
  return -1;
}

/**
 * The offsets at which to cut `text` into pieces of at most `limit` units: after the last
 * sentence end (with its closing quotes) in the second half of each window, else after a pause,
 * else after a space, else anywhere but inside a Latin word or a surrogate pair. `allowed` can
 * forbid offsets (inside a link or a bold run); a forbidden hard cut moves to the nearest
 * allowed offset after it. Empty when the text fits.
 */
export function cutPoints(text: string, limit = PARAGRAPH_LIMIT, allowed: (offset: number) => boolean = () => true): number[] {
  const cuts: number[] = [];
  let from = 0;
  while (text.length - from > limit) {
    const end = from + limit;
    const ok = (i: number) => i > from && i < text.length && allowed(i);
    const afterSentence = (i: number) => ok(i) && !CLOSERS.test(text[i]!) && (SENTENCE_END.test(text[i - 1]!) || (CLOSERS.test(text[i - 1]!) && endsSentence(text, i - 1)));
    let cut = lastAfter(text, from, end, afterSentence);
    if (cut < 0) cut = lastAfter(text, from, end, (i) => ok(i) && PAUSE.test(text[i - 1]!));
    if (cut < 0) cut = lastAfter(text, from, end, (i) => ok(i) && SPACE.test(text[i - 1]!) && !SPACE.test(text[i]!));
    if (cut < 0) {
      cut = hardCut(text, from, end);
      while (cut < text.length && !allowed(cut)) cut++;
      if (cut >= text.length) break;
    }
    cuts.push(cut);
    from = cut;
  }
  return cuts;
}

/** Whether the closing marks ending at `i` close a sentence (`。”`, `？」`). */
function endsSentence(text: string, i: number): boolean {
  let k = i;
  while (k > 0 && CLOSERS.test(text[k]!)) k--;
  return SENTENCE_END.test(text[k]!);
}
