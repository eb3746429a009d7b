import { dequantizeLength, type Postings } from './ngram-format.ts';

/**
 * Intersect postings: pages in every list, with the smallest count (an upper bound on how often
 * a longer term occurs) and "in title" only when every list says so.
 */
export function intersectPostings(lists: readonly Postings[]): Postings {
  if (lists.length === 0) return { pages: [], counts: [], inTitle: [] };
  // Start from the shortest list: the intersection can only shrink.
  const sorted = [...lists].sort((a, b) => a.pages.length - b.pages.length);
  let acc: Postings = sorted[0]!;
  for (const other of sorted.slice(1)) {
    const next: Postings = { pages: [], counts: [], inTitle: [] };
    let j = 0;
    for (let i = 0; i < acc.pages.length; i++) {
      const p = acc.pages[i]!;
      while (j < other.pages.length && other.pages[j]! < p) j++;
      if (j >= other.pages.length) break;
      if (other.pages[j] === p) {
        next.pages.push(p);
        next.counts.push(Math.min(acc.counts[i]!, other.counts[j]!));
        next.inTitle.push(acc.inTitle[i]! && other.inTitle[j]!);
      }
    }
    acc = next;
  }
  return acc;
}

/** What ranking needs to know about the corpus. */
export interface CorpusStats {
  pages: number;
  avgLength: number;
  /** Quantised page lengths (see `quantizeLength`). */
  lengths: Uint8Array;
}

const K1 = 1.2;
const B = 0.75;
// A term in the title counts like this many extra BM25 "saturated" occurrences.
const TITLE_BOOST = 1.5;

/**
 * Rank the pages that contain every term (BM25 over the terms' occurrence counts, plus a title
 * boost); `allowed` restricts to filtered pages. Ties go to the lower page number, so the order
 * is the same on every run.
 */
export function rankExact(perTerm: readonly Postings[], stats: CorpusStats, allowed?: ReadonlySet<number> | null): number[] {
  if (perTerm.length === 0) return [];
  const scores = new Map<number, number>();
  const common = new Set(intersectPostings(perTerm).pages);
  for (const term of perTerm) {
    const df = term.pages.length;
    const idf = Math.log(1 + (stats.pages - df + 0.5) / (df + 0.5));
    term.pages.forEach((page, i) => {
      if (!common.has(page) || (allowed && !allowed.has(page))) return;
      const len = dequantizeLength(stats.lengths[page] ?? 0);
      const tf = term.counts[i]!;
      const norm = 1 - B + (B * len) / Math.max(1, stats.avgLength);
      const score = idf * ((tf * (K1 + 1)) / (tf + K1 * norm) + (term.inTitle[i] ? TITLE_BOOST : 0));
      scores.set(page, (scores.get(page) ?? 0) + score);
    });
  }
  return [...scores].sort((a, b) => b[1] - a[1] || a[0] - b[0]).map(([page]) => page);
}

/**
 * Rank pages sharing part of a query that no page contains whole: each key (character pair)
 * weighs its rarity; pages holding at least `minCover` of the total weight qualify, best
 * covered first, then by occurrences. Linear in the keys' postings.
 */
export function rankPartial(
  perKey: readonly Postings[],
  stats: CorpusStats,
  options: { exclude?: ReadonlySet<number>; allowed?: ReadonlySet<number> | null; minCover?: number; limit?: number } = {},
): number[] {
  const minCover = options.minCover ?? 0.5;
  const weights = perKey.map((k) => Math.log(1 + (stats.pages - k.pages.length + 0.5) / (k.pages.length + 0.5)));
  const total = weights.reduce((a, b) => a + b, 0);
  if (perKey.length < 2 || total <= 0) return [];
  const cover = new Map<number, number>();
  const occurrences = new Map<number, number>();
  perKey.forEach((key, k) => {
    key.pages.forEach((page, i) => {
      if (options.exclude?.has(page) || (options.allowed && !options.allowed.has(page))) return;
      cover.set(page, (cover.get(page) ?? 0) + weights[k]!);
      occurrences.set(page, (occurrences.get(page) ?? 0) + Math.min(key.counts[i]!, 3) * weights[k]!);
    });
  });
  return [...cover]
    .filter(([, c]) => c >= minCover * total)
    .sort((a, b) => b[1] - a[1] || occurrences.get(b[0])! - occurrences.get(a[0])! || a[0] - b[0])
    .slice(0, options.limit ?? 100)
    .map(([page]) => page);
}
