import { fnv1a } from '../../shared/hash.ts';

/**
 * Which bank file holds a question. The build (src/build/quiz-files.ts) and the browser both
 * call these, so a question is always looked for where it was written. Pure: no DOM, no Node.
 */

/** Questions per shard file the build aims for (a daily set then costs a few small fetches). */
export const QUESTIONS_PER_SHARD = 64;

/** More than 16^4 = 65,536 shard files would hurt deployments more than large shards would. */
const MAX_DIGITS = 4;

export { fnv1a };

/** How many hex digits of the hash name a shard, so shards hold about `perShard` questions. */
export function shardDigits(count: number, perShard: number = QUESTIONS_PER_SHARD): number {
  let digits = 0;
  while (digits < MAX_DIGITS && count / 16 ** digits > perShard) digits++;
  return digits;
}

/** The shard (hash prefix, or `all` when there is one shard) that holds question `id`. */
export function shardOf(id: string, digits: number): string {
  if (digits <= 0) return 'all';
  return fnv1a(id).toString(16).padStart(8, '0').slice(0, digits);
}

/** Site-relative path of a shard file, without the base: `quiz/bank/3f.json`. */
export function shardPath(shard: string): string {
  return `quiz/bank/${shard}.json`;
}

/** Group ids by shard, keeping the ids' order within each group and the groups' first-seen order. */
export function groupByShard(ids: readonly string[], digits: number): Map<string, string[]> {
  const groups = new Map<string, string[]>();
  for (const id of ids) {
    const shard = shardOf(id, digits);
    const list = groups.get(shard);
    if (list) list.push(id);
    else groups.set(shard, [id]);
  }
  return groups;
}
