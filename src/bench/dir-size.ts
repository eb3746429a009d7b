import { readdir, stat } from 'node:fs/promises';
import { join } from 'node:path';

/** Total size and file count of a folder tree. */
export interface DirSize {
  bytes: number;
  files: number;
  /** `.html` files. */
  htmlFiles: number;
}

/** Walk a folder and add up its files (symlinks not followed). */
export async function dirSize(dir: string): Promise<DirSize> {
  const total: DirSize = { bytes: 0, files: 0, htmlFiles: 0 };
  const entries = await readdir(dir, { withFileTypes: true }).catch(() => []);
  for (const entry of entries) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) {
      const sub = await dirSize(path);
      total.bytes += sub.bytes;
      total.files += sub.files;
      total.htmlFiles += sub.htmlFiles;
    } else if (entry.isFile()) {
      total.bytes += (await stat(path)).size;
      total.files += 1;
      if (entry.name.endsWith('.html')) total.htmlFiles += 1;
    }
  }
  return total;
}
