/**
 * Child process of build-index.ts: builds the exact-match helper index from the search
 * documents while the build's own process feeds Pagefind and renders pages, and sends back the
 * page URLs and the index. A process of its own, not a thread: at 10,000 speeches the documents
 * and the index being built take hundreds of megabytes, which the build's process (Astro and the
 * whole site data) cannot spare. The documents come in several messages (`docs`), then `done`.
 */
import { lowerPriority } from '../shared/priority.ts';
import { documentPostings } from './document-postings.ts';
import type { IndexDocument } from './index-documents.ts';

/** A message from the build: a batch of documents, or the end of them. */
export type NgramWorkerMessage = { type: 'docs'; docs: IndexDocument[] } | { type: 'done'; nice: number };

// The build went away (crashed, interrupted): so does this.
process.on('disconnect', () => process.exit(0));

const docs: IndexDocument[] = [];
process.on('message', (message: NgramWorkerMessage) => {
  if (message.type === 'docs') {
    for (const d of message.docs) docs.push(d);
    return;
  }
  lowerPriority(message.nice);
  const started = performance.now();
  try {
    const { urls, index } = documentPostings(docs);
    docs.length = 0;
    process.send!({ urls, index, ms: performance.now() - started });
  } catch (error) {
    // A document it cannot read: the build reports it.
    process.send!({ error: error instanceof Error ? error.message : String(error) });
  }
});
