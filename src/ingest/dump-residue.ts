import { characterEntities } from 'character-entities';
import type { Edit } from './mapped-text.ts';

/** What a dump left in the text: escapes written out literally, tags, entities. */
export type DumpResidueKind = 'literal-escape' | 'html-tag' | 'html-entity';

/** One piece of dump residue: `source.slice(start, end)` is replaced by `insert` (or removed). */
export interface DumpResidue extends Edit {
  kind: DumpResidueKind;
}

/** `\r\n`, `\n`, `\r`, `\t` written out as two characters, as database exports and JSON dumps leave them. */
const LITERAL_ESCAPE = /(?:\\r\\n|\\n|\\r)+|\\t/gu;
/** An HTML tag: a name after `<` (or `</`), attributes, `>`. `<正>`-style markers are not tags. */
const HTML_TAG = /<\/?([a-zA-Z][a-zA-Z0-9]*)\b[^<>]*>/gu;
/** Tags that end a line or a block where they stand. */
const BREAKING_TAG = /^(?:br|p|div|li|tr|h[1-6]|section|article|ul|ol|table|blockquote)$/iu;
const ENTITY = /&(?:#(\d{1,7})|#[xX]([0-9a-fA-F]{1,6})|([a-zA-Z][a-zA-Z0-9]{1,31}));/gu;

/** Whether the escapes are the copy's own line breaks, not a backslash sequence the text talks about. */
function escapesAreBreaks(source: string, count: number): boolean {
  // One `\r\n` is already unmistakable; lone `\n` only when the copy has no real line breaks.
  return /\\r\\n/u.test(source) || (count >= 2 && !/\n/u.test(source.trim()));
}

/**
 * Find the residue a scraped page or a database export leaves in a copy: literal `\r\n` escapes
 * (turned into real breaks), HTML tags (removed; block tags become breaks) and entities (turned
 * into the punctuation or space they stand for; an entity that stands for a letter is left alone,
 * since putting letters into the text would be rewriting it).
 */
export function findDumpResidue(source: string): DumpResidue[] {
  const found: DumpResidue[] = [];
  const escapes = [...source.matchAll(LITERAL_ESCAPE)];
  if (escapes.length > 0 && escapesAreBreaks(source, escapes.length)) {
    for (const m of escapes) {
      const text = m[0];
      const breaks = text === '\\t' ? 0 : (text.match(/\\r\\n|\\n|\\r/gu) ?? []).length;
      found.push({ start: m.index, end: m.index + text.length, insert: text === '\\t' ? ' ' : '\n'.repeat(breaks), kind: 'literal-escape' });
    }
  }
  const tags = [...source.matchAll(HTML_TAG)];
  // `<b>` in a text may be the text's own; attributes, block tags or many tags show a page's markup.
  const markup = tags.length >= 4 || tags.some((m) => /[=]/u.test(m[0]) || BREAKING_TAG.test(m[1]!));
  for (const m of markup ? tags : []) {
    found.push({ start: m.index, end: m.index + m[0].length, ...(BREAKING_TAG.test(m[1]!) ? { insert: '\n' } : {}), kind: 'html-tag' });
  }
  for (const m of source.matchAll(ENTITY)) {
    const code = m[1] !== undefined ? Number(m[1]) : m[2] !== undefined ? parseInt(m[2], 16) : undefined;
    const char = code === undefined ? characterEntities[m[3]!] : code <= 0x10ffff ? String.fromCodePoint(code) : undefined;
    if (char === undefined || /[\p{L}\p{N}]/u.test(char)) continue;
    found.push({ start: m.index, end: m.index + m[0].length, insert: char === '\u00a0' ? ' ' : char, kind: 'html-entity' });
  }
  return found.sort((a, b) => a.start - b.start);
}
