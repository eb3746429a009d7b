import { gunzipSync } from 'node:zlib';

/** The part of a Pagefind fragment the helper index reads. */
export interface PagefindFragment {
  /** Where the browser finds it: `<file>` or `<group file>#<key>` (see `PageTable`). */
  ref: string;
  url: string;
  /** The indexed text, zero-width spaces removed. */
  content: string;
  meta: Record<string, string>;
  filters: Record<string, string[]>;
}

const SIGNATURE = 'pagefind_dcd';

interface RawFragment {
  url: string;
  content: string;
  meta?: Record<string, string>;
  filters?: Record<string, string[]>;
}

/** Decode the JSON inside a `.pf_fragment` file (gzip of a signature and JSON). */
export function readFragmentJson(bytes: Uint8Array): unknown {
  let data = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  if (data.subarray(0, SIGNATURE.length).toString('latin1') !== SIGNATURE) data = gunzipSync(data);
  if (data.subarray(0, SIGNATURE.length).toString('latin1') !== SIGNATURE) throw new Error('Pagefind 片段缺少签名');
  return JSON.parse(data.subarray(SIGNATURE.length).toString('utf8'));
}

/** The fragments in `fragment/<file>.pf_fragment`: one page, or a group of pages by key. */
export function decodeFragmentFile(file: string, bytes: Uint8Array): PagefindFragment[] {
  const json = readFragmentJson(bytes) as RawFragment | Record<string, RawFragment>;
  const entries: [string, RawFragment][] =
    typeof json.url === 'string' ? [[file, json as RawFragment]] : Object.entries(json as Record<string, RawFragment>).map(([k, f]) => [`${file}#${k}`, f]);
  // Pagefind separates segmented words with zero-width spaces; its browser code strips them too.
  return entries.map(([ref, f]) => ({ ref, url: f.url, content: f.content.replace(/\u200B/g, ''), meta: f.meta ?? {}, filters: f.filters ?? {} }));
}
