import { normalizeText } from './normalize.ts';

/** A search query as the member typed it, split into the terms every exact match must contain. */
export interface ParsedQuery {
  /** The query as typed, trimmed. */
  raw: string;
  /** Terms as typed (quotes removed), for the loose Pagefind search and for display. */
  words: string[];
  /** The same terms normalised (see normalize.ts); deduplicated, never empty strings. */
  terms: string[];
  /** A quoted phrase was given: only pages containing it exactly are wanted. */
  exactOnly: boolean;
}

// A quoted phrase in ASCII or Chinese quotation marks (the closing mark may be missing),
// or a run of non-space characters. `\s` includes the ideographic space U+3000.
const TOKEN = /"([^"]*)"?|“([^”]*)”?|「([^」]*)」?|『([^』]*)』?|(\S+)/gu;

/**
 * Split a query into terms. Spaces separate terms (all must occur); a quoted phrase is one
 * term and asks for exact matches only (`"三会一课"`, `“三会一课”`).
 */
export function parseQuery(input: string): ParsedQuery {
  const raw = input.trim();
  const words: string[] = [];
  const terms: string[] = [];
  let exactOnly = false;
  for (const m of raw.matchAll(TOKEN)) {
    const quoted = m[1] ?? m[2] ?? m[3] ?? m[4];
    if (quoted !== undefined) exactOnly = true;
    const word = (quoted ?? m[5] ?? '').trim();
    const term = normalizeText(word);
    if (term.length === 0 || terms.includes(term)) continue;
    words.push(word);
    terms.push(term);
  }
  return { raw, words, terms, exactOnly: exactOnly && terms.length > 0 };
}
