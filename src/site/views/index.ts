/**
 * Page views: for every page of a parametrized route, the plain data its template renders and
 * nothing else. Templates of these routes read only their view (never the whole site data), so a
 * page whose view is unchanged renders to the same bytes: the incremental build compares views to
 * decide which pages to render again (src/build/build-cache.ts).
 */
import type { SiteData } from '../../shared/types.ts';
import { laterPages, PAGE_SIZE } from '../paging.ts';
import { lessonView, type LessonView } from './lesson.ts';
import { lessonListingView, sourceListingView, type LessonListingView, type SourceListingView } from './listings.ts';
import { readingMonthView, type ReadingMonthView } from './reading-month.ts';
import { siteIndex } from './site-index.ts';
import { sourceView, type SourceView } from './source.ts';
import { themeQuizView, themeView, type ThemeQuizView, type ThemeView } from './theme.ts';

export { siteIndex, type SiteIndex } from './site-index.ts';
export type { BlockView, LessonLink } from './blocks.ts';
export type { LessonView } from './lesson.ts';
export type { SourceView, TocView } from './source.ts';
export type { ThemeView, ThemeQuizView, PassageView } from './theme.ts';
export type { ReadingMonthView } from './reading-month.ts';
export type { LessonListingView, SourceListingView } from './listings.ts';
export { lessonListingView, sourceListingView } from './listings.ts';

/**
 * One page of a parametrized route: its URL (without the base), Astro's params and its view,
 * made when asked for (the build asks once to fingerprint it, the page once to render it):
 * holding every page's view at once would cost a gigabyte at 10,000 speeches.
 */
export interface PageView<V> {
  url: string;
  params: Record<string, string>;
  props: { view: () => V };
}

/** The pages of every parametrized route, by route. */
export interface SiteViews {
  lesson: PageView<LessonView>[];
  source: PageView<SourceView>[];
  theme: PageView<ThemeView>[];
  themeQuiz: PageView<ThemeQuizView>[];
  readingMonth: PageView<ReadingMonthView>[];
  lessonListing: PageView<LessonListingView>[];
  sourceListing: PageView<SourceListingView>[];
}

export type RouteName = keyof SiteViews;

/** The route names, in a fixed order. */
export const ROUTES: readonly RouteName[] = ['lesson', 'source', 'theme', 'themeQuiz', 'readingMonth', 'lessonListing', 'sourceListing'];

const page = <V>(url: string, params: Record<string, string>, view: () => V): PageView<V> => ({ url, params, props: { view } });

/** Every page of the site with its view. Pure: the same data gives the same views. */
export function siteViews(data: SiteData): SiteViews {
  const site = siteIndex(data);
  return {
    lesson: site.lessons.map((l) => page(l.url, { id: l.id }, () => lessonView(site, l))),
    source: site.docs.map((d) => page(`/sources/${d.meta.id}/`, { id: d.meta.id }, () => sourceView(site, d))),
    theme: site.themes.map((t) => page(`/themes/${t.id}/`, { id: t.id }, () => themeView(site, t))),
    themeQuiz: site.themes.map((t) => page(`/quiz/themes/${t.id}/`, { id: t.id }, () => themeQuizView(site, t))),
    readingMonth: site.reading.map((m, i) => page(`/reading/${m.month}/`, { month: m.month }, () => readingMonthView(site, m, site.reading[i - 1], site.reading[i + 1]))),
    lessonListing: laterPages(site.docs.length, PAGE_SIZE.lessons).map(({ params, props }) => page(`/lessons/page/${params.page}/`, params, () => lessonListingView(site, props.page))),
    sourceListing: laterPages(site.docs.length, PAGE_SIZE.sources).map(({ params, props }) => page(`/sources/page/${params.page}/`, params, () => sourceListingView(site, props.page))),
  };
}

/** Only the pages whose URL `keep` accepts. */
export function filterViews(views: SiteViews, keep: (url: string) => boolean): SiteViews {
  const out = {} as Record<RouteName, PageView<unknown>[]>;
  for (const route of ROUTES) out[route] = (views[route] as PageView<unknown>[]).filter((p) => keep(p.url));
  return out as unknown as SiteViews;
}
