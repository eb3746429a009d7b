/** Text normalisation shared by grading and validation. Browser-safe: no Node imports. */

const QUOTES = /[“”‘’"'「」『』《》〈〉]/g;

/**
 * Normalise a typed answer for comparison: full-width to half-width (NFKC), no whitespace
 * (spaces of any width), no quotation marks, lower case.
 */
export function normalizeAnswer(text: string): string {
  return text.normalize('NFKC').replace(/\s+/gu, '').replace(QUOTES, '').toLowerCase();
}

/** Collapse runs of whitespace to one space and trim (for comparing prompts and quotes). */
export function squashSpaces(text: string): string {
  return text.replace(/\s+/gu, ' ').trim();
}
