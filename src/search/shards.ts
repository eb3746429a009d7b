/**
 * How the search documents are split into Pagefind bundles. Pure: the split depends only on the
 * documents, never on the machine, so every build of the same content writes the same files.
 */

/**
 * Characters of document HTML per Pagefind bundle. One Pagefind process took ~20 s on one core
 * and ~2 GB for the 7.8 million characters of 1,000 speeches' pages; bundles of this size keep
 * each process near 1 GB and let two cores share the work, while small sites keep a single
 * bundle (one fewer download in the browser).
 */
export const SHARD_CHARS = 4_000_000;

/** How many bundles `docs` need: one per `shardChars` of HTML, at least one, at most one per document. */
export function shardCount(docs: readonly { html: string }[], shardChars = SHARD_CHARS): number {
  const total = docs.reduce((sum, d) => sum + d.html.length, 0);
  return Math.max(1, Math.min(docs.length, Math.ceil(total / shardChars)));
}

/**
 * Split `docs` into `count` runs of consecutive documents of about equal size (a document is
 * never split; no run is empty unless there are fewer documents than runs). Keeps the order.
 */
export function planShards<T extends { html: string }>(docs: readonly T[], count: number): T[][] {
  const n = Math.max(1, Math.min(Math.floor(count), docs.length));
  const total = docs.reduce((sum, d) => sum + d.html.length, 0);
  const shards: T[][] = [[]];
  let done = 0;
  docs.forEach((doc, i) => {
    const k = shards.length - 1;
    // Start the next run once this one holds its share, leaving a document for every later run.
    if (shards[k]!.length > 0 && k < n - 1 && (done >= (total * (k + 1)) / n || docs.length - i <= n - 1 - k)) shards.push([]);
    shards[shards.length - 1]!.push(doc);
    done += doc.html.length;
  });
  return shards;
}
