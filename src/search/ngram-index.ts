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
  /** Occurrences on the page being read, and that page's number. */
  count: number;
  seen: number;
}

const newEntry = (key: string): Entry => ({ key, last: -1, df: 0, bytes: new ByteList(), count: 0, seen: -1 });

/** Options of `buildNgramIndex`. */
export interface NgramOptions {
  /** Aim for buckets of about this many bytes. @default 8192 */
  targetBucketBytes?: number;
}

/**
 * Characters get dense ids so that a pair key (`id1 * SPAN + id2`) stays a small integer, which
 * V8 hashes fastest. A corpus never holds 65,536 distinct characters; if one did, say so.
 */
class CharIds {
  readonly chars: string[] = [];
  private readonly ids = new Map<number, number>();
  id(cp: number): number {
    let id = this.ids.get(cp);
    if (id === undefined) {
      id = this.chars.length;
      if (id >= SPAN) throw new Error('搜索索引：不同字符超过 65536 个');
      this.ids.set(cp, id);
      this.chars.push(String.fromCodePoint(cp));
    }
    return id;
  }
}

const SPAN = 1 << 16;

function toIds(text: string, ids: CharIds): number[] {
  const out: number[] = [];
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    // Fast path for the common case (CJK ideographs, ASCII digits and lower-case letters);
    // everything else goes through the shared normalisation.
    if ((code >= 0x4e00 && code <= 0x9fff) || (code >= 0x30 && code <= 0x39) || (code >= 0x61 && code <= 0x7a)) {
      out.push(ids.id(code));
      continue;
    }
    const cp = text.codePointAt(i)!;
    const ch = String.fromCodePoint(cp);
    if (cp > 0xffff) i++;
    for (const c of normalizedChars(ch)) out.push(ids.id(c.codePointAt(0)!));
  }
  return out;
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
 * slice at a time between other work; `finish` encodes the buckets. Same output as
 * `buildNgramIndex` over the same pages.
 */
export class NgramBuilder {
  private readonly target: number;
  private readonly ids = new CharIds();
  // Single characters by id; pairs by numeric key.
  private readonly singles: Entry[] = [];
  private readonly pairs = new Map<number, Entry>();
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
    const { ids, singles, pairs, others, facetCounts } = this;
    const n = this.lengths.length;
    const text = toIds(page.content, ids);
    this.lengths.push(quantizeLength(text.length));
    this.totalLength += text.length;
    // Count each key's occurrences on this page in the entry itself; `touched` lists the
    // entries seen here, so the page costs one map lookup per pair and no per-page map.
    const touched: Entry[] = [];
    const see = (entry: Entry) => {
      if (entry.seen !== n) {
        entry.seen = n;
        entry.count = 0;
        touched.push(entry);
      }
      entry.count++;
    };
    for (let i = 0; i < text.length; i++) {
      const a = text[i]!;
      see((singles[a] ??= newEntry('')));
      if (i + 1 < text.length) {
        const key = a * SPAN + text[i + 1]!;
        let entry = pairs.get(key);
        if (!entry) pairs.set(key, (entry = newEntry('')));
        see(entry);
      }
    }
    const title = toIds(page.title, ids);
    const inTitle = new Set<Entry>();
    for (let i = 0; i < title.length; i++) {
      const single = singles[title[i]!];
      if (single?.seen === n) inTitle.add(single);
      const pair = i + 1 < title.length ? pairs.get(title[i]! * SPAN + title[i + 1]!) : undefined;
      if (pair?.seen === n) inTitle.add(pair);
    }
    for (const entry of touched) this.append(entry, n, entry.count, inTitle.has(entry));
    for (const [name, values] of Object.entries(page.filters)) {
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
    const { ids, singles, pairs, others, facetCounts, target } = this;
    const entries: Entry[] = [...others.values()];
    singles.forEach((entry, id) => {
      entry.key = ids.chars[id]!;
      entries.push(entry);
    });
    for (const [key, entry] of pairs) {
      entry.key = ids.chars[Math.floor(key / SPAN)]! + ids.chars[key % SPAN]!;
      entries.push(entry);
    }
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
