import { createHash } from 'node:crypto';
import { readdir, rm } from 'node:fs/promises';
import { join } from 'node:path';
import type { ContentFile } from '../content/read-content.ts';
import { structureSource, type StructureResult } from '../structure/index.ts';
import { readEntry, writeEntry } from './cache-entry.ts';

/**
 * The structure stage's results of earlier builds, one cache file per source, named by a digest
 * of the code and of the source's name and text: a source that did not change is not parsed
 * again. Only results without issues are kept (a source with problems fails the build anyway).
 */
export class SourceCache {
  private readonly dir: string;
  private readonly code: string;
  private readonly known = new Map<string, StructureResult>();
  private readonly fresh = new Map<string, StructureResult>();
  private readonly used = new Set<string>();
  /** Sources taken from the cache, and parsed, in this build. */
  hits = 0;
  misses = 0;

  constructor(dir: string, code: string) {
    this.dir = dir;
    this.code = code;
  }

  private key(file: string, text: string): string {
    return createHash('sha256').update(`${this.code}\0${file}\0${text}`).digest('hex');
  }

  /** Read the cached results of `sources` (the structure stage itself is synchronous). */
  async preload(sources: readonly ContentFile[]): Promise<void> {
    await Promise.all(
      sources.map(async ({ file, text }) => {
        const key = this.key(file, text);
        const value = await readEntry<StructureResult>(join(this.dir, `${key}.json`));
        // An entry is the result for exactly this file and text (the key says so), with a doc and no issues.
        if (value && value.doc && Array.isArray(value.issues) && value.issues.length === 0) this.known.set(key, value);
      }),
    );
  }

  /** `structureSource`, answered from the cache when the source is unchanged. */
  readonly structure = (file: string, text: string): StructureResult => {
    const key = this.key(file, text);
    this.used.add(key);
    const hit = this.known.get(key);
    if (hit) {
      this.hits++;
      return hit;
    }
    this.misses++;
    const result = structureSource(file, text);
    if (result.doc && result.issues.length === 0) this.fresh.set(key, result);
    return result;
  };

  /** Write the results parsed in this build and drop the entries no source of it used. */
  async save(): Promise<void> {
    for (const [key, value] of this.fresh) await writeEntry(join(this.dir, `${key}.json`), value);
    const names = await readdir(this.dir).catch(() => [] as string[]);
    await Promise.all(names.filter((n) => !this.used.has(n.replace(/\.json$/, ''))).map((n) => rm(join(this.dir, n), { force: true })));
  }
}
