import type { SiteData } from '../shared/types.ts';
import { siteIndex, siteViews, type RouteName, type SiteIndex, type SiteViews } from './views/index.ts';

export type { SiteIndex } from './views/index.ts';

// Astro renders the pages in the build's own process but from its own bundle of this module:
// the data passes through a global, not a file (writing and parsing it cost a second at 1,000
// speeches, and a second copy in memory).
const HANDOFF = Symbol.for('xuexi-yuandi.site-data');
// The page views to render (all of them, or those an incremental build found changed).
const VIEWS = Symbol.for('xuexi-yuandi.site-views');
// Pages rendered so far, for the build's progress line (same route: a global).
const RENDERED = Symbol.for('xuexi-yuandi.pages-rendered');
// The public origin given with --site, if any (same route: a global).
const PUBLIC_SITE = Symbol.for('xuexi-yuandi.public-site');
type WithSiteData = typeof globalThis & { [HANDOFF]?: SiteData; [VIEWS]?: SiteViews; [RENDERED]?: number; [PUBLIC_SITE]?: string };

/**
 * Give the pages about to be rendered in this process the pipeline's output (src/cli/build.ts)
 * and the views of the parametrized pages to render (default: every page).
 */
export function provideSiteData(data: SiteData | undefined, views?: SiteViews): void {
  const g = globalThis as WithSiteData;
  g[HANDOFF] = data;
  g[VIEWS] = data ? views : undefined;
  if (data) g[RENDERED] = 0;
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
  return siteIndex(data);
}

/** `getStaticPaths` of a parametrized route: the pages to render, each with its view as props. */
export function routePages<R extends RouteName>(route: R): SiteViews[R] {
  const g = globalThis as WithSiteData;
  if (!g[VIEWS]) g[VIEWS] = siteViews(siteData());
  return g[VIEWS][route];
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
