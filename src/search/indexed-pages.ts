import type { DocumentText } from './document-text.ts';
import type { IndexedPage } from './ngram-index.ts';

/**
 * The documents Pagefind keeps, in page-number order (by URL, which does not depend on
 * Pagefind's hashing), as the helper index reads them. Pagefind leaves out a page without a
 * `data-pagefind-body` element when any other page has one, and a page without a word to index
 * (see `hasWords`). Two documents at one URL are an error: Pagefind would keep whichever it read
 * last.
 */
export function indexedPages(texts: readonly DocumentText[]): IndexedPage[] {
  const anyBody = texts.some((t) => t.hasBody);
  const seen = new Set<string>();
  const pages: IndexedPage[] = [];
  for (const t of texts) {
    if (seen.has(t.url)) throw new Error(`搜索索引：两个搜索文档的网址都是 ${t.url}`);
    seen.add(t.url);
    if (anyBody && !t.hasBody) continue;
    if (!hasWords(t.content)) continue;
    pages.push({ url: t.url, content: t.content, title: t.title, filters: t.filters });
  }
  return pages.sort((a, b) => compareUrls(a.url, b.url));
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
