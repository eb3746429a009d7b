import { readdir, readFile } from 'node:fs/promises';
import { basename, join } from 'node:path';
import { roughMarkdown } from './rough-markdown.ts';
import type { Sample } from './sample-pools.ts';

/** Where the samples came from, for the report. */
export interface LoadedSamples {
  samples: Sample[];
  from: string;
}

async function list(dir: string, ext: string): Promise<string[]> {
  const names = await readdir(dir).catch(() => [] as string[]);
  return names.filter((n) => n.endsWith(ext)).sort().map((n) => join(dir, n));
}

/**
 * The corpus generator's samples: the imported sources `content/sources/*.md`, or — until
 * the importer has written them — a rough conversion of the raw copies in `fallbackDir`.
 */
export async function loadSamples(contentDir: string, fallbackDir?: string): Promise<LoadedSamples> {
  const sources = await list(join(contentDir, 'sources'), '.md');
  if (sources.length > 0) {
    const samples = await Promise.all(sources.map(async (path) => ({ name: basename(path, '.md'), markdown: await readFile(path, 'utf8') })));
    return { samples, from: join(contentDir, 'sources') };
  }
  if (fallbackDir === undefined) return { samples: [], from: join(contentDir, 'sources') };
  const raws = await list(fallbackDir, '.txt');
  const samples = await Promise.all(
    raws.map(async (path) => {
      const name = basename(path, '.txt');
      return { name, markdown: roughMarkdown(name, await readFile(path, 'utf8')) };
    }),
  );
  return { samples, from: `${fallbackDir}（原始稿件，粗略转换）` };
}
