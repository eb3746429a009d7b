import type { Doc, Lesson, SiteData, Theme } from '../shared/types.ts';

/** Indexes over the pipeline's output that pages look things up in. */
export interface SiteIndex extends SiteData {
  docById: Map<string, Doc>;
  lessonById: Map<string, Lesson>;
  themeById: Map<string, Theme>;
  lessonsBySource: Map<string, Lesson[]>;
}

// Astro renders the pages in the build's own process but from its own bundle of this module:
// the data passes through a global, not a file (writing and parsing it cost a second at 1,000
// speeches, and a second copy in memory).
const HANDOFF = Symbol.for('xuexi-yuandi.site-data');
// Pages rendered so far, for the build's progress line (same route: a global).
const RENDERED = Symbol.for('xuexi-yuandi.pages-rendered');
// The public origin given with --site, if any (same route: a global).
const PUBLIC_SITE = Symbol.for('xuexi-yuandi.public-site');
type WithSiteData = typeof globalThis & { [HANDOFF]?: SiteData; [RENDERED]?: number; [PUBLIC_SITE]?: string };

let cached: SiteIndex | undefined;

/** Give the pages about to be rendered in this process the pipeline's output (src/cli/build.ts). */
export function provideSiteData(data: SiteData | undefined): void {
  (globalThis as WithSiteData)[HANDOFF] = data;
  if (data) (globalThis as WithSiteData)[RENDERED] = 0;
}

/** Count one more page rendered (the layout calls this once per page). */
export function notePageRendered(): void {
  (globalThis as WithSiteData)[RENDERED] = ((globalThis as WithSiteData)[RENDERED] ?? 0) + 1;
}

/** Pages rendered since `provideSiteData`. */
export function pagesRendered(): number {
  return (globalThis as WithSiteData)[RENDERED] ?? 0;
}

/** The site data `npm run build` (src/cli/build.ts) provided before running Astro, with lookup maps. */
export function siteData(): SiteIndex {
  const data = (globalThis as WithSiteData)[HANDOFF];
  if (!data) throw new Error('No site data: build the site with `npm run build`.');
  if (cached && cached.docs === data.docs) return cached;
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

/** The public site URL given with `--site` (src/cli/build.ts), or undefined when none was. */
export function providePublicSite(site: string | undefined): void {
  (globalThis as WithSiteData)[PUBLIC_SITE] = site;
}

/** Whether the build was told its public URL. */
export function hasPublicSite(): boolean {
  return (globalThis as WithSiteData)[PUBLIC_SITE] !== undefined;
}

/**
 * A site-relative path as a share card needs it: absolute on the `--site` origin when one was
 * given, else with the base only (a build that does not know where it will be served).
 */
export function publicUrl(path: string): string {
  const site = (globalThis as WithSiteData)[PUBLIC_SITE];
  return site === undefined ? href(path) : new URL(href(path), site).href;
}
