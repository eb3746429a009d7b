import { createHash } from 'node:crypto';
import { readdir, readFile } from 'node:fs/promises';
import { join, relative, sep } from 'node:path';

/** A file of the built site. */
export interface SiteFile {
  /** Path relative to the site folder, `/` separated. */
  path: string;
  size: number;
  /** First 16 hex digits of its SHA-256. */
  hash: string;
}

/** Every file under `siteDir` except those `skip` rejects, sorted by path. */
export async function listSiteFiles(siteDir: string, skip: (path: string) => boolean = () => false): Promise<SiteFile[]> {
  const entries = await readdir(siteDir, { recursive: true, withFileTypes: true });
  const paths = entries
    .filter((e) => e.isFile())
    .map((e) => relative(siteDir, join(e.parentPath, e.name)).split(sep).join('/'))
    .filter((p) => !skip(p))
    .sort();
  const files: SiteFile[] = [];
  for (const path of paths) {
    const content = await readFile(join(siteDir, path));
    files.push({ path, size: content.byteLength, hash: createHash('sha256').update(content).digest('hex').slice(0, 16) });
  }
  return files;
}

/** One hash over every file's path and content hash: the site's version. */
export function siteVersion(files: readonly SiteFile[]): string {
  const digest = createHash('sha256');
  for (const f of files) digest.update(`${f.path}\0${f.hash}\n`);
  return digest.digest('hex').slice(0, 16);
}
