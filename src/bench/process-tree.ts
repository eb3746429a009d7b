import { readdirSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';

/** Peak memory of one process seen while polling. */
export interface ProcessPeak {
  pid: number;
  name: string;
  /** Peak resident set size (VmHWM) in bytes. */
  peakBytes: number;
  /** User + system CPU time of the process (its own threads, not its children), last seen, in ms. */
  cpuMs: number;
  /** The system (kernel) part of `cpuMs`. */
  systemMs: number;
}

/** What the poller saw over a process tree's lifetime. */
export interface TreePeaks {
  processes: ProcessPeak[];
  /** Highest sum of the tree's current RSS at one poll, in bytes. */
  peakTotalBytes: number;
  /** CPU time of every process seen, in ms (up to one polling interval per process is missed). */
  cpuMs: number;
  /** The system (kernel) part of `cpuMs`. */
  systemMs: number;
}

// Linux reports CPU time in clock ticks of 1/100 s on every architecture Node supports.
const TICK_MS = 10;

/** User and system CPU ms of one process from its `/proc/<pid>/stat` text (fields 14 and 15). */
export function parseStatTimes(stat: string): { user: number; system: number } {
  const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
  return { user: Number(fields[11]) * TICK_MS || 0, system: Number(fields[12]) * TICK_MS || 0 };
}

function readText(path: string): string | undefined {
  try {
    return readFileSync(path, 'utf8');
  } catch {
    return undefined;
  }
}

/** Every live process id (Linux `/proc`; none elsewhere). */
function livePids(): string[] {
  try {
    return readdirSync('/proc').filter((entry) => /^\d+$/.test(entry));
  } catch {
    return [];
  }
}

/** Parent pid of every live process, from `/proc/<pid>/stat` (Linux only). */
export function parentMap(): Map<number, number> {
  const parents = new Map<number, number>();
  for (const entry of livePids()) {
    const stat = readText(`/proc/${entry}/stat`);
    if (!stat) continue;
    // The command name is in parentheses and may hold spaces: parse after the last `)`.
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    parents.set(Number(entry), Number(fields[1]));
  }
  return parents;
}

/** Whether a process other than this one has `dir` (or a path inside it) among its arguments (Linux `/proc`). */
export function processUsing(dir: string): boolean {
  const root = resolve(dir);
  return livePids().some((pid) => Number(pid) !== process.pid && (readText(`/proc/${pid}/cmdline`) ?? '').split('\0').some((arg) => arg === root || arg.startsWith(`${root}/`)));
}

/** The pid and all its live descendants. */
export function descendants(root: number, parents: Map<number, number>): number[] {
  const children = new Map<number, number[]>();
  for (const [pid, ppid] of parents) {
    const list = children.get(ppid) ?? [];
    list.push(pid);
    children.set(ppid, list);
  }
  const out: number[] = [];
  const queue = [root];
  while (queue.length > 0) {
    const pid = queue.shift()!;
    out.push(pid);
    queue.push(...(children.get(pid) ?? []));
  }
  return out;
}

/** `VmHWM` / `VmRSS` (bytes) and `Name` from a `/proc/<pid>/status` text. */
export function parseStatus(text: string): { name: string; hwm: number; rss: number } {
  const field = (key: string) => new RegExp(`^${key}:\\s*(.+)$`, 'm').exec(text)?.[1]?.trim() ?? '';
  const kb = (key: string) => Number.parseInt(field(key), 10) * 1024 || 0;
  return { name: field('Name'), hwm: kb('VmHWM'), rss: kb('VmRSS') };
}

/**
 * Poll a process tree's memory until stopped. Pagefind runs as a separate binary under the
 * Node process, so the tree, not the root, is what holds the peak.
 */
export function watchProcessTree(root: number, intervalMs = 100): { stop(): TreePeaks } {
  const peaks = new Map<number, ProcessPeak>();
  let peakTotalBytes = 0;
  const poll = () => {
    let total = 0;
    for (const pid of descendants(root, parentMap())) {
      const status = readText(`/proc/${pid}/status`);
      if (!status) continue;
      const { name: comm, hwm, rss } = parseStatus(status);
      const seen = peaks.get(pid);
      // Node 24 names its main thread `MainThread`, so the program name is clearer; a zombie has
      // no command line any more, so keep the name seen while it ran.
      const argv0 = readText(`/proc/${pid}/cmdline`)?.split('\0')[0];
      const name = argv0 ? argv0.slice(argv0.lastIndexOf('/') + 1) : (seen?.name ?? comm);
      total += rss;
      const { user, system } = parseStatTimes(readText(`/proc/${pid}/stat`) ?? '');
      peaks.set(pid, { pid, name, peakBytes: Math.max(hwm, seen?.peakBytes ?? 0), cpuMs: Math.max(user + system, seen?.cpuMs ?? 0), systemMs: Math.max(system, seen?.systemMs ?? 0) });
    }
    peakTotalBytes = Math.max(peakTotalBytes, total);
  };
  poll();
  const timer = setInterval(poll, intervalMs);
  return {
    stop() {
      clearInterval(timer);
      const processes = [...peaks.values()].sort((a, b) => b.peakBytes - a.peakBytes);
      return { processes, peakTotalBytes, cpuMs: processes.reduce((sum, p) => sum + p.cpuMs, 0), systemMs: processes.reduce((sum, p) => sum + p.systemMs, 0) };
    },
  };
}
