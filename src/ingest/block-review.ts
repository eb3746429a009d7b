import { closeQuotes, type QuoteInsert, type UnclosedQuote } from './quotes.ts';
import { findSubstitutions, type SubstitutionHit } from './substitutions.ts';

/** What the importer does to, and notices in, the text of one block (offsets are block-relative). */
export interface BlockReview {
  /** The text with the lost closing quotes put back. */
  text: string;
  inserts: QuoteInsert[];
  unclosed: UnclosedQuote[];
  substitutions: SubstitutionHit[];
  /** Whitespace right before punctuation, where a word may have been cut out (`接打 、随意`). */
  gaps: { index: number; length: number }[];
}

/** Close unambiguous lost quotes in a block; find what to flag in it. */
export function reviewBlock(raw: string): BlockReview {
  const quotes = closeQuotes(raw);
  let text = raw;
  for (const insert of [...quotes.inserts].reverse()) text = text.slice(0, insert.at) + '”' + text.slice(insert.at);
  const gaps = [...raw.matchAll(/[ \t\u3000\u00a0]+(?=[、，。；：,;])/gu)].map((m) => ({ index: m.index, length: m[0].length }));
  return { text, inserts: quotes.inserts, unclosed: quotes.unclosed, substitutions: findSubstitutions(raw), gaps };
}
