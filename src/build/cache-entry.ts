import { createHash } from 'node:crypto';
import { mkdir, readFile, rename, writeFile } from 'node:fs/promises';
import { dirname } from 'node:path';

/**
 * Version of everything the incremental build keeps between builds. Bump it when the shape of
 * a cached value changes: entries of another version are ignored.
 */
export const CACHE_FORMAT = 2;

const MAGIC = 'xuexi-cache';

/**
 * A cache file: one header line (`xuexi-cache <format> <sha256 of the rest>`) and the value as
 * JSON. A file cut short, edited or of another format fails the check and reads as absent.
 */
export function encodeEntry(value: unknown): string {
  const json = JSON.stringify(value);
  return `${MAGIC} ${CACHE_FORMAT} ${createHash('sha256').update(json).digest('hex')}\n${json}`;
}

/** The value of a cache file's text, or `undefined` when it is not an intact entry of this format. */
export function decodeEntry<T>(text: string): T | undefined {
  const newline = text.indexOf('\n');
  if (newline < 0) return undefined;
  const [magic, format, sum] = text.slice(0, newline).split(' ');
  const json = text.slice(newline + 1);
  if (magic !== MAGIC || format !== String(CACHE_FORMAT) || sum !== createHash('sha256').update(json).digest('hex')) return undefined;
  try {
    return JSON.parse(json) as T;
  } catch {
    return undefined;
  }
}

/** Read a cache file; `undefined` when it is missing, unreadable or not intact. */
export async function readEntry<T>(path: string): Promise<T | undefined> {
  const text = await readFile(path, 'utf8').catch(() => undefined);
  return text === undefined ? undefined : decodeEntry<T>(text);
}

/** Write a cache file whole or not at all (a temporary file renamed over it). */
export async function writeEntry(path: string, value: unknown): Promise<void> {
  await mkdir(dirname(path), { recursive: true });
  const temp = `${path}.${process.pid}.tmp`;
  await writeFile(temp, encodeEntry(value));
  await rename(temp, path);
}
