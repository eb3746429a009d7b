/**
 * Worker thread of place-files.ts: makes each `to` the same file as its `from` (a hard link, a
 * copy across file systems), creating folders as needed; with `clean`, first removes from that
 * folder every file that is not one of the `to`s already linked to its `from` (same inode), and
 * the folders left empty. Synchronous calls on a thread of its own: thousands of folders and
 * links would otherwise queue in the thread pool ahead of the build's own reads and writes.
 */
import { copyFileSync, linkSync, lstatSync, mkdirSync, readdirSync, rmdirSync, statSync, unlinkSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { parentPort, workerData } from 'node:worker_threads';
import { lowerPriority } from '../shared/priority.ts';

export interface PlaceWork {
  pairs: [from: string, to: string][];
  /** A folder to leave holding only the `to`s (and what is outside it untouched). */
  clean?: string;
  /** Only clean: report the pairs still to link (`pending`) instead of linking them. @default false */
  cleanOnly?: boolean;
  nice: number;
}

const { pairs, clean, cleanOnly, nice } = workerData as PlaceWork;
lowerPriority(nice);

/** Inode of a file, or undefined when there is none. */
function inode(path: string, follow: boolean): number | undefined {
  try {
    const info = follow ? statSync(path) : lstatSync(path);
    return info.isFile() ? info.ino : undefined;
  } catch {
    return undefined;
  }
}

/** Do the work; what to tell the build. */
function place(): { linked: number; pending?: [string, string][] } {
  let todo = pairs;
  if (clean) {
    const wanted = new Map(pairs.map(([from, to]) => [to, from]));
    const done = new Set<string>();
    const dirs: string[] = [];
    for (const entry of readdirSync(clean, { recursive: true, withFileTypes: true })) {
      const path = join(entry.parentPath, entry.name);
      if (entry.isDirectory()) {
        dirs.push(path);
        continue;
      }
      const from = wanted.get(path);
      // Already the right file: an earlier build linked both names to one inode.
      if (from !== undefined && entry.isFile() && inode(path, false) === inode(from, true)) done.add(path);
      else unlinkSync(path);
    }
    // Deepest first, so that a folder emptied of folders goes too.
    for (const dir of dirs.sort((a, b) => b.length - a.length)) {
      try {
        rmdirSync(dir);
      } catch {
        // Not empty: it holds files that stay.
      }
    }
    todo = pairs.filter(([, to]) => !done.has(to));
    if (cleanOnly) return { linked: 0, pending: todo };
  }
  const made = new Set<string>();
  for (const [from, to] of todo) {
    const dir = dirname(to);
    if (!made.has(dir)) {
      mkdirSync(dir, { recursive: true });
      made.add(dir);
    }
    try {
      linkSync(from, to);
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code;
      if (code !== 'EXDEV' && code !== 'EPERM' && code !== 'EMLINK' && code !== 'ENOTSUP') throw error;
      copyFileSync(from, to);
    }
  }
  return { linked: todo.length };
}

try {
  parentPort!.postMessage({ ok: true, ...place() });
} catch (error) {
  parentPort!.postMessage({ ok: false, message: error instanceof Error ? error.message : String(error) });
}
