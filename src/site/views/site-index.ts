import type { Doc, Lesson, SiteData, Theme } from '../../shared/types.ts';

/** Lookup maps over the pipeline's output, built once per build and shared by every view. */
export interface SiteIndex extends SiteData {
  docById: Map<string, Doc>;
  lessonById: Map<string, Lesson>;
  themeById: Map<string, Theme>;
  lessonsBySource: Map<string, Lesson[]>;
  /** Sources newest first, then by id: the order of every listing. */
  docsByDate: Doc[];
}

const indexes = new WeakMap<SiteData, SiteIndex>();

/** The lookup maps of `data` (computed once per data object). */
export function siteIndex(data: SiteData): SiteIndex {
  const hit = indexes.get(data);
  if (hit) return hit;
  const lessonsBySource = new Map<string, Lesson[]>();
  for (const lesson of data.lessons) {
    const list = lessonsBySource.get(lesson.sourceId) ?? [];
    list.push(lesson);
    lessonsBySource.set(lesson.sourceId, list);
  }
  const index: SiteIndex = {
    ...data,
    docById: new Map(data.docs.map((d) => [d.meta.id, d])),
    lessonById: new Map(data.lessons.map((l) => [l.id, l])),
    themeById: new Map(data.themes.map((t) => [t.id, t])),
    lessonsBySource,
    docsByDate: [...data.docs].sort((a, b) => b.meta.date.localeCompare(a.meta.date) || a.meta.id.localeCompare(b.meta.id)),
  };
  indexes.set(data, index);
  return index;
}
