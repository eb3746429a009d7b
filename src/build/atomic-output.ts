import { mkdir, rename, rm, stat } from 'node:fs/promises';
import { basename, dirname, join, resolve } from 'node:path';

/**
 * A staging folder beside the output folder (same file system, so the final rename is atomic),
 * swapped in only when the whole build succeeded: a failed build never leaves a half-written site.
 */
export async function createStaging(outDir: string): Promise<{ dir: string; commit(): Promise<void>; discard(): Promise<void> }> {
  const out = resolve(outDir);
  const parent = dirname(out);
  await mkdir(parent, { recursive: true });
  const dir = join(parent, `.${basename(out)}.staging-${process.pid}`);
  await rm(dir, { recursive: true, force: true });
  await mkdir(dir, { recursive: true });
  return {
    dir,
    async commit() {
      const old = join(parent, `.${basename(out)}.old-${process.pid}`);
      const exists = await stat(out).then(() => true, () => false);
      if (exists) await rename(out, old);
      await rename(dir, out);
      if (exists) await rm(old, { recursive: true, force: true });
    },
    async discard() {
      await rm(dir, { recursive: true, force: true });
    },
  };
}
