/** Worker thread of atomic-output.ts: removes replaced outputs from the trash, at a low priority. */
import { rmSync } from 'node:fs';
import { workerData } from 'node:worker_threads';
import { lowerPriority } from '../shared/priority.ts';

const { dirs, nice } = workerData as { dirs: string[]; nice: number };
lowerPriority(nice);
for (const dir of dirs) {
  try {
    rmSync(dir, { recursive: true, force: true });
  } catch {
    // Left for the next build.
  }
}
