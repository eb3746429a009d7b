import type { Doc, Lesson, Paragraph, Section } from '../shared/types.ts';
import { countChars, indexDoc, subtree, type DocIndex } from './doc-index.ts';
import { lessonPoints } from './lesson-points.ts';
import { DEFAULT_SPLIT, splitParagraphs, splitSection, type Chunk, type SplitOptions } from './split.ts';

/** Title of the lesson made of a speech's opening remarks. */
export const OPENING_TITLE = '开篇';
/** Title of the lesson made of a speech's closing remarks. */
export const CLOSING_TITLE = '结语';

const CN_NUMERALS = ['零', '一', '二', '三', '四', '五', '六', '七', '八', '九', '十'];

/** 1 → 一, 12 → 十二, 25 → 二十五 (enough for part numbers). */
function cnNumber(n: number): string {
  if (n <= 10) return CN_NUMERALS[n]!;
  if (n < 20) return `十${CN_NUMERALS[n - 10]!}`;
  if (n < 100) return `${CN_NUMERALS[Math.floor(n / 10)]!}十${n % 10 === 0 ? '' : CN_NUMERALS[n % 10]!}`;
  return String(n);
}

/** A chunk with the title and title path it will be shown under. */
interface TitledChunk extends Chunk {
  title: string;
  path: string[];
  /** The section whose heading is the lesson title (not repeated as a part or a point). */
  titleSectionId?: string;
}

/** Minutes of reading at about 400 characters a minute, at least 1. */
export function readingMinutes(chars: number): number {
  return Math.max(1, Math.ceil(chars / 400));
}

/** Title a run of chunks cut from one body of text: the first keeps the title, the rest are continuations. */
function continued(chunks: Chunk[], title: string, path: string[]): TitledChunk[] {
  return chunks.map((c, i) =>
    i === 0 ? { ...c, title, path } : { ...c, title: `${title}（续${cnNumber(i)}）`, path: [...path.slice(0, -1), `${title}（续${cnNumber(i)}）`] },
  );
}

/** Title the parts of a top-level section: by the section, by a subsection it starts with, or as a continuation. */
function titleSectionChunks(index: DocIndex, section: Section, chunks: Chunk[], sourceTitle: string): TitledChunk[] {
  let continuation = 0;
  return chunks.map((c, i) => {
    const first = c.sections[0];
    if (i === 0) return { ...c, title: section.title, path: [sourceTitle, section.title], titleSectionId: section.id };
    // A part that starts with a subsection's heading and stays inside it is titled by that subsection.
    if (first) {
      const inside = new Set(subtree(index, first).map((s) => s.id));
      const single = c.sections.every((s) => inside.has(s.id)) && c.paragraphs.every((p) => p.sectionId !== null && inside.has(p.sectionId));
      if (single) return { ...c, title: first.title, path: [sourceTitle, section.title, first.title], titleSectionId: first.id };
    }
    continuation++;
    const title = `${section.title}（续${cnNumber(continuation)}）`;
    return { ...c, title, path: [sourceTitle, title] };
  });
}

/** The source's lessons as titled chunks, in reading order: opening, top-level sections, closing. */
function documentChunks(index: DocIndex, options: SplitOptions): TitledChunk[] {
  const { doc } = index;
  const sourceTitle = doc.meta.title;
  const { topLevel } = index;
  const firstSectionLine = topLevel.reduce((min, s) => Math.min(min, s.line), Infinity);
  const opening: Paragraph[] = [];
  const closing: Paragraph[] = [];
  const loose: Paragraph[] = [];
  for (const p of doc.paragraphs) {
    if (p.role === 'opening') opening.push(p);
    else if (p.role === 'closing') closing.push(p);
    else if (p.sectionId === null || !index.sectionById.has(p.sectionId)) {
      // Body text outside every section: before the first heading it opens the source, after it
      // (only possible when headings are missing) it closes it. Nothing is dropped.
      if (topLevel.length === 0) loose.push(p);
      else if (p.line < firstSectionLine) opening.push(p);
      else closing.push(p);
    }
  }
  const out: TitledChunk[] = [];
  if (opening.length > 0) out.push(...continued(splitParagraphs([], opening, options.paragraphLimit), OPENING_TITLE, [sourceTitle, OPENING_TITLE]));
  if (topLevel.length === 0 && loose.length > 0) {
    const chunks = splitParagraphs([], loose, options.paragraphLimit);
    if (chunks.length === 1) out.push({ ...chunks[0]!, title: sourceTitle, path: [sourceTitle] });
    else chunks.forEach((c, i) => {
      const title = `第${cnNumber(i + 1)}部分`;
      out.push({ ...c, title, path: [sourceTitle, title] });
    });
  }
  for (const section of topLevel) out.push(...titleSectionChunks(index, section, splitSection(index, section, options), sourceTitle));
  if (closing.length > 0) out.push(...continued(splitParagraphs([], closing, options.paragraphLimit), CLOSING_TITLE, [sourceTitle, CLOSING_TITLE]));
  return out;
}

/**
 * Plain text of a chunk: headings and paragraphs in reading order, one per line; a piece that
 * continues a paragraph cut for length follows it on the same line.
 */
function chunkText(chunk: Chunk): string {
  const blocks: { line: number; rank: number; order: number; text: string; continued: boolean }[] = [];
  chunk.sections.forEach((s, i) => blocks.push({ line: s.line, rank: 0, order: i, text: s.title, continued: false }));
  chunk.paragraphs.forEach((p, i) => blocks.push({ line: p.line, rank: 1, order: i, text: p.text, continued: p.continued === true }));
  blocks.sort((a, b) => a.line - b.line || a.rank - b.rank || a.order - b.order);
  return blocks.map((b, i) => (i === 0 ? '' : b.continued && blocks[i - 1]!.rank === 1 ? '' : '\n') + b.text).join('');
}

/** Split one source into lessons. */
export function buildDocLessons(doc: Doc, options: SplitOptions = DEFAULT_SPLIT): Lesson[] {
  const index = indexDoc(doc);
  return documentChunks(index, options).map((c, order): Lesson => {
    const id = `${doc.meta.id}-${order + 1}`;
    const paragraphIds = [...c.paragraphs]
      .sort((a, b) => (index.paragraphOrder.get(a.id) ?? 0) - (index.paragraphOrder.get(b.id) ?? 0))
      .map((p) => p.id);
    const text = chunkText(c);
    return {
      id,
      url: `/lessons/${id}/`,
      title: c.title,
      sourceId: doc.meta.id,
      path: c.path,
      order,
      sectionIds: c.sections.map((s) => s.id),
      paragraphIds,
      parts: c.sections.filter((s) => s.id !== c.titleSectionId).map((s) => ({ title: s.title, anchor: s.anchor, level: s.level })),
      points: lessonPoints(index, c.sections, c.titleSectionId),
      minutes: readingMinutes(countChars(text)),
      themes: [],
      text,
    };
  });
}

/** Split every source into lessons: one per top-level section, plus opening and closing remarks. */
export function buildLessons(docs: Doc[], options: SplitOptions = DEFAULT_SPLIT): Lesson[] {
  return docs.flatMap((doc) => buildDocLessons(doc, options));
}
