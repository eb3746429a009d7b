import { processUsing } from './process-tree.ts';

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
