/**
 * The question bank as the browser sees it: an id index and shard files fetched on demand
 * (src/build/quiz-files.ts writes them), so no page ever downloads the whole bank.
 * Browser-only (fetch, import.meta.env).
 */
import type { Question } from '../../shared/types.ts';
import type { ThemeTotals } from '../record/record.ts';
import { groupByShard, shardPath } from './shard.ts';

/** `quiz/bank/index.json`. */
export interface BankIndex {
  v: 1;
  /** Hex digits of the shard names (see shard.ts). */
  digits: number;
  count: number;
  /** Every question id, in bank order. */
  ids: string[];
}

/** The deployment base with a trailing slash (`/` or `/xuexi/`). */
export function siteBase(): string {
  return import.meta.env.BASE_URL.replace(/\/?$/, '/');
}

/** A site-relative URL (`/lessons/x/#p3`) with the deployment base. */
export function siteHref(url: string): string {
  return siteBase() + url.replace(/^\//, '');
}

const cache = new Map<string, Promise<unknown>>();

/** Fetch a JSON file of the site once per page. */
function getJson<T>(path: string): Promise<T> {
  let pending = cache.get(path);
  if (!pending) {
    pending = fetch(siteBase() + path, { credentials: 'same-origin' }).then((res) => {
      if (!res.ok) throw new Error(`${path}: HTTP ${res.status}`);
      return res.json() as Promise<unknown>;
    });
    // A failed fetch may succeed when retried (network back): do not cache the failure.
    pending.catch(() => cache.delete(path));
    cache.set(path, pending);
  }
  return pending as Promise<T>;
}

/** The id index (every question id; large for a large bank — only daily and exam need it). */
export function loadIndex(): Promise<BankIndex> {
  return getJson<BankIndex>('quiz/bank/index.json');
}

/** Theme sizes for the record page. */
export function loadThemeTotals(): Promise<ThemeTotals[]> {
  return getJson<ThemeTotals[]>('quiz/themes.json');
}

/**
 * The questions with these ids, in the order given, fetching only the shards that hold them.
 * Ids no longer in the bank (content changed since they were recorded) come back in `missing`.
 */
export async function loadQuestions(ids: readonly string[], digits: number): Promise<{ questions: Question[]; missing: string[] }> {
  const byId = new Map<string, Question>();
  await Promise.all(
    [...groupByShard(ids, digits).keys()].map(async (shard) => {
      for (const q of await getJson<Question[]>(shardPath(shard))) byId.set(q.id, q);
    }),
  );
  const questions: Question[] = [];
  const missing: string[] = [];
  for (const id of ids) {
    const q = byId.get(id);
    if (q) questions.push(q);
    else missing.push(id);
  }
  return { questions, missing };
}
