/**
 * Worker thread of place-files.ts: makes each `to` the same file as its `from` (a hard link, a
 * copy across file systems), creating folders as needed. Synchronous calls on a thread of its
 * own: thousands of folders and links would otherwise queue in the thread pool ahead of the
 * file reads and writes of the build itself.
 */
import { copyFileSync, linkSync, mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import { parentPort, workerData } from 'node:worker_threads';

const pairs = workerData as [from: string, to: string][];
const made = new Set<string>();
try {
  for (const [from, to] of pairs) {
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
  parentPort!.postMessage({ ok: true });
} catch (error) {
  parentPort!.postMessage({ ok: false, message: error instanceof Error ? error.message : String(error) });
}
