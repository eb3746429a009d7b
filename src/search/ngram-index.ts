import { KeyTable } from './key-table.ts';
import { normalizedChars } from './normalize.ts';
import {
  ByteList,
  bucketOf,
  encodeBucket,
  filterKey,
  fingerprintOf,
  quantizeLength,
  writePosting,
  type NgramFacets,
} from './ngram-format.ts';

/** A page as Pagefind indexes it (see document-text.ts; the same as its fragment says). */
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
  /** Last page a posting was written for. */
  last: number;
  df: number;
  bytes: ByteList;
}

const newEntry = (key: string): Entry => ({ key, last: -1, df: 0, bytes: new ByteList() });

/** Options of `buildNgramIndex`. */
export interface NgramOptions {
  /** Aim for buckets of about this many bytes. @default 8192 */
  targetBucketBytes?: number;
}

/**
 * What the helper index keeps of one page: its distinct keys with their counts, its length and
 * its filters. A summary depends on the page alone, so an incremental build keeps those of
 * unchanged pages (see page-summaries.ts) and only appends them.
 */
export interface PageSummary {
  /** Normalised characters on the page. */
  length: number;
  filters: Record<string, string[]>;
  /** Distinct keys: a character's code point, or a pair's (see `pairKey`). */
  keys: Float64Array;
  /** Per key: occurrences × 2, plus 1 when the key is also in the title. */
  counts: Uint32Array;
}

/** Code points are below this; a pair's key is (first + 1) × PAIR + second, never a single's. */
const PAIR = 0x110000;

/** The key of a pair of characters (code points). */
function pairKey(a: number, b: number): number {
  return (a + 1) * PAIR + b;
}

/** The text of a key. */
function keyText(key: number): string {
  if (key < PAIR) return String.fromCodePoint(key);
  const second = key % PAIR;
  return String.fromCodePoint((key - second) / PAIR - 1) + String.fromCodePoint(second);
}

/** The normalised code points of a text. */
function codePoints(text: string): number[] {
  const out: number[] = [];
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    // Fast path for the common case (CJK ideographs, ASCII digits and lower-case letters);
    // everything else goes through the shared normalisation.
    if ((code >= 0x4e00 && code <= 0x9fff) || (code >= 0x30 && code <= 0x39) || (code >= 0x61 && code <= 0x7a)) {
      out.push(code);
      continue;
    }
    const cp = text.codePointAt(i)!;
    const ch = String.fromCodePoint(cp);
    if (cp > 0xffff) i++;
    for (const c of normalizedChars(ch)) out.push(c.codePointAt(0)!);
  }
  return out;
}

// One table for every page summarised in this process, cleared between pages.
const pageKeys = new KeyTable(4096);

/** Summarise a page: every character and every pair of adjacent characters, counted. */
export function summarizePage(page: IndexedPage): PageSummary {
  const text = codePoints(page.content);
  const table = pageKeys;
  table.clear();
  const counts: number[] = [];
  const see = (key: number) => {
    const at = table.index(key);
    if (at === counts.length) counts.push(2);
    else counts[at]! += 2;
  };
  for (let i = 0; i < text.length; i++) {
    see(text[i]!);
    if (i + 1 < text.length) see(pairKey(text[i]!, text[i + 1]!));
  }
  // A key of the title counts as in the title only where the page's text has it too.
  const title = codePoints(page.title);
  const mark = (key: number) => {
    const at = table.find(key);
    if (at >= 0) counts[at]! |= 1;
  };
  for (let i = 0; i < title.length; i++) {
    mark(title[i]!);
    if (i + 1 < title.length) mark(pairKey(title[i]!, title[i + 1]!));
  }
  return { length: text.length, filters: page.filters, keys: Float64Array.from(table.list), counts: Uint32Array.from(counts) };
}

/**
 * Build the exact-match helper index over pages in page-number order. Linear in the text:
 * one pass per page, postings appended in page order.
 */
export function buildNgramIndex(pages: readonly IndexedPage[], options: NgramOptions = {}): NgramIndex {
  const builder = new NgramBuilder(options);
  for (const page of pages) builder.add(page);
  return builder.finish();
}

/**
 * The helper index built page by page (in page-number order), so that a caller can build it a
 * slice at a time between other work, or from summaries kept from an earlier build
 * (`addSummary`); `finish` encodes the buckets. Same output as `buildNgramIndex` over the same
 * pages.
 */
export class NgramBuilder {
  private readonly target: number;
  // Characters and pairs by numeric key (an index into `keyed`), filter values by text.
  private readonly table = new KeyTable(1 << 16);
  private readonly keyed: Entry[] = [];
  private readonly others = new Map<string, Entry>();
  private readonly lengths: number[] = [];
  private readonly facetCounts = new Map<string, Map<string, number>>();
  private totalLength = 0;
  private postings = 0;

  constructor(options: NgramOptions = {}) {
    this.target = options.targetBucketBytes ?? 8192;
  }

  /** Pages added so far. */
  get pages(): number {
    return this.lengths.length;
  }

  /** Add the next page (number `pages`). */
  add(page: IndexedPage): void {
    this.addSummary(summarizePage(page));
  }

  /** Add the next page (number `pages`) from its summary. */
  addSummary(summary: PageSummary): void {
    const { table, keyed, others, facetCounts } = this;
    const n = this.lengths.length;
    this.lengths.push(quantizeLength(summary.length));
    this.totalLength += summary.length;
    const { keys, counts } = summary;
    for (let i = 0; i < keys.length; i++) {
      const at = table.index(keys[i]!);
      const entry = at < keyed.length ? keyed[at]! : (keyed[at] = newEntry(''));
      const c = counts[i]!;
      this.append(entry, n, c >>> 1, (c & 1) === 1);
    }
    for (const [name, values] of Object.entries(summary.filters)) {
      let counted = facetCounts.get(name);
      if (!counted) facetCounts.set(name, (counted = new Map()));
      for (const value of new Set(values)) {
        counted.set(value, (counted.get(value) ?? 0) + 1);
        const key = filterKey(name, value);
        let entry = others.get(key);
        if (!entry) others.set(key, (entry = newEntry(key)));
        this.append(entry, n, 1, false);
      }
    }
  }

  private append(entry: Entry, page: number, count: number, inTitle: boolean): void {
    writePosting(entry.bytes, page - entry.last, count, inTitle);
    entry.last = page;
    entry.df++;
    this.postings++;
  }

  /** Encode the buckets, facets and lengths of the pages added. */
  finish(): NgramIndex {
    const { table, keyed, others, facetCounts, target } = this;
    const entries: Entry[] = [...others.values()];
    keyed.forEach((entry, at) => {
      entry.key = keyText(table.list[at]!);
      entries.push(entry);
    });
    let total = 0;
    for (const e of entries) total += e.bytes.length + 6;
    let bucketCount = 1;
    while (total / bucketCount > target && bucketCount < 1 << 16) bucketCount *= 2;

    const grouped: { fingerprint: number; key: string; df: number; bytes: Uint8Array }[][] = Array.from({ length: bucketCount }, () => []);
    for (const e of entries) {
      grouped[bucketOf(e.key, bucketCount)]!.push({ fingerprint: fingerprintOf(e.key), key: e.key, df: e.df, bytes: e.bytes.view() });
    }
    const buckets = grouped.map((list) => {
      list.sort((a, b) => a.fingerprint - b.fingerprint || (a.key < b.key ? -1 : a.key > b.key ? 1 : 0));
      return encodeBucket(list);
    });

    const facets: NgramFacets = {};
    for (const name of [...facetCounts.keys()].sort()) {
      facets[name] = [...facetCounts.get(name)!].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0));
    }
    const pages = this.lengths.length;
    return {
      buckets,
      lengths: Uint8Array.from(this.lengths),
      avgLength: pages > 0 ? Math.round(this.totalLength / pages) : 0,
      facets,
      keys: entries.length,
      postings: this.postings,
    };
  }
}
