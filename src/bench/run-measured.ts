import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { watchProcessTree, type ProcessPeak } from './process-tree.ts';

/** A finished child process with its wall time and memory. */
export interface MeasuredRun {
  code: number | null;
  wallMs: number;
  /** Peak RSS of the largest single process in the tree, in bytes. */
  peakBytes: number;
  /** Which process that was (e.g. `node`, `pagefind_extended`). */
  peakName: string;
  /** Highest total RSS of the tree at one moment, in bytes. */
  peakTotalBytes: number;
  /** Peak of each process seen (largest first). */
  processes: ProcessPeak[];
  /**
   * User + system CPU time of the whole tree, in ms; less sensitive to a busy machine than wall
   * time. GNU time only counts reaped descendants (Starlight's Pagefind process is not), the
   * poller counts every process it saw: the larger of the two.
   */
  cpuMs?: number;
  /**
   * The system (kernel) part of `cpuMs`, counted the same way: on a file system that makes
   * creating files slow (see README), this is where it shows.
   */
  systemMs?: number;
  /** Last lines of stderr, for error messages. */
  stderrTail: string;
}

const GNU_TIME = '/usr/bin/time';

/** GNU time's `Maximum resident set size (kbytes)`, in bytes. */
export function parseGnuTimeMaxRss(text: string): number | undefined {
  const m = /Maximum resident set size \(kbytes\):\s*(\d+)/.exec(text);
  return m ? Number(m[1]) * 1024 : undefined;
}

/** GNU time's user and system seconds, each in ms. */
export function parseGnuTimes(text: string): { user: number; system: number } | undefined {
  const user = /User time \(seconds\):\s*([\d.]+)/.exec(text);
  const system = /System time \(seconds\):\s*([\d.]+)/.exec(text);
  return user && system ? { user: Number(user[1]) * 1000, system: Number(system[1]) * 1000 } : undefined;
}

/**
 * Run a command and measure it. GNU time reports the largest RSS of the command and every
 * descendant it reaped (wait4 folds children's peaks into the parent's); the /proc poller
 * says which process it was and the tree's peak total.
 */
export async function runMeasured(command: string, args: string[], options: { cwd: string; env?: NodeJS.ProcessEnv; echo?: boolean }): Promise<MeasuredRun> {
  const scratch = await mkdtemp(join(tmpdir(), 'xuexi-bench-'));
  const timeFile = join(scratch, 'time.txt');
  const useTime = existsSync(GNU_TIME);
  const [cmd, argv] = useTime ? [GNU_TIME, ['-v', '-o', timeFile, command, ...args]] : [command, args];
  const start = performance.now();
  const child = spawn(cmd, argv, { cwd: options.cwd, env: options.env ?? process.env, stdio: ['ignore', 'pipe', 'pipe'] });
  const watcher = watchProcessTree(child.pid!, 200);
  let stderr = '';
  child.stdout.on('data', (chunk: Buffer) => {
    if (options.echo) process.stdout.write(chunk);
  });
  child.stderr.on('data', (chunk: Buffer) => {
    stderr = (stderr + chunk.toString('utf8')).slice(-8000);
    if (options.echo) process.stderr.write(chunk);
  });
  const code = await new Promise<number | null>((ok, fail) => {
    child.on('error', fail);
    child.on('close', ok);
  });
  const wallMs = performance.now() - start;
  const tree = watcher.stop();
  // The `time` wrapper itself is tiny; never report it as the largest process.
  const processes = tree.processes.filter((p) => !(useTime && p.pid === child.pid));
  const timeReport = useTime ? await readFile(timeFile, 'utf8').catch(() => '') : '';
  const timed = parseGnuTimeMaxRss(timeReport);
  await rm(scratch, { recursive: true, force: true });
  const top = processes[0];
  const peakBytes = Math.max(timed ?? 0, top?.peakBytes ?? 0);
  // The same source for both figures: whichever saw more CPU time.
  const wrapper = useTime ? tree.processes.find((p) => p.pid === child.pid) : undefined;
  const polled = { cpu: tree.cpuMs - (wrapper?.cpuMs ?? 0), system: tree.systemMs - (wrapper?.systemMs ?? 0) };
  const timedCpu = parseGnuTimes(timeReport);
  const cpu = timedCpu && timedCpu.user + timedCpu.system >= polled.cpu ? { cpu: timedCpu.user + timedCpu.system, system: timedCpu.system } : polled;
  return { code, wallMs, peakBytes, peakName: top?.name ?? '?', peakTotalBytes: tree.peakTotalBytes, processes, cpuMs: cpu.cpu, systemMs: cpu.system, stderrTail: stderr.split('\n').slice(-20).join('\n') };
}
