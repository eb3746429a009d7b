import { normalizedChars } from './normalize.ts';
import {
  bucketOf,
  encodeBucket,
  filterKey,
  fingerprintOf,
  quantizeLength,
  writePosting,
  type NgramFacets,
} from './ngram-format.ts';

/** A page as Pagefind indexed it (from its fragment). */
export interface IndexedPage {
  /** The page's URL as Pagefind records it; its position in the list is its page number. */
  url: string;
  /** The indexed text (Pagefind's `content`, zero-width spaces removed). */
  content: string;
  title: string;
  filters: Record<string, string[]>;
}

/** The helper index before its files are named. */
export interface NgramIndex {
  buckets: Uint8Array[];
  lengths: Uint8Array;
  avgLength: number;
  facets: NgramFacets;
  /** Number of distinct keys and postings, for the size report. */
  keys: number;
  postings: number;
}

interface Entry {
  key: string;
  last: number;
  df: number;
  bytes: number[];
}

/** Options of `buildNgramIndex`. */
export interface NgramOptions {
  /** Aim for buckets of about this many bytes. @default 12288 */
  targetBucketBytes?: number;
}

const PLANE = 0x110000;

/** Numeric key of a single code point or an adjacent pair (faster than string keys). */
function gramKey(a: number, b: number | undefined): number {
  return b === undefined ? a : (a + 1) * PLANE + b;
}

function gramString(key: number): string {
  if (key < PLANE) return String.fromCodePoint(key);
  const a = Math.floor(key / PLANE) - 1;
  return String.fromCodePoint(a) + String.fromCodePoint(key % PLANE);
}

/**
 * Build the exact-match helper index over pages in page-number order. Linear in the text:
 * one pass per page, postings appended in page order.
 */
export function buildNgramIndex(pages: readonly IndexedPage[], options: NgramOptions = {}): NgramIndex {
  const target = options.targetBucketBytes ?? 12288;
  const grams = new Map<number, Entry>();
  const others = new Map<string, Entry>();
  const lengths = new Uint8Array(pages.length);
  const facetCounts = new Map<string, Map<string, number>>();
  let totalLength = 0;
  let postings = 0;

  const append = (entry: Entry, page: number, count: number, inTitle: boolean) => {
    writePosting(entry.bytes, page - entry.last, count, inTitle);
    entry.last = page;
    entry.df++;
    postings++;
  };

  pages.forEach((page, n) => {
    const cps = normalizedChars(page.content).map((c) => c.codePointAt(0)!);
    lengths[n] = quantizeLength(cps.length);
    totalLength += cps.length;
    const counts = new Map<number, number>();
    for (let i = 0; i < cps.length; i++) {
      const a = cps[i]!;
      const uni = gramKey(a, undefined);
      counts.set(uni, (counts.get(uni) ?? 0) + 1);
      const b = cps[i + 1];
      if (b !== undefined) {
        const bi = gramKey(a, b);
        counts.set(bi, (counts.get(bi) ?? 0) + 1);
      }
    }
    const titleCps = normalizedChars(page.title).map((c) => c.codePointAt(0)!);
    const inTitle = new Set<number>();
    for (let i = 0; i < titleCps.length; i++) {
      inTitle.add(gramKey(titleCps[i]!, undefined));
      if (i + 1 < titleCps.length) inTitle.add(gramKey(titleCps[i]!, titleCps[i + 1]!));
    }
    for (const [key, count] of counts) {
      let entry = grams.get(key);
      if (!entry) {
        entry = { key: '', last: -1, df: 0, bytes: [] };
        grams.set(key, entry);
      }
      append(entry, n, count, inTitle.has(key));
    }
    for (const [name, values] of Object.entries(page.filters)) {
      let counted = facetCounts.get(name);
      if (!counted) facetCounts.set(name, (counted = new Map()));
      for (const value of new Set(values)) {
        counted.set(value, (counted.get(value) ?? 0) + 1);
        const key = filterKey(name, value);
        let entry = others.get(key);
        if (!entry) others.set(key, (entry = { key, last: -1, df: 0, bytes: [] }));
        append(entry, n, 1, false);
      }
    }
  });

  const entries: Entry[] = [...others.values()];
  for (const [key, entry] of grams) {
    entry.key = gramString(key);
    entries.push(entry);
  }
  let total = 0;
  for (const e of entries) total += e.bytes.length + 6;
  let bucketCount = 1;
  while (total / bucketCount > target && bucketCount < 1 << 16) bucketCount *= 2;

  const grouped: { fingerprint: number; key: string; df: number; bytes: number[] }[][] = Array.from({ length: bucketCount }, () => []);
  for (const e of entries) {
    grouped[bucketOf(e.key, bucketCount)]!.push({ fingerprint: fingerprintOf(e.key), key: e.key, df: e.df, bytes: e.bytes });
  }
  const buckets = grouped.map((list) => {
    list.sort((a, b) => a.fingerprint - b.fingerprint || (a.key < b.key ? -1 : a.key > b.key ? 1 : 0));
    return encodeBucket(list);
  });

  const facets: NgramFacets = {};
  for (const name of [...facetCounts.keys()].sort()) {
    facets[name] = [...facetCounts.get(name)!].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0));
  }
  return {
    buckets,
    lengths,
    avgLength: pages.length > 0 ? Math.round(totalLength / pages.length) : 0,
    facets,
    keys: entries.length,
    postings,
  };
}
