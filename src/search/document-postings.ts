import { documentText } from './document-text.ts';
import type { IndexDocument } from './index-documents.ts';
import { indexedPages } from './indexed-pages.ts';
import { NgramBuilder, type NgramIndex } from './ngram-index.ts';

/** The helper index over the pages Pagefind will index among the documents. */
export interface DocumentPostings {
  /** Page URLs in page-number order. */
  urls: string[];
  index: NgramIndex;
}

/**
 * Build the exact-match helper index from the search documents, reading in each the text
 * Pagefind indexes (document-text.ts), pages numbered in URL order. Pure, so that it can run
 * anywhere (build-index.ts runs it in a worker thread while Pagefind runs).
 */
export function documentPostings(docs: readonly IndexDocument[]): DocumentPostings {
  const pages = indexedPages(docs.map((d) => documentText(d.path, d.html)));
  const builder = new NgramBuilder();
  for (const page of pages) builder.add(page);
  return { urls: pages.map((p) => p.url), index: builder.finish() };
}
