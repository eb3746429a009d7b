import { Worker } from 'node:worker_threads';

const WORKER = new URL('./place-worker.ts', import.meta.url);

/**
 * Make each `to` the same file as its `from` (hard links from the last output into the new
 * one), in a worker thread, so that the build renders the other pages meanwhile.
 */
export async function placeFiles(pairs: readonly [from: string, to: string][]): Promise<void> {
  if (pairs.length === 0) return;
  const worker = new Worker(WORKER, { workerData: pairs });
  try {
    const result = await new Promise<{ ok: boolean; message?: string }>((resolve, reject) => {
      worker.once('message', resolve);
      worker.once('error', reject);
      worker.once('exit', (code) => reject(new Error(`复用上次构建的文件时工作线程意外退出（${code}）`)));
    });
    if (!result.ok) throw new Error(`复用上次构建的文件失败：${result.message}`);
  } finally {
    await worker.terminate();
  }
}
