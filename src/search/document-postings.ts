import { documentText } from './document-text.ts';
import type { IndexDocument } from './index-documents.ts';
import { hasWords, keptInPageOrder } from './indexed-pages.ts';
import { slotHeads } from './page-groups.ts';
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

/**
 * Read a search document as Pagefind does (document-text.ts) and summarise each page it holds:
 * itself, or each lesson of a grouped document (page-groups.ts), its text cut where its heading
 * starts, as the browser cuts it from the fragment. Pure.
 */
export function summarizeDocument(doc: IndexDocument): DocumentSummary[] {
  if (!doc.slots) {
    const t = documentText(doc.path, doc.html);
    return [{ url: t.url, hasBody: t.hasBody, hasWords: hasWords(t.content), summary: summarizePage(t) }];
  }
  const t = documentText(doc.path, doc.html, { anchors: true });
  const anchors = t.anchors!;
  const starts = slotHeads(anchors, doc.slots, (slot) => `${doc.path}: 搜索文档中没有课程 ${slot.u} 的标题`).map((a, k) => (k === 0 ? 0 : anchors[a]!.offset));
  // A grouped document Pagefind leaves out (no words) leaves out all its lessons.
  const kept = hasWords(t.content);
  return doc.slots.map((slot, k) => {
    const content = t.content.slice(starts[k], starts[k + 1] ?? t.content.length).trim();
    return { url: slot.u, hasBody: t.hasBody, hasWords: kept, summary: summarizePage({ url: slot.u, content, title: slot.t, filters: slot.f }) };
  });
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
  return postingsFromSummaries(docs.flatMap(summarizeDocument));
}
