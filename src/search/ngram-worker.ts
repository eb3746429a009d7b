/**
 * Child process of build-index.ts: builds the exact-match helper index from the search
 * documents while the build's own process feeds Pagefind and renders pages, and sends back the
 * page URLs and the index. A process of its own, not a thread: at 10,000 speeches the documents
 * and the index being built take hundreds of megabytes, which the build's process (Astro and the
 * whole site data) cannot spare.
 *
 * The documents come bundle by bundle (`docs` messages), then `done` lists the bundles in order.
 * With a `store`, each bundle's document summaries are kept in a file named by the bundle's key;
 * a bundle marked `cached` sends no documents and is read from its file (if that file turns out
 * not to be intact, the answer is `stale` and the build sends everything again).
 */
import { readdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { lowerPriority } from '../shared/priority.ts';
import { postingsFromSummaries, summarizeDocument, type DocumentSummary } from './document-postings.ts';
import type { IndexDocument } from './index-documents.ts';
import { decodeSummaries, encodeSummaries } from './summary-file.ts';

/** A message from the build. */
export type NgramWorkerMessage =
  | { type: 'docs'; shard: number; docs: IndexDocument[] }
  | { type: 'done'; shards: { key: string; cached: boolean }[]; nice: number; store?: { dir: string; code: string } };

/** The answer. */
export type NgramWorkerAnswer = { urls: string[]; index: import('./ngram-index.ts').NgramIndex; ms: number } | { error: string } | { stale: true };

// The build went away (crashed, interrupted): so does this.
process.on('disconnect', () => process.exit(0));

const docs = new Map<number, IndexDocument[]>();

function build(message: Extract<NgramWorkerMessage, { type: 'done' }>): NgramWorkerAnswer {
  const { shards, store } = message;
  const all: DocumentSummary[] = [];
  for (const [k, { key, cached }] of shards.entries()) {
    const file = store && join(store.dir, `${key}.bin`);
    if (cached) {
      const kept = file && store ? decodeSummaries(readFileSync(file), store.code) : undefined;
      if (!kept) return { stale: true };
      for (const d of kept) all.push(d);
      continue;
    }
    const summaries = (docs.get(k) ?? []).flatMap(summarizeDocument);
    docs.delete(k);
    if (file && store) {
      const temp = `${file}.${process.pid}.tmp`;
      writeFileSync(temp, encodeSummaries(summaries, store.code));
      renameSync(temp, file);
    }
    for (const d of summaries) all.push(d);
  }
  if (store) {
    // Only this build's bundles are worth keeping.
    const wanted = new Set(shards.map((s) => `${s.key}.bin`));
    for (const name of readdirSync(store.dir)) if (!wanted.has(name)) rmSync(join(store.dir, name), { force: true });
  }
  const started = performance.now();
  const { urls, index } = postingsFromSummaries(all);
  return { urls, index, ms: performance.now() - started };
}

process.on('message', (message: NgramWorkerMessage) => {
  if (message.type === 'docs') {
    const list = docs.get(message.shard) ?? [];
    for (const d of message.docs) list.push(d);
    docs.set(message.shard, list);
    return;
  }
  lowerPriority(message.nice);
  let answer: NgramWorkerAnswer;
  try {
    answer = build(message);
  } catch (error) {
    // A document it cannot read, or a file it cannot write: the build reports it.
    answer = { error: error instanceof Error ? error.message : String(error) };
  }
  process.send!(answer);
});
