/** Which questions a quiz shows. Pure: no DOM, no Node. */
import { own, type StudyRecord } from '../record/record.ts';

/**
 * The next practice set of a theme: questions last answered wrong first, then those never
 * answered, then the rest by fewest right answers — each group in bank order, so the set is
 * predictable and a member who keeps practising works through the whole theme.
 */
export function nextPracticeSet(ids: readonly string[], record: StudyRecord, size: number): string[] {
  const rank = (id: string): number => {
    const entry = own(record.answers, id);
    if (!entry) return 1;
    if (entry.r === 0) return 0;
    return 2 + entry.k;
  };
  return ids
    .map((id, i) => ({ id, i, r: rank(id) }))
    .sort((a, b) => a.r - b.r || a.i - b.i)
    .slice(0, size)
    .map((x) => x.id);
}

/** `size` distinct ids drawn at random (partial Fisher–Yates); all of them when there are fewer. */
export function randomSample(ids: readonly string[], size: number, random: () => number = Math.random): string[] {
  const pool = ids.slice();
  const n = Math.min(size, pool.length);
  for (let i = 0; i < n; i++) {
    const j = i + Math.min(pool.length - i - 1, Math.floor(random() * (pool.length - i)));
    const tmp = pool[i]!;
    pool[i] = pool[j]!;
    pool[j] = tmp;
  }
  return pool.slice(0, n);
}
