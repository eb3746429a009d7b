/**
 * Text normalisation shared by the build (which indexes page text) and the browser (which
 * matches queries against it). Both sides must agree character for character, so this module
 * is pure and imports nothing.
 *
 * Matching ignores everything that is not a letter or a digit (punctuation, quotation marks,
 * spaces, the zero-width spaces Pagefind puts between words), folds full-width forms with NFKC
 * and ignores case: `“三会一课”` contains `三会一课`, `刹玩风”、“树正风` contains `刹玩风树正风`.
 */

const LETTER_OR_DIGIT = /[\p{L}\p{N}]/u;

/** The normalised form of one code point: '' when it does not take part in matching. */
export function normalizeChar(ch: string): string {
  const cp = ch.codePointAt(0) ?? 0;
  // Fast paths: CJK Unified Ideographs and ASCII letters/digits need no NFKC.
  if (cp >= 0x4e00 && cp <= 0x9fff) return ch;
  if (cp < 0x80) {
    if ((cp >= 0x30 && cp <= 0x39) || (cp >= 0x61 && cp <= 0x7a)) return ch;
    if (cp >= 0x41 && cp <= 0x5a) return String.fromCharCode(cp + 32);
    return '';
  }
  let out = '';
  for (const c of ch.normalize('NFKC').toLowerCase()) {
    if (LETTER_OR_DIGIT.test(c)) out += c;
  }
  return out;
}

/** Normalised text as an array of code points (each a one-character string). */
export function normalizedChars(text: string): string[] {
  const out: string[] = [];
  for (const ch of text) {
    const n = normalizeChar(ch);
    if (n.length === 1) out.push(n);
    else for (const c of n) out.push(c);
  }
  return out;
}

/** The normalised text as one string. */
export function normalizeText(text: string): string {
  return normalizedChars(text).join('');
}

/** Normalised text with, for each of its UTF-16 units, the [start, end) of its source in `text`. */
export interface MappedText {
  norm: string;
  start: number[];
  end: number[];
}

/** Normalise `text` keeping a map back to the original, for highlighting matches in place. */
export function normalizeWithMap(text: string): MappedText {
  let norm = '';
  const start: number[] = [];
  const end: number[] = [];
  let i = 0;
  for (const ch of text) {
    const n = normalizeChar(ch);
    for (let k = 0; k < n.length; k++) {
      start.push(i);
      end.push(i + ch.length);
    }
    norm += n;
    i += ch.length;
  }
  return { norm, start, end };
}

/** Ranges [start, end) in `text` where any of the normalised `terms` occurs, merged and sorted. */
export function findMatches(text: string, terms: readonly string[], mapped: MappedText = normalizeWithMap(text)): [number, number][] {
  const ranges: [number, number][] = [];
  for (const term of terms) {
    if (term.length === 0) continue;
    let from = 0;
    for (;;) {
      const at = mapped.norm.indexOf(term, from);
      if (at < 0) break;
      ranges.push([mapped.start[at]!, mapped.end[at + term.length - 1]!]);
      from = at + term.length;
    }
  }
  ranges.sort((a, b) => a[0] - b[0] || a[1] - b[1]);
  const merged: [number, number][] = [];
  for (const r of ranges) {
    const last = merged[merged.length - 1];
    if (last && r[0] <= last[1]) last[1] = Math.max(last[1], r[1]);
    else merged.push([r[0], r[1]]);
  }
  return merged;
}

/** True when the text contains every normalised term. */
export function containsAll(text: string, terms: readonly string[]): boolean {
  const norm = normalizeText(text);
  return terms.every((t) => norm.includes(t));
}
