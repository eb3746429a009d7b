/**
 * The on-disk format of the exact-match helper index (`ngram/` in the built site), shared by the
 * build that writes it and the browser that reads it. Pure: no Node or DOM APIs.
 *
 * Every single character and every pair of adjacent characters of a page's normalised text
 * (see normalize.ts) is a key; a key's postings list every page that contains it, with the number
 * of occurrences and whether it occurs in the title. Keys are hashed into a fixed number of
 * bucket files, so a query fetches one small bucket per key it needs and nothing else. Filter
 * values (`专题`, `来源`…) are keys too, so filtering exact matches needs no other file.
 *
 * Bucket file: varint keyCount; per key (sorted by fingerprint) a 3-byte big-endian fingerprint,
 * varint document frequency, varint byte length; then the postings of each key in that order.
 * A posting is varint(gap * 4 + inTitle * 2 + (count > 1)), then varint(count - 2) when count > 1,
 * where gap is the distance from the previous page number (the first counts from -1).
 */

/** Version of the format; the client refuses other versions. */
export const NGRAM_FORMAT = 3;

/** Pages per page-table file. */
export const PAGES_PER_TABLE = 128;

/**
 * `ngram/meta.json`: what the client loads before its first exact lookup. The other files live
 * in `ngram/<version>/`: buckets `b<i>.bin`, page tables `p<k>.json`, facets `facets.json`.
 */
export interface NgramMeta {
  format: typeof NGRAM_FORMAT;
  /** Content hash of the index; names the folder of its files. */
  version: string;
  /** Number of indexed pages, numbered 0…pages-1 in URL order. */
  pages: number;
  /**
   * Number of Pagefind bundles: the main one in `pagefind/` and, for a large site, shards
   * `pagefind/s1/`…`pagefind/s<bundles-1>/` that the browser merges into it.
   */
  bundles: number;
  /** Number of bucket files (a power of two); a key lives in `b<bucketOf(key)>.bin`. */
  buckets: number;
  /** One byte per page: its normalised length, log-quantised (see `quantizeLength`). */
  lengths: string;
  /** Mean normalised page length, in characters. */
  avgLength: number;
}

/**
 * `ngram/<version>/p<k>.json`: for pages k*PAGES_PER_TABLE…, the Pagefind fragment that holds
 * each page: `"<file>"` (`pagefind/fragment/<file>.pf_fragment`) or `"<file>#<k>"` for lesson k
 * of a grouped document (src/search/page-groups.ts); a page of shard k > 0 has `s<k>/` before the file
 * (`pagefind/s<k>/fragment/<file>.pf_fragment`).
 */
export type PageTable = string[];

/** Where a page-table ref lives: the fragment file's path under `pagefind/` and, for a lesson of a grouped document, its index there. */
export function fragmentOfRef(ref: string): { path: string; key: string | undefined } {
  const [file, key] = ref.split('#') as [string, string | undefined];
  const slash = file.lastIndexOf('/');
  return { path: `${file.slice(0, slash + 1)}fragment/${file.slice(slash + 1)}.pf_fragment`, key };
}

/** The folder under `pagefind/` of each bundle to merge into the main one: `s1/`…`s<bundles-1>/`. */
export function mergedBundles(bundles: number): string[] {
  return Array.from({ length: Math.max(0, bundles - 1) }, (_, i) => `s${i + 1}/`);
}

/** `ngram/<version>/facets.json`: each filter's values with how many pages carry them. */
export type NgramFacets = Record<string, [value: string, pages: number][]>;

/** The key of a filter value in the index. */
export function filterKey(name: string, value: string): string {
  return `\u0001${name}\u0001${value}`;
}

function fmix32(h: number): number {
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  h ^= h >>> 16;
  return h >>> 0;
}

function fnv(key: string, seed: number): number {
  let h = seed;
  for (let i = 0; i < key.length; i++) {
    h ^= key.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return fmix32(h);
}

/** The bucket holding a key, for a power-of-two bucket count. */
export function bucketOf(key: string, bucketCount: number): number {
  return fnv(key, 0x811c9dc5) & (bucketCount - 1);
}

/** A 24-bit fingerprint of a key, independent of its bucket. Collisions only add candidates. */
export function fingerprintOf(key: string): number {
  return fnv(key, 0x9747b28c) >>> 8;
}

/** Quantise a length to one byte on a log scale (relative error about 4 %). */
export function quantizeLength(length: number): number {
  return Math.min(255, Math.round(Math.log2(1 + length) * 16));
}

/** The approximate length a quantised byte stands for. */
export function dequantizeLength(q: number): number {
  return Math.max(0, 2 ** (q / 16) - 1);
}

/** Where varints are written: a plain array, or a `ByteList`. */
export interface ByteSink {
  push(byte: number): unknown;
}

/**
 * Bytes appended one at a time into a buffer that doubles as it fills: a posting list as a plain
 * array costs eight bytes per byte, which at 10,000 speeches was most of a gigabyte.
 */
export class ByteList implements ByteSink {
  private buffer = new Uint8Array(8);
  length = 0;

  push(byte: number): void {
    if (this.length === this.buffer.length) {
      const grown = new Uint8Array(this.buffer.length * 2);
      grown.set(this.buffer);
      this.buffer = grown;
    }
    this.buffer[this.length++] = byte;
  }

  /** The bytes written so far (a view, not a copy). */
  view(): Uint8Array {
    return this.buffer.subarray(0, this.length);
  }
}

/** Append an unsigned LEB128 varint (safe up to 2^53). */
export function writeVarint(out: ByteSink, value: number): void {
  let v = value;
  while (v >= 0x80) {
    out.push((v % 0x80) | 0x80);
    v = Math.floor(v / 0x80);
  }
  out.push(v);
}

/** Read a varint at `pos.at`, advancing it. */
export function readVarint(bytes: Uint8Array, pos: { at: number }): number {
  let value = 0;
  let scale = 1;
  for (;;) {
    const b = bytes[pos.at++];
    if (b === undefined) throw new Error('ngram: truncated varint');
    value += (b & 0x7f) * scale;
    if (b < 0x80) return value;
    scale *= 0x80;
  }
}

/** Append one posting to a key's byte list. */
export function writePosting(out: ByteSink, gap: number, count: number, inTitle: boolean): void {
  writeVarint(out, gap * 4 + (inTitle ? 2 : 0) + (count > 1 ? 1 : 0));
  if (count > 1) writeVarint(out, count - 2);
}

/** Decoded postings of one key: parallel arrays, pages ascending. */
export interface Postings {
  pages: number[];
  counts: number[];
  inTitle: boolean[];
}

/** Decode `df` postings starting at `offset`. */
export function readPostings(bytes: Uint8Array, offset: number, df: number): Postings {
  const pos = { at: offset };
  const out: Postings = { pages: [], counts: [], inTitle: [] };
  let page = -1;
  for (let i = 0; i < df; i++) {
    const v = readVarint(bytes, pos);
    const flags = v % 4;
    page += (v - flags) / 4;
    out.pages.push(page);
    out.inTitle.push((flags & 2) !== 0);
    out.counts.push(flags & 1 ? readVarint(bytes, pos) + 2 : 1);
  }
  return out;
}

/** One key's entry in a bucket's header. */
export interface BucketEntry {
  fingerprint: number;
  df: number;
  offset: number;
  length: number;
}

/** Encode a bucket from entries sorted by fingerprint, each with its posting bytes. */
export function encodeBucket(entries: { fingerprint: number; df: number; bytes: ArrayLike<number> }[]): Uint8Array {
  const head: number[] = [];
  writeVarint(head, entries.length);
  let body = 0;
  for (const e of entries) {
    head.push((e.fingerprint >>> 16) & 0xff, (e.fingerprint >>> 8) & 0xff, e.fingerprint & 0xff);
    writeVarint(head, e.df);
    writeVarint(head, e.bytes.length);
    body += e.bytes.length;
  }
  const out = new Uint8Array(head.length + body);
  out.set(head, 0);
  let at = head.length;
  for (const e of entries) {
    out.set(e.bytes, at);
    at += e.bytes.length;
  }
  return out;
}

/** Decode a bucket's header: entries by fingerprint (several when fingerprints collide). */
export function decodeBucket(bytes: Uint8Array): Map<number, BucketEntry[]> {
  const pos = { at: 0 };
  const count = readVarint(bytes, pos);
  const entries: BucketEntry[] = [];
  for (let i = 0; i < count; i++) {
    const fingerprint = (bytes[pos.at]! << 16) | (bytes[pos.at + 1]! << 8) | bytes[pos.at + 2]!;
    pos.at += 3;
    const df = readVarint(bytes, pos);
    const length = readVarint(bytes, pos);
    entries.push({ fingerprint, df, offset: 0, length });
  }
  let offset = pos.at;
  const map = new Map<number, BucketEntry[]>();
  for (const e of entries) {
    e.offset = offset;
    offset += e.length;
    const list = map.get(e.fingerprint);
    if (list) list.push(e);
    else map.set(e.fingerprint, [e]);
  }
  return map;
}

/** Postings of a key in a decoded bucket; colliding entries are merged (a superset is safe). */
export function lookupKey(bytes: Uint8Array, header: Map<number, BucketEntry[]>, key: string): Postings {
  const entries = header.get(fingerprintOf(key)) ?? [];
  const lists = entries.map((e) => readPostings(bytes, e.offset, e.df));
  if (lists.length === 1) return lists[0]!;
  const merged = new Map<number, { count: number; inTitle: boolean }>();
  for (const l of lists) {
    l.pages.forEach((p, i) => {
      const prev = merged.get(p);
      merged.set(p, { count: Math.max(prev?.count ?? 0, l.counts[i]!), inTitle: (prev?.inTitle ?? false) || l.inTitle[i]! });
    });
  }
  const out: Postings = { pages: [], counts: [], inTitle: [] };
  for (const p of [...merged.keys()].sort((a, b) => a - b)) {
    out.pages.push(p);
    out.counts.push(merged.get(p)!.count);
    out.inTitle.push(merged.get(p)!.inTitle);
  }
  return out;
}

/**
 * The index keys an exact lookup of a normalised term needs: the term itself when it is one
 * character, else its adjacent pairs — at most `max`, spread over the term, since each costs a
 * bucket download and a few pairs already leave almost no false candidates (which the page
 * text rules out anyway).
 */
export function keysForTerm(term: string, max = 4): string[] {
  const cps = [...term];
  if (cps.length === 0) return [];
  if (cps.length === 1) return [cps[0]!];
  const pairs: string[] = [];
  for (let i = 0; i + 1 < cps.length; i++) pairs.push(cps[i]! + cps[i + 1]!);
  if (pairs.length <= max) return [...new Set(pairs)];
  const picked = new Set<string>();
  for (let k = 0; k < max; k++) picked.add(pairs[Math.round((k * (pairs.length - 1)) / (max - 1))]!);
  return [...picked];
}
