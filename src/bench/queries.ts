import { createRandom } from './prng.ts';
import type { CorpusFile } from './corpus.ts';

/**
 * Draw `count` distinct search queries from the corpus: clauses of 2–6 Chinese characters
 * (the phrases a reader types, such as `监督党员`, `加强作风建设`), picked with a fixed seed.
 */
export function drawQueries(files: readonly CorpusFile[], count: number, seed = 20_260_101): string[] {
  const candidates = new Set<string>();
  const long: string[] = [];
  for (const file of files.slice(0, 200)) {
    const body = file.text.replace(/^---\n[\s\S]*?\n---\n/, '');
    for (const clause of body.split(/[^\p{Script=Han}]+/u)) {
      if (clause.length >= 2 && clause.length <= 6) candidates.add(clause);
      else if (clause.length > 6) long.push(clause);
    }
  }
  // Text without punctuation (the `nobreak` shape) has few short clauses: add phrases from
  // evenly spaced places in the long ones, the end included.
  if (candidates.size < count) for (const clause of long) for (const phrase of spreadPhrases(clause, 4 * count)) candidates.add(phrase);
  const pool = [...candidates].sort();
  const random = createRandom(seed);
  const picked: string[] = [];
  const taken = new Set<number>();
  while (picked.length < Math.min(count, pool.length)) {
    const k = random.int(0, pool.length - 1);
    if (taken.has(k)) continue;
    taken.add(k);
    picked.push(pool[k]!);
  }
  return picked;
}

/** `count` phrases of 2–6 characters from evenly spaced places in `text`, the last one ending it. */
export function spreadPhrases(text: string, count: number): string[] {
  const chars = [...text];
  const out: string[] = [];
  for (let k = 0; k < count; k++) {
    const length = Math.min(chars.length, 2 + (k % 5));
    const start = Math.round(((chars.length - length) * k) / Math.max(1, count - 1));
    out.push(chars.slice(start, start + length).join(''));
  }
  return out;
}
