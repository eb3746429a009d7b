import { readFileSync } from 'node:fs';
import type { Doc, Lesson, SiteData, Theme } from '../shared/types.ts';

/** Indexes over the pipeline's output that pages look things up in. */
export interface SiteIndex extends SiteData {
  docById: Map<string, Doc>;
  lessonById: Map<string, Lesson>;
  themeById: Map<string, Theme>;
  lessonsBySource: Map<string, Lesson[]>;
}

let cached: SiteIndex | undefined;

/**
 * The site data written by `npm run build` (src/cli/build.ts) before it runs Astro.
 * Read once per build: Astro renders every page in the same process.
 */
export function siteData(): SiteIndex {
  if (cached) return cached;
  const path = process.env.XUEXI_DATA;
  if (!path) throw new Error('XUEXI_DATA is not set: build the site with `npm run build`.');
  const data = JSON.parse(readFileSync(path, 'utf8')) as SiteData;
  const lessonsBySource = new Map<string, Lesson[]>();
  for (const lesson of data.lessons) {
    const list = lessonsBySource.get(lesson.sourceId) ?? [];
    list.push(lesson);
    lessonsBySource.set(lesson.sourceId, list);
  }
  cached = {
    ...data,
    docById: new Map(data.docs.map((d) => [d.meta.id, d])),
    lessonById: new Map(data.lessons.map((l) => [l.id, l])),
    themeById: new Map(data.themes.map((t) => [t.id, t])),
    lessonsBySource,
  };
  return cached;
}

/** A site-relative path (`/lessons/x/`) with the deployment base prepended. */
export function href(path: string): string {
  const base = import.meta.env.BASE_URL.replace(/\/$/, '');
  return `${base}${path}`;
}
