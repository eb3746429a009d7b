/**
 * How the search documents are split into Pagefind bundles. Pure: the split depends only on the
 * documents, never on the machine, so every build of the same content writes the same files.
 */
import { createHash } from 'node:crypto';

/** What the planner needs of a search document. */
export interface ShardInput {
  html: string;
  /**
   * Documents of one group (a source's lessons) always share a bundle: an edit to a source
   * changes all its lessons, and should make one bundle stale, not two. @default the document alone
   */
  group?: string;
  /** Always starts a new bundle (the site's own pages after the lessons, which change for other reasons). */
  shardStart?: boolean;
  path: string;
}

/**
 * Characters of document HTML a bundle aims at, by corpus size. One Pagefind process indexes
 * about 400,000 characters a second on one core and needs ~1 GB per 4 million. An incremental
 * build indexes again only the bundle holding an edited source, so bundles of a quarter of a
 * million characters make an edit cost well under a second of indexing (at 1,000 speeches a
 * 490,000-character bundle was what the rebuild waited for); the browser merges the bundles only
 * for loose matches (the exact-match index points straight at fragments), and 39 of them kept
 * search at 28 ms (median) with 128 KB for a first query. Larger corpora get bundles of 2 million
 * (39 at 10,000 speeches), so that the browser does not merge hundreds of them; not more: a bundle
 * may grow to twice its target, and one of 8 million characters took its Pagefind process to 2 GB.
 */
export function shardTarget(totalChars: number): number {
  return totalChars <= 16_000_000 ? 250_000 : 2_000_000;
}

/** A bundle ends only once it holds at least this share of the target… */
const MIN_SHARE = 0.5;
/** …and is cut before growing past this multiple of it, whatever the group boundaries say. */
const MAX_SHARE = 2;

/** A number in [0, 1) fixed by `key` alone. */
function uniform(key: string): number {
  return createHash('sha256').update(key).digest().readUInt32BE(0) / 2 ** 32;
}

/**
 * Split `docs` into bundles at group boundaries chosen by the content itself (content-defined
 * chunking): once a bundle holds half the target, a group starts the next one with a
 * probability proportional to its size, drawn from its name alone. Expected bundle size is
 * the target, and a boundary depends only on the groups around it: editing, adding or removing
 * a source moves at most the boundaries next to it, so every other bundle keeps exactly the same
 * documents and an incremental build reuses it. A corpus of at most one target is one bundle.
 * Keeps the order; no bundle is empty (except the single one of no documents).
 */
export function chunkShards<T extends ShardInput>(docs: readonly T[], target?: number): T[][] {
  const total = docs.reduce((sum, d) => sum + d.html.length, 0);
  target ??= shardTarget(total);
  if (total <= target) return [[...docs]];
  const groups: { key: string; docs: T[]; chars: number; start: boolean }[] = [];
  for (const doc of docs) {
    const key = doc.group ?? doc.path;
    const last = groups.at(-1);
    if (last && last.key === key && !doc.shardStart) {
      last.docs.push(doc);
      last.chars += doc.html.length;
    } else groups.push({ key, docs: [doc], chars: doc.html.length, start: doc.shardStart === true });
  }
  const min = target * MIN_SHARE;
  const shards: T[][] = [];
  let current: T[] = [];
  let chars = 0;
  for (const group of groups) {
    const cut =
      current.length > 0 &&
      (group.start || (chars >= min && (uniform(group.key) < group.chars / (target - min) || chars + group.chars > target * MAX_SHARE)));
    if (cut) {
      shards.push(current);
      current = [];
      chars = 0;
    }
    current.push(...group.docs);
    chars += group.chars;
  }
  shards.push(current);
  return shards;
}

/**
 * Split `docs` into `count` runs of consecutive documents of about equal size (a document is
 * never split; no run is empty unless there are fewer documents than runs). Keeps the order.
 * `--search-shards N` uses this to force a number of bundles.
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
