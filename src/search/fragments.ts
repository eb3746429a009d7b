import { closeSync, openSync, readFileSync, readSync } from 'node:fs';
import { constants, gunzipSync } from 'node:zlib';
import { groupPages } from './page-groups.ts';

/** The part of a Pagefind fragment the helper index reads. */
export interface PagefindFragment {
  /** Where the browser finds it: `<file>`, or `<file>#<k>` for lesson k of a grouped fragment (see `PageTable`). */
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
  anchors?: { id?: string; element?: string; text?: string; location?: number }[];
}

const signed = (data: Buffer) => data.subarray(0, SIGNATURE.length).toString('latin1') === SIGNATURE;

/**
 * A fragment file's bytes, inflated unless already plain; `partial` inflates a file's first
 * bytes as far as they go (a sync flush at the end yields what the truncated stream decodes to).
 */
function inflated(bytes: Uint8Array, partial = false): Buffer {
  const data = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  if (signed(data)) return data;
  return partial ? gunzipSync(data, { finishFlush: constants.Z_SYNC_FLUSH }) : gunzipSync(data);
}

/** Decode the JSON inside a `.pf_fragment` file (gzip of a signature and JSON). */
export function readFragmentJson(bytes: Uint8Array): unknown {
  const data = inflated(bytes);
  if (!signed(data)) throw new Error('Pagefind 片段缺少签名');
  return JSON.parse(data.subarray(SIGNATURE.length).toString('utf8'));
}

/** The pages in `fragment/<file>.pf_fragment`: one page, or each lesson of a grouped document (page-groups.ts). */
export function decodeFragmentFile(file: string, bytes: Uint8Array): PagefindFragment[] {
  const f = readFragmentJson(bytes) as RawFragment;
  const lessons = groupPages(f);
  if (lessons) {
    const { date } = f.meta ?? {};
    return lessons.map((l, k) => ({ ref: `${file}#${k}`, url: l.url, content: l.content, meta: { title: l.title, path: l.path, ...(date === undefined ? {} : { date }) }, filters: l.filters }));
  }
  // Pagefind separates segmented words with zero-width spaces; its browser code strips them too.
  return [{ ref: file, url: f.url, content: f.content.replace(/\u200B/g, ''), meta: f.meta ?? {}, filters: f.filters ?? {} }];
}

/**
 * Bytes read from the start of a fragment file to find its page's URL: the URL is the first
 * key of the JSON, and on 1,000 speeches' fragments 192 bytes always sufficed.
 */
export const FRAGMENT_START_BYTES = 512;

const URL_START = `${SIGNATURE}{"url":"`;

/**
 * The `url` of a fragment from the first bytes of its file (inflated as far as they go), or
 * undefined when they do not reach the end of the URL.
 */
export function urlOfFragmentStart(start: Uint8Array): string | undefined {
  let text: string;
  try {
    text = inflated(start, true).toString('utf8');
  } catch {
    return undefined;
  }
  if (!text.startsWith(URL_START)) return undefined;
  for (let i = URL_START.length; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 0x5c /* \ */) i++;
    else if (c === 0x22 /* " */) return JSON.parse(text.slice(URL_START.length - 1, i + 1)) as string;
  }
  return undefined;
}

/**
 * The ref and URL of the fragment file at `path` (named `file`), reading only the start of the
 * file when that holds the URL and decoding the whole file otherwise: the document's URL, which
 * for a grouped document stands for its lessons (build-index.ts expands it). Synchronous:
 * thousands of small reads cost far less without a trip through the thread pool each.
 */
export function readFragmentUrls(file: string, path: string): { ref: string; url: string }[] {
  const start = Buffer.allocUnsafe(FRAGMENT_START_BYTES);
  const fd = openSync(path, 'r');
  let read: number;
  try {
    read = readSync(fd, start, 0, FRAGMENT_START_BYTES, 0);
  } finally {
    closeSync(fd);
  }
  const url = urlOfFragmentStart(start.subarray(0, read)) ?? (readFragmentJson(readFileSync(path)) as RawFragment).url;
  return [{ ref: file, url }];
}
