import type { Doc, Lesson } from '../../shared/types.ts';
import { PAGE_SIZE, pageOf } from '../paging.ts';
import type { LessonLink } from './blocks.ts';
import type { SiteIndex } from './site-index.ts';

/** One page of the lesson listing (`/lessons/`, `/lessons/page/<n>/`). */
export interface LessonListingView {
  page: number;
  last: number;
  /** Sources in the whole listing. */
  total: number;
  items: { id: string; title: string; kind: string; date: string; lessons: LessonLink[] }[];
}

/** One page of the source listing (`/sources/`, `/sources/page/<n>/`). */
export interface SourceListingView {
  page: number;
  last: number;
  total: number;
  items: { id: string; title: string; kind: string; date: string; speaker?: string; lessonCount: number }[];
}

/** Page `page` (from 1) of a listing of sources, newest first, each as `item` says. */
function listingView<T>(site: SiteIndex, size: number, page: number, item: (meta: Doc['meta'], lessons: readonly Lesson[]) => T): { page: number; last: number; total: number; items: T[] } {
  const { items, last } = pageOf(site.docsByDate, size, page);
  return { page, last, total: site.docs.length, items: items.map(({ meta }) => item(meta, site.lessonsBySource.get(meta.id) ?? [])) };
}

/** Page `page` (from 1) of the lesson listing, newest source first. */
export function lessonListingView(site: SiteIndex, page: number): LessonListingView {
  return listingView(site, PAGE_SIZE.lessons, page, (meta, lessons) => ({
    id: meta.id,
    title: meta.title,
    kind: meta.kind,
    date: meta.date,
    lessons: lessons.map((l) => ({ url: l.url, title: l.title, minutes: l.minutes })),
  }));
}

/** Page `page` (from 1) of the source listing, newest first. */
export function sourceListingView(site: SiteIndex, page: number): SourceListingView {
  return listingView(site, PAGE_SIZE.sources, page, (meta, lessons) => ({ id: meta.id, title: meta.title, kind: meta.kind, date: meta.date, speaker: meta.speaker, lessonCount: lessons.length }));
}
