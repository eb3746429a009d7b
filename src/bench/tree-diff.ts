import { createHash } from 'node:crypto';
import { readdir, readFile } from 'node:fs/promises';
import { join, relative, sep } from 'node:path';

/** SHA-256 of every file under `dir`, by relative path (`/` separated). */
async function digests(dir: string): Promise<Map<string, string>> {
  const out = new Map<string, string>();
  const entries = (await readdir(dir, { recursive: true, withFileTypes: true })).filter((e) => e.isFile());
  for (const e of entries) {
    const path = join(e.parentPath, e.name);
    out.set(relative(dir, path).split(sep).join('/'), createHash('sha256').update(await readFile(path)).digest('hex'));
  }
  return out;
}

/** The files whose bytes differ between two folder trees, or that only one has (sorted). */
export async function treeDiff(a: string, b: string): Promise<string[]> {
  const [x, y] = await Promise.all([digests(a), digests(b)]);
  return [...new Set([...x.keys(), ...y.keys()])].filter((k) => x.get(k) !== y.get(k)).sort();
}
