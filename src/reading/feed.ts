import type { Book, ReadingMonth } from '../shared/types.ts';
import { sortMonthsNewestFirst } from './data.ts';
import { formatMonth, monthTimestamp, readingPagePath } from './month.ts';
import { escapeXml } from './xml.ts';

/** Options of `buildFeed`. */
export interface FeedOptions {
  /** Absolute origin of the site, e.g. `https://example.org` (a trailing slash is fine). */
  siteUrl: string;
  /** The Astro `base` the site is served under, e.g. `/` or `/xuexi/`. */
  base: string;
  /** Title of the feed, e.g. `学习园地 · 每月荐书`. */
  title: string;
  /**
   * The feed's `<updated>`: `YYYY-MM-DD` or an RFC 3339 timestamp.
   * @default the newest month's date (`YYYY-MM-01T00:00:00+08:00`), or 1970-01-01 with no months
   */
  updated?: string;
  /**
   * Where the feed itself is served, relative to `base`, for its `rel="self"` link.
   * @default 'reading/feed.xml'
   */
  feedPath?: string;
  /** Name in the feed's `<author>` (Atom requires one). @default title */
  author?: string;
}

const RFC3339 = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(?:\.\d+)?(?:Z|[+-]\d{2}:\d{2})$/;
const DATE_ONLY = /^\d{4}-\d{2}-\d{2}$/;

/** `https://example.org/` + `xuexi` → `https://example.org/xuexi/`. */
export function siteRoot(siteUrl: string, base: string): string {
  if (!/^https?:\/\/[^/]/.test(siteUrl)) {
    throw new TypeError(`siteUrl must be an absolute http(s) URL, got: ${siteUrl}`);
  }
  const origin = siteUrl.replace(/\/+$/, '');
  const trimmed = base.replace(/^\/+|\/+$/g, '');
  return trimmed === '' ? `${origin}/` : `${origin}/${trimmed}/`;
}

/** The absolute URL of a month's page, also the id of its feed entry. */
export function readingMonthUrl(month: string, siteUrl: string, base: string): string {
  return `${siteRoot(siteUrl, base)}${readingPagePath(month)}`;
}

/** Normalise the `updated` option to RFC 3339, or fail loudly on a malformed value. */
function feedTimestamp(value: string): string {
  if (DATE_ONLY.test(value)) return `${value}T00:00:00+08:00`;
  if (RFC3339.test(value)) return value;
  throw new TypeError(`updated must be YYYY-MM-DD or an RFC 3339 timestamp, got: ${value}`);
}

/** One book as an HTML list item; every field is escaped. */
function bookHtml(book: Book): string {
  const details = [escapeXml(book.author)];
  const imprint = [book.publisher, book.year === undefined ? undefined : `${book.year}年`]
    .filter((part): part is string => part !== undefined)
    .join('，');
  if (imprint) details.push(escapeXml(imprint));
  if (book.isbn !== undefined) details.push(`ISBN ${escapeXml(book.isbn)}`);
  return (
    `<li><p><cite>《${escapeXml(book.title)}》</cite> ${details.join('；')}</p>` +
    `<p>推荐理由：${escapeXml(book.reason)}</p></li>`
  );
}

/** The HTML body of a month's entry: its (already sanitised) introduction and its books. */
function entryHtml(month: ReadingMonth): string {
  return `${month.intro}<ol>${month.books.map(bookHtml).join('')}</ol>`;
}

/** One `<entry>` of the feed. */
function entryXml(month: ReadingMonth, opts: FeedOptions): string {
  const url = escapeXml(readingMonthUrl(month.month, opts.siteUrl, opts.base));
  const stamp = monthTimestamp(month.month);
  const themes = [...new Set(month.books.flatMap((book) => book.themes))].sort();
  const summary = month.books.map((book) => `《${book.title}》`).join('');
  return [
    '  <entry>',
    `    <id>${url}</id>`,
    `    <title>${escapeXml(`${formatMonth(month.month)}推荐书目`)}</title>`,
    `    <updated>${stamp}</updated>`,
    `    <published>${stamp}</published>`,
    `    <link rel="alternate" type="text/html" href="${url}"/>`,
    ...themes.map((theme) => `    <category term="${escapeXml(theme)}"/>`),
    `    <summary>${escapeXml(summary)}</summary>`,
    `    <content type="html">${escapeXml(entryHtml(month))}</content>`,
    '  </entry>',
  ].join('\n');
}

/**
 * An Atom 1.0 feed of the monthly reading lists: one entry per month, newest first. Every
 * date comes from the content (a month's entry is dated the 1st of that month), never from
 * the clock, so the same months always give the same bytes.
 */
export function buildFeed(months: readonly ReadingMonth[], opts: FeedOptions): string {
  const sorted = sortMonthsNewestFirst(months);
  const root = siteRoot(opts.siteUrl, opts.base);
  const listUrl = escapeXml(`${root}reading/`);
  const selfUrl = escapeXml(`${root}${(opts.feedPath ?? 'reading/feed.xml').replace(/^\/+/, '')}`);
  const newest = sorted[0];
  const updated =
    opts.updated !== undefined
      ? feedTimestamp(opts.updated)
      : newest
        ? monthTimestamp(newest.month)
        : '1970-01-01T00:00:00Z';
  return [
    '<?xml version="1.0" encoding="utf-8"?>',
    '<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="zh-CN">',
    `  <id>${listUrl}</id>`,
    `  <title>${escapeXml(opts.title)}</title>`,
    `  <updated>${updated}</updated>`,
    `  <author><name>${escapeXml(opts.author ?? opts.title)}</name></author>`,
    `  <link rel="alternate" type="text/html" href="${listUrl}"/>`,
    `  <link rel="self" type="application/atom+xml" href="${selfUrl}"/>`,
    ...sorted.map((month) => entryXml(month, opts)),
    '</feed>',
    '',
  ].join('\n');
}
