import type { Paragraph, Section } from '../shared/types.ts';
import { childSections, countChars, type DocIndex } from './doc-index.ts';

/** Headings and paragraphs that end up in one lesson. */
export interface Chunk {
  sections: Section[];
  paragraphs: Paragraph[];
  size: number;
}

/** Where the splitter cuts. */
export interface SplitOptions {
  /**
   * A section longer than this (characters, white space excluded) is split at its subsections,
   * and consecutive subsections are grouped up to this size.
   * @default 4000
   */
  sectionLimit: number;
  /**
   * Text without subsections to cut at is split at paragraph boundaries into chunks of at most
   * this size; a single longer paragraph is a chunk of its own (never truncated).
   * @default 3000
   */
  paragraphLimit: number;
}

/** The defaults of {@link SplitOptions}. */
export const DEFAULT_SPLIT: SplitOptions = { sectionLimit: 4000, paragraphLimit: 3000 };

function chunk(sections: Section[], paragraphs: Paragraph[]): Chunk {
  let size = 0;
  for (const s of sections) size += countChars(s.title);
  for (const p of paragraphs) size += countChars(p.text);
  return { sections, paragraphs, size };
}

function merge(a: Chunk, b: Chunk): Chunk {
  return { sections: [...a.sections, ...b.sections], paragraphs: [...a.paragraphs, ...b.paragraphs], size: a.size + b.size };
}

/** Pack consecutive chunks greedily, each group at most `limit` (a single oversized chunk stands alone). */
export function pack(items: Chunk[], limit: number): Chunk[] {
  const out: Chunk[] = [];
  let current: Chunk | undefined;
  for (const item of items) {
    if (current && current.size + item.size <= limit) current = merge(current, item);
    else {
      if (current) out.push(current);
      current = item;
    }
  }
  if (current) out.push(current);
  return out;
}

/** Split paragraphs (optionally led by headings) at paragraph boundaries into chunks of at most `limit`. */
export function splitParagraphs(headings: Section[], paragraphs: Paragraph[], limit: number): Chunk[] {
  if (paragraphs.length === 0) return headings.length > 0 ? [chunk(headings, [])] : [];
  const items = paragraphs.map((p, i) => chunk(i === 0 ? headings : [], [p]));
  return pack(items, limit);
}

/**
 * The whole section as one chunk when it fits, else its parts: the heading with its own
 * paragraphs, then each subsection (split again when it is itself too long), grouped greedily.
 */
export function splitSection(index: DocIndex, section: Section, options: SplitOptions = DEFAULT_SPLIT): Chunk[] {
  const whole = wholeSection(index, section);
  if (whole.size <= options.sectionLimit) return [whole];
  const own = index.bodyParagraphs.get(section.id) ?? [];
  const children = childSections(index, section);
  if (children.length === 0) return splitParagraphs([section], own, options.paragraphLimit);
  const head = chunk([section], own);
  const items: Chunk[] = head.size <= options.sectionLimit ? [head] : splitParagraphs([section], own, options.paragraphLimit);
  for (const child of children) items.push(...splitSection(index, child, options));
  return pack(items, options.sectionLimit);
}

/** A section with all its descendants, in reading order. */
export function wholeSection(index: DocIndex, section: Section): Chunk {
  const sections: Section[] = [];
  const paragraphs: Paragraph[] = [];
  const walk = (s: Section): void => {
    sections.push(s);
    paragraphs.push(...(index.bodyParagraphs.get(s.id) ?? []));
    for (const c of childSections(index, s)) walk(c);
  };
  walk(section);
  return chunk(sections, paragraphs);
}
