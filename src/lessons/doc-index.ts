import type { Doc, Paragraph, Section } from '../shared/types.ts';

/** Lookups over one document that the lesson splitter needs, built once per document. */
export interface DocIndex {
  doc: Doc;
  sectionById: Map<string, Section>;
  /** Document order of each paragraph, for sorting ids back into reading order. */
  paragraphOrder: Map<string, number>;
  /** Body paragraphs under each section (its own, not its children's), in reading order. */
  bodyParagraphs: Map<string, Paragraph[]>;
  /** Children of each section, from their `parentId` (so no section can be left out), in document order. */
  children: Map<string, Section[]>;
  /** Sections without a (known) parent, in document order. */
  topLevel: Section[];
}

/** Index a document's sections and paragraphs by id. */
export function indexDoc(doc: Doc): DocIndex {
  const sectionById = new Map(doc.sections.map((s) => [s.id, s]));
  const paragraphOrder = new Map(doc.paragraphs.map((p, i) => [p.id, i]));
  const bodyParagraphs = new Map<string, Paragraph[]>();
  for (const p of doc.paragraphs) {
    // Opening and closing remarks get lessons of their own, whatever section they sit in.
    if (p.role !== 'body' || p.sectionId === null || !sectionById.has(p.sectionId)) continue;
    const list = bodyParagraphs.get(p.sectionId) ?? [];
    list.push(p);
    bodyParagraphs.set(p.sectionId, list);
  }
  const children = new Map<string, Section[]>();
  const topLevel: Section[] = [];
  for (const s of doc.sections) {
    if (s.parentId === null || !sectionById.has(s.parentId) || s.parentId === s.id) {
      topLevel.push(s);
      continue;
    }
    const list = children.get(s.parentId) ?? [];
    list.push(s);
    children.set(s.parentId, list);
  }
  return { doc, sectionById, paragraphOrder, bodyParagraphs, children, topLevel };
}

/** The section's children, in document order. */
export function childSections(index: DocIndex, section: Section): Section[] {
  return index.children.get(section.id) ?? [];
}

/** The section and all its descendants, depth first (document order). */
export function subtree(index: DocIndex, section: Section): Section[] {
  const out: Section[] = [];
  const walk = (s: Section): void => {
    out.push(s);
    for (const c of childSections(index, s)) walk(c);
  };
  walk(section);
  return out;
}

/** Characters that count for length and reading time: everything but white space. */
export function countChars(text: string): number {
  let n = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    // A surrogate pair is one character: count its high half only.
    if (c >= 0xdc00 && c <= 0xdfff) continue;
    if (isSpace(c)) continue;
    n++;
  }
  return n;
}

/** The code units `\s` matches (Unicode white space), without a regular expression per character. */
function isSpace(c: number): boolean {
  if (c <= 0x20) return c === 0x20 || (c >= 0x09 && c <= 0x0d);
  if (c < 0xa0) return false;
  return c === 0xa0 || c === 0x1680 || (c >= 0x2000 && c <= 0x200a) || c === 0x2028 || c === 0x2029 || c === 0x202f || c === 0x205f || c === 0x3000 || c === 0xfeff;
}
