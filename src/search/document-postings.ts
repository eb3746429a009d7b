import { documentText } from './document-text.ts';
import type { IndexDocument } from './index-documents.ts';
import { hasWords, keptInPageOrder } from './indexed-pages.ts';
import { NgramBuilder, summarizePage, type NgramIndex, type PageSummary } from './ngram-index.ts';

/** The helper index over the pages Pagefind will index among the documents. */
export interface DocumentPostings {
  /** Page URLs in page-number order. */
  urls: string[];
  index: NgramIndex;
}

/** What the helper index needs of one search document: whether Pagefind keeps it, and its summary. */
export interface DocumentSummary {
  url: string;
  /** Its text is inside a `data-pagefind-body` element (pages without one are then left out). */
  hasBody: boolean;
  /** Pagefind finds a word to index in it (it leaves the page out otherwise). */
  hasWords: boolean;
  summary: PageSummary;
}

/** Read a search document as Pagefind does (document-text.ts) and summarise it. Pure. */
export function summarizeDocument(doc: IndexDocument): DocumentSummary {
  const t = documentText(doc.path, doc.html);
  return { url: t.url, hasBody: t.hasBody, hasWords: hasWords(t.content), summary: summarizePage(t) };
}

/** Build the exact-match helper index from document summaries (in the documents' order), pages numbered in URL order. Pure. */
export function postingsFromSummaries(docs: readonly DocumentSummary[]): DocumentPostings {
  const kept = keptInPageOrder(docs, (d) => d);
  const builder = new NgramBuilder();
  for (const d of kept) builder.addSummary(d.summary);
  return { urls: kept.map((d) => d.url), index: builder.finish() };
}

/**
 * Build the exact-match helper index from the search documents, reading in each the text
 * Pagefind indexes (document-text.ts), pages numbered in URL order. Pure, so that it can run
 * anywhere (build-index.ts runs it in a process of its own while Pagefind runs).
 */
export function documentPostings(docs: readonly IndexDocument[]): DocumentPostings {
  return postingsFromSummaries(docs.map(summarizeDocument));
}
