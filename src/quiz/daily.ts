/** The daily questions: the same few for everyone on a date. Browser-safe: no Node imports. */
import { hash53 } from './random.ts';

/**
 * `n` question ids for `date` (YYYY-MM-DD), the same for everyone that day and independent of
 * the order of `allIds`. Each id gets a score hashed from the date and the id; the lowest
 * scores win (so adding a question changes at most one of the day's picks).
 */
export function dailyQuestionIds(allIds: readonly string[], date: string, n = 5): string[] {
  if (!/^\d{4}-\d{2}-\d{2}$/u.test(date)) throw new TypeError(`date must be YYYY-MM-DD, got ${JSON.stringify(date)}`);
  const scored = [...new Set(allIds)].map((id) => ({ id, score: hash53(`${date}\u0000${id}`) }));
  scored.sort((a, b) => a.score - b.score || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  return scored.slice(0, Math.max(0, n)).map((s) => s.id);
}
