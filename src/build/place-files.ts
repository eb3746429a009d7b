import { Worker } from 'node:worker_threads';
import { HELPER_NICE } from '../shared/priority.ts';
import type { PlaceWork } from './place-worker.ts';

const WORKER = new URL('./place-worker.ts', import.meta.url);

/**
 * Make each `to` the same file as its `from` (hard links from the last output into the new
 * one), in a worker thread, so that the build renders the other pages meanwhile. Resolves to
 * the number of links made.
 */
export async function placeFiles(pairs: readonly [from: string, to: string][]): Promise<number> {
  if (pairs.length === 0) return 0;
  return (await run({ pairs: [...pairs], nice: HELPER_NICE })).linked ?? 0;
}

/**
 * Leave `dir` (a folder recycled from an earlier build) holding only those of the `to`s already
 * the same file as their `from`, removing every other file and the folders left empty; resolves
 * to the pairs still to place.
 */
export async function cleanFolder(dir: string, pairs: readonly [from: string, to: string][]): Promise<[string, string][]> {
  return (await run({ pairs: [...pairs], clean: dir, cleanOnly: true, nice: HELPER_NICE })).pending ?? [];
}

async function run(work: PlaceWork): Promise<{ linked?: number; pending?: [string, string][] }> {
  const worker = new Worker(WORKER, { workerData: work });
  try {
    const result = await new Promise<{ ok: boolean; linked?: number; pending?: [string, string][]; message?: string }>((resolve, reject) => {
      worker.once('message', resolve);
      worker.once('error', reject);
      worker.once('exit', (code) => reject(new Error(`复用上次构建的文件时工作线程意外退出（${code}）`)));
    });
    if (!result.ok) throw new Error(`复用上次构建的文件失败：${result.message}`);
    return result;
  } finally {
    await worker.terminate();
  }
}
