import { readdirSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';

/** Whether a process other than this one has `dir` (or a path inside it) among its arguments (Linux `/proc`). */
export function processUsing(dir: string): boolean {
  const root = resolve(dir);
  let pids: string[];
  try {
    pids = readdirSync('/proc').filter((n) => /^\d+$/.test(n) && Number(n) !== process.pid);
  } catch {
    return false;
  }
  return pids.some((pid) => {
    try {
      return readFileSync(`/proc/${pid}/cmdline`, 'utf8').split('\0').some((arg) => arg === root || arg.startsWith(`${root}/`));
    } catch {
      return false;
    }
  });
}

/**
 * Wait while a removal of what a build put in `trash` runs (the build removes replaced outputs
 * there in a detached process named with the folder's path), at most `timeoutMs`: a measured
 * build should not share the machine with the removal of an earlier build's tens of thousands of
 * files. Resolves with how long it waited and whether the removals had ended.
 */
export async function waitForRemovals(trash: string, options: { timeoutMs?: number; pollMs?: number } = {}): Promise<{ waitedMs: number; settled: boolean }> {
  const { timeoutMs = 120_000, pollMs = 100 } = options;
  const start = performance.now();
  for (;;) {
    const waitedMs = performance.now() - start;
    if (!processUsing(trash)) return { waitedMs, settled: true };
    if (waitedMs >= timeoutMs) return { waitedMs, settled: false };
    await new Promise((ok) => setTimeout(ok, pollMs));
  }
}
