/**
 * A bundle's document summaries as a file (the incremental build keeps one per Pagefind bundle,
 * named by its key): a header line `xuexi-summaries <format> <sha256 of the rest>`, then the
 * length of a JSON part (4 bytes), the JSON part (each document's URL, flags, length, filters and
 * number of keys, and the code digest it was made under), and the keys and counts as raw arrays.
 * A file cut short, edited, of another format or made under other code reads as absent.
 */
import { createHash } from 'node:crypto';
import type { DocumentSummary } from './document-postings.ts';

const MAGIC = 'xuexi-summaries';
/** Bump when the summaries' meaning changes. */
const FORMAT = 1;

interface Header {
  code: string;
  docs: { url: string; hasBody: boolean; hasWords: boolean; length: number; filters: Record<string, string[]>; keys: number }[];
}

/** The file of `docs`, made under the code digest `code`. */
export function encodeSummaries(docs: readonly DocumentSummary[], code: string): Buffer {
  const header: Header = { code, docs: docs.map((d) => ({ url: d.url, hasBody: d.hasBody, hasWords: d.hasWords, length: d.summary.length, filters: d.summary.filters, keys: d.summary.keys.length })) };
  const json = Buffer.from(JSON.stringify(header));
  const total = docs.reduce((sum, d) => sum + d.summary.keys.length, 0);
  // The keys start at a multiple of 8 bytes from the JSON's start.
  const pad = (8 - ((4 + json.length) % 8)) % 8;
  const payload = Buffer.alloc(4 + json.length + pad + total * 12);
  payload.writeUInt32LE(json.length, 0);
  json.copy(payload, 4);
  const keys = new Float64Array(payload.buffer, payload.byteOffset + 4 + json.length + pad, total);
  const counts = new Uint32Array(payload.buffer, payload.byteOffset + 4 + json.length + pad + total * 8, total);
  let at = 0;
  for (const d of docs) {
    keys.set(d.summary.keys, at);
    counts.set(d.summary.counts, at);
    at += d.summary.keys.length;
  }
  const head = Buffer.from(`${MAGIC} ${FORMAT} ${createHash('sha256').update(payload).digest('hex')}\n`);
  return Buffer.concat([head, payload]);
}

/** The summaries in a file's bytes, or `undefined` unless it is intact, of this format and made under `code`. */
export function decodeSummaries(bytes: Uint8Array, code: string): DocumentSummary[] | undefined {
  const data = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const newline = data.indexOf(0x0a);
  if (newline < 0 || newline > 200) return undefined;
  const [magic, format, sum] = data.subarray(0, newline).toString('latin1').split(' ');
  // A copy of its own (Buffer.alloc never shares a pool), so that the arrays below are aligned.
  const payload = Buffer.alloc(data.length - newline - 1);
  data.copy(payload, 0, newline + 1);
  if (magic !== MAGIC || format !== String(FORMAT) || sum !== createHash('sha256').update(payload).digest('hex') || payload.length < 4) return undefined;
  try {
    const length = payload.readUInt32LE(0);
    const header = JSON.parse(payload.subarray(4, 4 + length).toString('utf8')) as Header;
    if (header.code !== code || !Array.isArray(header.docs)) return undefined;
    const pad = (8 - ((4 + length) % 8)) % 8;
    const total = header.docs.reduce((sum, d) => sum + d.keys, 0);
    const start = payload.byteOffset + 4 + length + pad;
    if (4 + length + pad + total * 12 !== payload.length) return undefined;
    const keys = new Float64Array(payload.buffer, start, total);
    const counts = new Uint32Array(payload.buffer, start + total * 8, total);
    let at = 0;
    return header.docs.map((d) => {
      const summary = { length: d.length, filters: d.filters, keys: keys.subarray(at, at + d.keys), counts: counts.subarray(at, at + d.keys) };
      at += d.keys;
      return { url: d.url, hasBody: d.hasBody, hasWords: d.hasWords, summary };
    });
  } catch {
    return undefined;
  }
}
