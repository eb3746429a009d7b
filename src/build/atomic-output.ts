import { spawn } from 'node:child_process';
import { mkdirSync, renameSync, rmSync } from 'node:fs';
import { mkdir, readdir, rename, rm, stat } from 'node:fs/promises';
import { basename, dirname, isAbsolute, join, relative, resolve } from 'node:path';

/** A staging folder for one build and the two ways to finish it. */
export interface Staging {
  /** Where the build writes. */
  dir: string;
  /**
   * The folder starts as the spare an earlier build left (see `createStaging`), not empty: the
   * build must clean it before writing into it.
   */
  recycled: boolean;
  /**
   * Swap the staging folder in as the output folder. With `spare`, the replaced output becomes
   * the spare (when this build reused its files: they are then shared with the new output),
   * else it is removed.
   */
  commit(options?: { spare?: boolean }): Promise<void>;
  /** Remove the staging folder; the output folder stays as it was. */
  discard(): Promise<void>;
}

/** Options of `createStaging`. */
export interface StagingOptions {
  /** Folders of the build removed with the staging folder when the process ends early. */
  scratch?: string[];
  /**
   * A spare output folder kept between builds: the output a build replaces can become the spare
   * (`commit({ spare: true })`) instead of being removed, and with `use` the next staging folder
   * starts as the spare — an output one build older, whose unchanged files are hard links shared
   * with the current one, so that a build makes and later removes only the folders and links of
   * what changed. It must be on the output's file system; where it cannot be, it is not used.
   */
  spare?: { path: string; use: boolean };
  /**
   * Where a replaced output that is not kept goes (on the same file system), to be removed by a
   * process of its own once this build is done: removing 135,000 files took 30 s at the end of a
   * 10,000-speech build. Without one (or across file systems) it is removed in place.
   */
  trash?: string;
}

/**
 * A staging folder beside the output folder (same file system, so the final rename is atomic),
 * swapped in only when the whole build succeeded: a failed build never leaves a half-written site.
 * Staging folders of earlier builds that were killed are cleared first; an interrupt (Ctrl-C,
 * SIGTERM) or a crash removes this one (and the build's `scratch` folders) as the process exits,
 * or keeps it as the spare.
 */
export async function createStaging(outDir: string, options: StagingOptions = {}): Promise<Staging> {
  const out = resolve(outDir);
  const parent = dirname(out);
  await mkdir(parent, { recursive: true });
  await clearAbandoned(out);
  const dir = join(parent, `.${basename(out)}.staging-${process.pid}`);
  await rm(dir, { recursive: true, force: true });
  const spare = options.spare;
  let recycled = false;
  if (spare && (await stat(spare.path).then((s) => s.isDirectory(), () => false))) {
    if (spare.use) recycled = await rename(spare.path, dir).then(() => true, () => false);
    // Unusable (another file system, or nothing of it can be trusted).
    if (!recycled) await removeLater(spare.path, options.trash);
  }
  if (options.trash) await sweepTrash(options.trash);
  if (!recycled) await mkdir(dir, { recursive: true });
  // A folder worth keeping as the spare: a replaced output, or the staging folder of a build that
  // reused files (cleaned and linked from the output) and failed.
  const keep = (path: string) => {
    if (!spare) return false;
    try {
      mkdirSync(dirname(spare.path), { recursive: true });
      renameSync(path, spare.path);
      return true;
    } catch {
      return false;
    }
  };

  // Without these, an interrupted or crashed build would leave its staging folder behind: the
  // process may end (process.exit) while the build is still running, so clean up on 'exit',
  // synchronously, and turn interrupts into such an exit.
  const onExit = () => {
    if (!(spare?.use && keep(dir))) rmSync(dir, { recursive: true, force: true });
    for (const path of options.scratch ?? []) rmSync(path, { recursive: true, force: true });
  };
  const onSignal = (signal: NodeJS.Signals) => {
    process.stderr.write('已中断：未写入任何输出。\n');
    process.exit(signal === 'SIGINT' ? 130 : 143);
  };
  const signals: NodeJS.Signals[] = ['SIGINT', 'SIGTERM', 'SIGHUP'];
  for (const s of signals) process.on(s, onSignal);
  process.on('exit', onExit);
  const release = () => {
    for (const s of signals) process.off(s, onSignal);
    process.off('exit', onExit);
  };

  return {
    dir,
    recycled,
    async commit(commitOptions = {}) {
      const old = join(parent, `.${basename(out)}.old-${process.pid}`);
      const exists = await stat(out).then(() => true, () => false);
      if (exists) await rename(out, old);
      await rename(dir, out);
      release();
      if (exists && !(commitOptions.spare && keep(old))) await removeLater(old, options.trash);
    },
    async discard() {
      // A failed incremental build's folder is as good a spare as any: the next build cleans it.
      if (!(spare?.use && keep(dir))) await rm(dir, { recursive: true, force: true });
      release();
    },
  };
}


/** A Node script that lowers its priority and removes the folder named by its argument. */
const REMOVER = "try { require('node:os').setPriority(19); } catch {} require('node:fs').rmSync(process.argv[1], { recursive: true, force: true });";

/** Remove `path` in a detached process of its own, at the lowest priority: the build does not wait. */
function removeDetached(path: string): void {
  try {
    spawn(process.execPath, ['-e', REMOVER, path], { detached: true, stdio: 'ignore' }).unref();
  } catch {
    rmSync(path, { recursive: true, force: true });
  }
}

/** Move `path` into `trash` and remove it there in the background, or remove it now where it cannot be moved. */
export async function removeLater(path: string, trash: string | undefined): Promise<void> {
  if (trash) {
    const target = join(trash, `${basename(path)}-${process.pid}-${Date.now()}`);
    try {
      await mkdir(trash, { recursive: true });
      await rename(path, target);
      removeDetached(target);
      return;
    } catch {
      // Another file system: in place.
    }
  }
  await rm(path, { recursive: true, force: true });
}

/** Remove, in the background, what an interrupted removal left in the trash. */
async function sweepTrash(trash: string): Promise<void> {
  for (const name of await readdir(trash).catch(() => [] as string[])) {
    const pid = /-(\d+)-\d+$/.exec(name)?.[1];
    if (pid && Number(pid) !== process.pid && !alive(Number(pid))) removeDetached(join(trash, name));
  }
}

/**
 * Why `outDir` must not be replaced by a build, or `undefined` when it may. The build swaps the
 * whole folder, so it refuses a file, a folder that holds the content, the project or the
 * current directory, and a non-empty folder that is not the output of an earlier build.
 *
 * @param keep folders that must survive any build (content, project root, working directory)
 */
export async function outputProblem(outDir: string, keep: readonly string[]): Promise<string | undefined> {
  const out = resolve(outDir);
  for (const dir of keep) {
    const rel = relative(out, resolve(dir));
    if (rel === '' || (!rel.startsWith('..') && !isAbsolute(rel))) {
      return '输出目录不能是内容目录、项目目录或当前目录，也不能是它们的上级目录：构建会整体替换输出目录';
    }
  }
  const info = await stat(out).catch(() => undefined);
  if (!info) return undefined;
  if (!info.isDirectory()) return '这是一个文件，不是目录；--out 要指定站点的输出目录（不存在时会自动创建）';
  const entries = await readdir(out);
  if (entries.length === 0) return undefined;
  const previous = await stat(join(out, SITE_SIGNATURE)).then((s) => s.isFile(), () => false);
  if (!previous) {
    return `目录已存在且不是以前构建的站点（没有 ${SITE_SIGNATURE}）；构建会整体替换输出目录，为免误删其中的文件，请指定新目录、空目录或以前的输出目录`;
  }
  return undefined;
}

/** A file every built site has: its presence marks a folder the build may replace. */
export const SITE_SIGNATURE = 'data/lessons.json';

/** Remove the staging folders of builds that died; put back an output folder a dead build had moved aside. */
async function clearAbandoned(out: string): Promise<void> {
  const parent = dirname(out);
  const pattern = new RegExp(`^\\.${escapeRegExp(basename(out))}\\.(staging|old)-(\\d+)$`);
  for (const entry of await readdir(parent).catch(() => [] as string[])) {
    const m = pattern.exec(entry);
    if (!m || alive(Number(m[2]))) continue;
    const path = join(parent, entry);
    if (m[1] === 'old' && !(await stat(out).then(() => true, () => false))) await rename(path, out);
    else await rm(path, { recursive: true, force: true });
  }
}

/** Remove the folders in `parent` named `<prefix><pid>` whose process has died (work folders of killed builds). */
export async function clearDeadWork(parent: string, prefix: string): Promise<void> {
  for (const entry of await readdir(parent).catch(() => [] as string[])) {
    if (!entry.startsWith(prefix)) continue;
    const pid = entry.slice(prefix.length);
    if (/^\d+$/.test(pid) && Number(pid) !== process.pid && !alive(Number(pid))) await rm(join(parent, entry), { recursive: true, force: true });
  }
}

function alive(pid: number): boolean {
  if (pid === process.pid) return false;
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    // EPERM: the process exists but belongs to someone else.
    return (error as { code?: string }).code === 'EPERM';
  }
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
