import { createRandom } from './prng.ts';
import type { CorpusFile } from './corpus.ts';

/**
 * Draw `count` distinct search queries from the corpus: clauses of 2–6 Chinese characters
 * (the phrases a reader types, such as `监督党员`, `加强作风建设`), picked with a fixed seed.
 */
export function drawQueries(files: readonly CorpusFile[], count: number, seed = 20_260_101): string[] {
  const candidates = new Set<string>();
  for (const file of files.slice(0, 200)) {
    const body = file.text.replace(/^---\n[\s\S]*?\n---\n/, '');
    for (const clause of body.split(/[^\p{Script=Han}]+/u)) {
      if (clause.length >= 2 && clause.length <= 6) candidates.add(clause);
    }
  }
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
