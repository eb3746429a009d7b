import { setPriority } from 'node:os';

/**
 * Nice value of the build's helpers (the exact-match index, linking reused files, emptying the
 * trash). The build is CPU-bound on small machines: at a lower priority a helper takes the
 * cycles Astro and Pagefind leave rather than slowing them down.
 */
export const HELPER_NICE = 10;

/** Lower the priority of this process or, on Linux, of this thread; quietly not where it is not permitted. */
export function lowerPriority(nice: number): void {
  if (nice === 0) return;
  try {
    setPriority(nice);
  } catch {
    // Not permitted here: run at the usual priority.
  }
}
