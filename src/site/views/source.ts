import type { Doc } from '../../shared/types.ts';
import { docBlocks, tocTree, type TocEntry } from '../doc-blocks.ts';
import { cardPath, firstSentences } from '../share-card.ts';
import { blockViews, type BlockView, type LessonLink } from './blocks.ts';
import type { SiteIndex } from './site-index.ts';

/** A table-of-contents entry as the page shows it. */
export interface TocView {
  anchor: string;
  title: string;
  children: TocView[];
}

/** Everything a source page (`/sources/<id>/`) shows. */
export interface SourceView {
  meta: { id: string; title: string; kind: string; date: string; speaker?: string; organization?: string; origin?: string };
  lessons: LessonLink[];
  toc: TocView[];
  blocks: BlockView[];
  /** What a chat app shows under the title: the source's opening sentences. */
  description: string;
  /** The source's share card (site-relative). */
  card: string;
}

const tocView = (entries: readonly TocEntry[]): TocView[] => entries.map((e) => ({ anchor: e.section.anchor, title: e.section.title, children: tocView(e.children) }));

/** The view of one source page. */
export function sourceView(site: SiteIndex, doc: Doc): SourceView {
  // Not `file`: a path relative to where the build ran, which the page never shows.
  const { file: _file, ...meta } = doc.meta;
  const lessons = site.lessonsBySource.get(doc.meta.id) ?? [];
  return {
    meta,
    lessons: lessons.map((l) => ({ url: l.url, title: l.title, minutes: l.minutes })),
    toc: tocView(tocTree(doc)),
    blocks: blockViews(docBlocks(doc)),
    description: firstSentences(doc.paragraphs.map((p) => p.text).join('')) || `${meta.kind} · ${meta.date}`,
    card: cardPath(doc.meta.id),
  };
}
