/**
 * Worker thread of build-index.ts: builds the exact-match helper index from the search documents
 * (`workerData.docs`) while the main thread feeds Pagefind and renders pages, and posts back the
 * page URLs and the index, its buffers transferred rather than copied.
 */
import { setPriority } from 'node:os';
import { parentPort, workerData } from 'node:worker_threads';
import { documentPostings } from './document-postings.ts';
import type { IndexDocument } from './index-documents.ts';

/** What the worker gets. */
export interface NgramWorkerData {
  docs: IndexDocument[];
  /** Nice value for this thread (Linux sets it per thread), so that it yields to Pagefind and Astro. */
  nice: number;
}

const { docs, nice } = workerData as NgramWorkerData;
if (nice !== 0) {
  try {
    setPriority(nice);
  } catch {
    // Not permitted here: run at the usual priority.
  }
}
const started = performance.now();
const { urls, index } = documentPostings(docs);
parentPort!.postMessage({ urls, index, ms: performance.now() - started }, [...index.buckets.map((b) => b.buffer as ArrayBuffer), index.lengths.buffer as ArrayBuffer]);
