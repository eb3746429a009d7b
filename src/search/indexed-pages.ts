import type { DocumentText } from './document-text.ts';
import type { IndexedPage } from './ngram-index.ts';

/**
 * The documents Pagefind keeps, in page-number order (by URL, which does not depend on
 * Pagefind's hashing). Pagefind leaves out a page without a `data-pagefind-body` element when
 * any other page has one, and a page without a word to index (see `hasWords`). Two documents at
 * one URL are an error: Pagefind would keep whichever it read last.
 */
export function keptInPageOrder<T>(items: readonly T[], info: (item: T) => { url: string; hasBody: boolean; hasWords: boolean }): T[] {
  const infos = items.map(info);
  const anyBody = infos.some((t) => t.hasBody);
  const seen = new Set<string>();
  const kept: { item: T; url: string }[] = [];
  items.forEach((item, i) => {
    const t = infos[i]!;
    if (seen.has(t.url)) throw new Error(`搜索索引：两个搜索文档的网址都是 ${t.url}`);
    seen.add(t.url);
    if ((anyBody && !t.hasBody) || !t.hasWords) return;
    kept.push({ item, url: t.url });
  });
  return kept.sort((a, b) => compareUrls(a.url, b.url)).map((k) => k.item);
}

/** The documents Pagefind keeps (see `keptInPageOrder`), as the helper index reads them. */
export function indexedPages(texts: readonly DocumentText[]): IndexedPage[] {
  return keptInPageOrder(texts, (t) => ({ url: t.url, hasBody: t.hasBody, hasWords: hasWords(t.content) })).map((t) => ({ url: t.url, content: t.content, title: t.title, filters: t.filters }));
}

/** The order of page numbers: URLs by UTF-16 code units. */
export function compareUrls(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

// Pagefind indexes a word when it holds an alphanumeric character (Rust's `is_alphanumeric`:
// Alphabetic or Numeric) or an emoji (pictographs, keycaps, flags).
const INDEXABLE = /[\p{Alphabetic}\p{N}\p{Extended_Pictographic}\p{Regional_Indicator}\u20e3]/u;

/** Whether Pagefind finds a word to index in the text (it leaves the page out otherwise). */
export function hasWords(content: string): boolean {
  return INDEXABLE.test(content);
}
