import { gunzipSync } from 'node:zlib';

/** The part of a Pagefind fragment the helper index reads. */
export interface PagefindFragment {
  url: string;
  content: string;
  meta: Record<string, string>;
  filters: Record<string, string[]>;
}

const SIGNATURE = 'pagefind_dcd';

/** Decode a `.pf_fragment` file (gzip of a signature and JSON); fragment groups hold several. */
export function decodeFragmentFile(bytes: Uint8Array): PagefindFragment[] {
  let data = Buffer.from(bytes);
  if (data.subarray(0, SIGNATURE.length).toString('latin1') !== SIGNATURE) data = gunzipSync(data);
  if (data.subarray(0, SIGNATURE.length).toString('latin1') !== SIGNATURE) throw new Error('Pagefind fragment without signature');
  const json = JSON.parse(data.subarray(SIGNATURE.length).toString('utf8')) as PagefindFragment | Record<string, PagefindFragment>;
  const list = typeof json.url === 'string' ? [json as PagefindFragment] : Object.values(json as Record<string, PagefindFragment>);
  // Pagefind separates segmented words with zero-width spaces; the browser strips them too.
  return list.map((f) => ({ url: f.url, content: f.content.replace(/\u200B/g, ''), meta: f.meta ?? {}, filters: f.filters ?? {} }));
}
