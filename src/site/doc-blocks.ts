import type { Doc, Paragraph, Section } from '../shared/types.ts';

/** A heading or a paragraph, in reading order. */
export type DocBlock =
  | { kind: 'heading'; section: Section; tag: 'h2' | 'h3' | 'h4' | 'h5' | 'h6' }
  | { kind: 'paragraph'; paragraph: Paragraph };

/** Heading tag for a section level: the page title is the only h1. */
export function headingTag(level: number): 'h2' | 'h3' | 'h4' | 'h5' | 'h6' {
  return (['h2', 'h3', 'h4', 'h5', 'h6'] as const)[Math.min(Math.max(level, 1), 5) - 1]!;
}

/**
 * The blocks of a document (or of some of its sections and paragraphs) in reading order.
 * Sections and paragraphs are interleaved by their line in the source file.
 */
export function docBlocks(doc: Doc, sections: Section[] = doc.sections, paragraphs: Paragraph[] = doc.paragraphs): DocBlock[] {
  const blocks: (DocBlock & { line: number; rank: number })[] = [];
  for (const section of sections) blocks.push({ kind: 'heading', section, tag: headingTag(section.level), line: section.line, rank: 0 });
  for (const paragraph of paragraphs) blocks.push({ kind: 'paragraph', paragraph, line: paragraph.line, rank: 1 });
  // Stable sort keeps document order for blocks on the same line (a heading precedes its text).
  blocks.sort((a, b) => a.line - b.line || a.rank - b.rank);
  return blocks;
}

/** Sections as a nested table of contents. */
export interface TocEntry {
  section: Section;
  children: TocEntry[];
}

/** Nest the document's sections by parent for a table of contents. */
export function tocTree(doc: Doc): TocEntry[] {
  const byId = new Map(doc.sections.map((s) => [s.id, { section: s, children: [] as TocEntry[] }]));
  const roots: TocEntry[] = [];
  for (const s of doc.sections) {
    const entry = byId.get(s.id)!;
    const parent = s.parentId ? byId.get(s.parentId) : undefined;
    (parent ? parent.children : roots).push(entry);
  }
  return roots;
}

const sectionPaths = new WeakMap<Doc, Map<string, string[]>>();

/** Heading titles from the top level down to the section holding a paragraph (empty for remarks). */
export function paragraphPath(doc: Doc, paragraphId: string): string[] {
  let paths = sectionPaths.get(doc);
  if (!paths) {
    paths = new Map();
    const byId = new Map(doc.sections.map((s) => [s.id, s]));
    const sectionOf = new Map(doc.paragraphs.map((p) => [p.id, p.sectionId]));
    for (const [pid, sid] of sectionOf) {
      const titles: string[] = [];
      for (let s = sid ? byId.get(sid) : undefined; s; s = s.parentId ? byId.get(s.parentId) : undefined) titles.unshift(s.title);
      paths.set(pid, titles);
    }
    sectionPaths.set(doc, paths);
  }
  return paths.get(paragraphId) ?? [];
}
