import { findMatches, normalizeWithMap } from './normalize.ts';

/** A piece of an excerpt: plain text or a highlighted match. */
export interface ExcerptPart {
  text: string;
  mark: boolean;
}

/** Options of `makeExcerpt`. */
export interface ExcerptOptions {
  /** Characters shown. @default 120 */
  length?: number;
  /** Characters shown before the first match. @default 36 */
  before?: number;
}

/**
 * An excerpt of `content` around the first occurrence of any of the normalised `terms`, with
 * every occurrence inside it marked. Without a match, the opening of the text.
 */
export function makeExcerpt(content: string, terms: readonly string[], options: ExcerptOptions = {}): ExcerptPart[] {
  const length = options.length ?? 120;
  const before = options.before ?? 36;
  const text = content.replace(/\s+/g, ' ').trim();
  const matches = findMatches(text, terms, normalizeWithMap(text));
  let start = 0;
  if (matches.length > 0) start = Math.max(0, matches[0]![0] - before);
  let end = Math.min(text.length, start + length);
  if (end - start < length) start = Math.max(0, end - length);
  // Never cut a surrogate pair or a match in half.
  if (start > 0 && /[\uDC00-\uDFFF]/.test(text[start]!)) start--;
  if (end < text.length && /[\uDC00-\uDFFF]/.test(text[end]!)) end++;
  for (const [s, e] of matches) if (s < end && e > end) end = e;
  const parts: ExcerptPart[] = [];
  const push = (t: string, mark: boolean) => t && parts.push({ text: t, mark });
  if (start > 0) push('…', false);
  let at = start;
  for (const [s, e] of matches) {
    if (e <= start || s >= end) continue;
    push(text.slice(at, Math.max(at, s)), false);
    push(text.slice(Math.max(at, s), e), true);
    at = e;
  }
  push(text.slice(at, end), false);
  if (end < text.length) push('…', false);
  return mergeParts(parts);
}

function mergeParts(parts: ExcerptPart[]): ExcerptPart[] {
  const out: ExcerptPart[] = [];
  for (const p of parts) {
    const last = out[out.length - 1];
    if (last && last.mark === p.mark) last.text += p.text;
    else out.push({ ...p });
  }
  return out;
}

/**
 * Pagefind's excerpt (`…<mark>词</mark>…`, text with `<` and `>` escaped) as parts, so it can
 * be rendered without innerHTML.
 */
export function parsePagefindExcerpt(html: string): ExcerptPart[] {
  const parts: ExcerptPart[] = [];
  const unescape = (s: string) => s.replace(/\u200B/g, '').replace(/&lt;/g, '<').replace(/&gt;/g, '>');
  let mark = false;
  for (const piece of html.split(/(<\/?mark>)/)) {
    if (piece === '<mark>') mark = true;
    else if (piece === '</mark>') mark = false;
    else if (piece) parts.push({ text: unescape(piece), mark });
  }
  return mergeParts(parts);
}
