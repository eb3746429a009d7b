/**
 * The study record as a short text code a member can copy to another device:
 * `XXYD1.<mode><payload>.<crc>` — mode `z` (raw deflate) or `j` (plain JSON), payload base64url,
 * crc the CRC-32 of `<mode><payload>` in hex. Decoding never throws: a damaged code yields a
 * Chinese message and no record. Works in browsers and Node (CompressionStream, Blob, btoa).
 */
import { crc32 } from './crc32.ts';
import { parseRecordStrict } from './parse.ts';
import type { StudyRecord } from './record.ts';

/** Prefix naming the format and its version. */
export const CODE_PREFIX = 'XXYD1';

/** A decoded record is at most this large (a tiny code must not inflate into gigabytes). */
const MAX_JSON_BYTES = 8 * 1024 * 1024;

/** Options of encodeRecord. */
export interface EncodeOptions {
  /** Compress with raw deflate when the platform can. @default true */
  compress?: boolean;
}

/** Result of decodeRecord. */
export type DecodeResult = { ok: true; record: StudyRecord } | { ok: false; error: string };

/** Bytes → base64url without padding. */
export function toBase64Url(bytes: Uint8Array): string {
  let binary = '';
  const CHUNK = 0x8000;
  for (let i = 0; i < bytes.length; i += CHUNK) binary += String.fromCharCode(...bytes.subarray(i, i + CHUNK));
  return btoa(binary).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}

/** base64url (padding optional) → bytes, or null when the text is not base64url. */
export function fromBase64Url(text: string): Uint8Array | null {
  if (!/^[A-Za-z0-9_-]*$/.test(text) || text.length % 4 === 1) return null;
  const b64 = text.replace(/-/g, '+').replace(/_/g, '/') + '='.repeat((4 - (text.length % 4)) % 4);
  let binary: string;
  try {
    binary = atob(b64);
  } catch {
    return null;
  }
  const bytes = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i);
  return bytes;
}

function hasStreams(): boolean {
  try {
    return typeof CompressionStream === 'function' && typeof DecompressionStream === 'function' && Boolean(new CompressionStream('deflate-raw'));
  } catch {
    return false; // old engines know the class but not 'deflate-raw'
  }
}

/** Run bytes through a (de)compression stream, giving up past `limit` output bytes. */
async function transform(bytes: Uint8Array, stream: CompressionStream | DecompressionStream, limit: number): Promise<Uint8Array | null> {
  const reader = new Blob([bytes as Uint8Array<ArrayBuffer>]).stream().pipeThrough(stream).getReader();
  const chunks: Uint8Array[] = [];
  let size = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.length;
    if (size > limit) {
      await reader.cancel();
      return null;
    }
    chunks.push(value);
  }
  const out = new Uint8Array(size);
  let at = 0;
  for (const chunk of chunks) {
    out.set(chunk, at);
    at += chunk.length;
  }
  return out;
}

const ascii = (text: string) => new TextEncoder().encode(text);
const hex8 = (n: number) => n.toString(16).padStart(8, '0');

/** Encode a record as an export code. */
export async function encodeRecord(record: StudyRecord, options: EncodeOptions = {}): Promise<string> {
  const json = ascii(JSON.stringify(record));
  let body = `j${toBase64Url(json)}`;
  if ((options.compress ?? true) && hasStreams()) {
    const packed = await transform(json, new CompressionStream('deflate-raw'), Number.MAX_SAFE_INTEGER);
    const zipped = packed && `z${toBase64Url(packed)}`;
    if (zipped && zipped.length < body.length) body = zipped;
  }
  return `${CODE_PREFIX}.${body}.${hex8(crc32(ascii(body)))}`;
}

/**
 * Decode and validate an export code. Whitespace anywhere is ignored (chat apps wrap long
 * text); everything else must be exactly right, or the code is refused with a message.
 */
export async function decodeRecord(code: string, now: number = Date.now()): Promise<DecodeResult> {
  const fail = (error: string): DecodeResult => ({ ok: false, error });
  const text = code.replace(/\s+/g, '');
  if (text === '') return fail('请先粘贴学习记录代码。');
  const parts = text.split('.');
  if (parts[0] !== CODE_PREFIX) {
    return /^XXYD\d+$/i.test(parts[0] ?? '') && parts[0] !== CODE_PREFIX
      ? fail('这个代码来自不同版本的学习园地，无法导入。')
      : fail(`这不是学习园地的学习记录代码（代码应以“${CODE_PREFIX}.”开头）。`);
  }
  if (parts.length !== 3) return fail('代码不完整：可能复制时漏掉了一部分，请重新复制完整的代码。');
  const body = parts[1]!;
  const crc = parts[2]!.toLowerCase();
  if (!/^[0-9a-f]{8}$/.test(crc) || hex8(crc32(ascii(body))) !== crc) {
    return fail('代码校验失败：内容已损坏或不完整，请重新复制完整的代码。');
  }
  const mode = body[0];
  const bytes = fromBase64Url(body.slice(1));
  if (!bytes || (mode !== 'j' && mode !== 'z')) return fail('代码内容已损坏，无法读取。');
  let json: Uint8Array | null = bytes;
  if (mode === 'z') {
    if (!hasStreams()) return fail('此浏览器无法读取压缩的代码，请换用较新版本的浏览器后再导入。');
    try {
      json = await transform(bytes, new DecompressionStream('deflate-raw'), MAX_JSON_BYTES);
    } catch {
      return fail('代码内容已损坏，无法解压。');
    }
    if (!json) return fail('代码中的数据过大，无法导入。');
  }
  let raw: unknown;
  try {
    raw = JSON.parse(new TextDecoder('utf-8', { fatal: true }).decode(json));
  } catch {
    return fail('代码内容已损坏，无法读取。');
  }
  const record = parseRecordStrict(raw, now);
  return typeof record === 'string' ? fail(record) : { ok: true, record };
}
