import { spawn, type ChildProcess } from 'node:child_process';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { STANDBY_READY } from '../dev/standby.ts';
import { CliError, parseOptions, runCli } from './run-cli.ts';
import { DevEvents, type DevState } from '../dev/events.ts';
import { Rebuilder } from '../dev/rebuilder.ts';
import { startDevServer } from '../dev/serve.ts';
import { watchFolder } from '../dev/watch.ts';

/** Options of `npm run dev`. */
export interface DevOptions {
  /** @default 'content' */
  content: string;
  /** Where the dev builds go (never the published output). @default '.cache/dev/site' */
  out: string;
  /** 0: any free port. @default 4321 */
  port: number;
}

/**
 * The lines an editor reads for a failed build, from what `npm run build` printed on stderr: its
 * `file:line: message` lines, or its one `错误：…` line when there are none.
 */
export function errorLines(stderr: string): string[] {
  const lines = stderr.split('\n').map((l) => l.trimEnd()).filter((l) => l !== '');
  const issues = lines.filter((l) => !l.startsWith('错误：'));
  return issues.length > 0 ? issues : lines.length > 0 ? lines : ['错误：构建意外中止'];
}

const BUILD_PROCESS = join(dirname(fileURLToPath(import.meta.url)), '../dev/build-process.ts');

/** A build process started ahead (see src/dev/build-process.ts), waiting for its go. */
interface Standby {
  child: ChildProcess;
  done: Promise<{ ok: boolean; stdout: string; stderr: string }>;
  /** Resolves once it has loaded its modules and run the pipeline once (or has ended). */
  warm: Promise<void>;
}

/** Start a build process that loads its modules and waits. */
function standby(content: string, out: string): Standby {
  const child = spawn(process.execPath, [BUILD_PROCESS, '--content', content, '--out', out], { env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1' }, stdio: ['pipe', 'pipe', 'pipe'] });
  let stdout = '';
  let stderr = '';
  let warmed: () => void = () => undefined;
  const warm = new Promise<void>((resolve) => (warmed = resolve));
  child.stdout!.setEncoding('utf8').on('data', (t: string) => {
    stdout += t;
    if (stdout.includes(STANDBY_READY)) warmed();
  });
  child.stderr!.setEncoding('utf8').on('data', (t: string) => (stderr += t));
  const done = new Promise<{ ok: boolean; stdout: string; stderr: string }>((resolve, reject) => {
    child.on('error', reject);
    child.on('close', (code) => resolve({ ok: code === 0, stdout, stderr }));
  });
  done.finally(warmed).catch(() => undefined);
  return { child, done, warm };
}

/**
 * Builds for the dev server, one at a time, each in a process of its own (a fresh Astro every
 * time: one process rendering again and again would keep its first build's modules, and a crash
 * cannot take the server down). The next build's process is started as soon as one ends, so
 * that it has loaded its modules by the next save.
 */
class Builds {
  private next?: Standby;
  private readonly content: string;
  private readonly out: string;

  constructor(content: string, out: string) {
    this.content = content;
    this.out = out;
  }

  /** Run one build. */
  async run(): Promise<{ ok: boolean; stdout: string; stderr: string }> {
    const build = this.next ?? standby(this.content, this.out);
    this.next = undefined;
    build.child.stdin!.end('go\n');
    const result = await build.done;
    this.next = standby(this.content, this.out);
    return result;
  }

  /** Resolves once the process for the next build is warm (at once when there is none). */
  async warm(): Promise<void> {
    await this.next?.warm;
  }

  /** Stop the process waiting for the next build. */
  close(): void {
    this.next?.child.stdin?.end();
    this.next?.child.kill();
    this.next = undefined;
  }
}

/** What the build said it reused, for the terminal: its `增量构建：…` or `完整构建：…` line. */
function reuseLine(stdout: string): string {
  return /^\s*((?:增量构建|完整构建)：.*)$/m.exec(stdout)?.[1] ?? '';
}

const clock = () => new Date().toTimeString().slice(0, 8);
const seconds = (ms: number) => `${(ms / 1000).toFixed(1)} 秒`;

/**
 * Build the content, serve it on 127.0.0.1 and rebuild on every change under the content
 * folder (incrementally: the builds reuse what did not change). Open pages reload after each
 * good build; a failed one prints its `file:line: message` lines and shows them on the page,
 * which stays the last good build's.
 */
export async function startDev(options: DevOptions): Promise<{ url: string; close(): Promise<void> }> {
  const events = new DevEvents();
  const builds = new Builds(options.content, options.out);
  let state: DevState = { version: 0, errors: [] };
  let ready = false;
  const build = async () => {
    const start = performance.now();
    const run = await builds.run();
    if (run.ok) {
      ready = true;
      state = { version: state.version + 1, errors: [] };
      console.log(`[${clock()}] 已更新（${seconds(performance.now() - start)}）${reuseLine(run.stdout)}`);
    } else {
      const lines = errorLines(run.stderr);
      state = { version: state.version, errors: lines };
      for (const line of lines) console.error(line);
      console.error(`[${clock()}] 构建失败${ready ? '：仍在提供上一次成功构建的站点' : ''}`);
    }
    events.publish(state);
  };
  const rebuilder = new Rebuilder(build);
  const server = await startDevServer({ dir: resolve(options.out), port: options.port, events, state: () => state, ready: () => ready }).catch((error: NodeJS.ErrnoException) => {
    if (error.code === 'EADDRINUSE') throw new CliError(`端口 ${options.port} 已被占用；请用 --port 指定其他端口（--port 0 自动选择）`);
    throw error;
  });
  const address = server.address();
  const url = `http://127.0.0.1:${typeof address === 'object' && address ? address.port : options.port}/`;
  console.log(`开发服务器：${url}（构建中…）`);
  await rebuilder.request();
  const contentDir = resolve(options.content);
  const watcher = watchFolder(contentDir, (paths) => {
    const names = paths.map((p) => relative(process.cwd(), p) || p);
    console.log(`[${clock()}] ${names.slice(0, 3).join('、')}${names.length > 3 ? ` 等 ${names.length} 个文件` : ''} 已改动，重新构建…`);
    void rebuilder.request();
  });
  // Ready once a save would start a warm build.
  await builds.warm();
  console.log(`开发服务器：${url}（保存 ${options.content} 中的文件即重新构建并刷新页面；Ctrl+C 退出）`);
  return {
    url,
    async close() {
      watcher.close();
      builds.close();
      events.close();
      await new Promise<void>((ok) => server.close(() => ok()));
    },
  };
}

if (import.meta.main) {
  await runCli(async () => {
    const values = parseOptions(process.argv.slice(2), {
      content: { type: 'string', default: 'content' },
      out: { type: 'string', default: '.cache/dev/site' },
      port: { type: 'string', default: '4321' },
    });
    if (!/^\d{1,5}$/.test(values.port) || Number(values.port) > 65535) throw new CliError(`--port 应为 0 到 65535 之间的整数（收到「${values.port}」）`);
    await startDev({ content: values.content, out: values.out, port: Number(values.port) });
  });
}
