import { createHash } from 'node:crypto';
import { readdir, readFile } from 'node:fs/promises';
import { join, relative, sep } from 'node:path';

/**
 * What besides the content shapes a build's output: the project's code and static files, its
 * locked dependencies and the Node version (its ICU sorts and formats). Relative to the project.
 */
export const CODE_INPUTS = ['src', 'public', 'astro.config.mjs', 'package.json', 'package-lock.json', 'tsconfig.json'] as const;

async function filesUnder(root: string, path: string): Promise<string[]> {
  const full = join(root, path);
  const entries = await readdir(full, { recursive: true, withFileTypes: true }).catch((error: NodeJS.ErrnoException) => {
    if (error.code === 'ENOTDIR') return undefined;
    if (error.code === 'ENOENT') return [];
    throw error;
  });
  if (entries === undefined) return [path];
  return entries.filter((e) => e.isFile()).map((e) => relative(root, join(e.parentPath, e.name)).split(sep).join('/'));
}

/**
 * One digest over every file of `inputs` under `root` (paths and bytes, in code-point order),
 * the Node and ICU versions and `extra` (build options that land in the output). A cache made
 * under another digest must not be trusted: the same content would build differently.
 */
export async function codeHash(root: string, extra: readonly string[] = [], inputs: readonly string[] = CODE_INPUTS): Promise<string> {
  const paths = (await Promise.all(inputs.map((p) => filesUnder(root, p)))).flat().sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
  const digest = createHash('sha256');
  digest.update(`node ${process.versions.node} icu ${process.versions.icu ?? ''}\0`);
  for (const value of extra) digest.update(`${value}\0`);
  const contents = await Promise.all(paths.map((p) => readFile(join(root, p))));
  paths.forEach((p, i) => digest.update(`${p}\0${contents[i]!.byteLength}\0`).update(contents[i]!));
  return digest.digest('hex');
}
