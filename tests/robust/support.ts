/**
 * Helpers for the robustness suite: run the real commands in a child process (as an editor
 * would), build content folders in temp dirs, and prove what a failure left behind.
 */
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { createHash } from 'node:crypto';
import { mkdir, mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';

/** The project root. */
export const ROOT = resolve(import.meta.dirname, '../..');

/** Files of a content folder (or any tree): relative path → text or bytes. */
export type Tree = Record<string, string | Uint8Array>;

/** What a command did. */
export interface Run {
  /** Process id of the command (its work folder is `.cache/build-<pid>`). */
  pid: number;
  code: number | null;
  signal: NodeJS.Signals | null;
  stdout: string;
  stderr: string;
  /** Wall time in milliseconds. */
  ms: number;
}

/** Options of `cli`. */
export interface CliOptions {
  /** Working directory; messages name files relative to it. */
  cwd: string;
  env?: Record<string, string>;
  /** Node options before the script (e.g. `--import` of a fault injector). */
  nodeArgs?: string[];
  /** Called with each chunk of stdout (e.g. to interrupt at a stage). */
  onStdout?: (text: string, child: { kill(signal: NodeJS.Signals): boolean }) => void;
  /** @default 600_000 */
  timeoutMs?: number;
}

/** Run `src/cli/<name>.ts` with the project's Node (what `npm run <name>` does). */
export function cli(name: 'build' | 'check' | 'import', args: string[], options: CliOptions): Promise<Run> {
  const start = performance.now();
  return new Promise((done, fail) => {
    const child = spawn(process.execPath, [...(options.nodeArgs ?? []), join(ROOT, 'src/cli', `${name}.ts`), ...args], {
      cwd: options.cwd,
      env: { ...process.env, XUEXI_DEBUG: '', ASTRO_TELEMETRY_DISABLED: '1', ...options.env },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let stdout = '';
    let stderr = '';
    child.stdout.setEncoding('utf8').on('data', (t: string) => {
      stdout += t;
      options.onStdout?.(t, child);
    });
    child.stderr.setEncoding('utf8').on('data', (t: string) => (stderr += t));
    const timer = setTimeout(() => child.kill('SIGKILL'), options.timeoutMs ?? 600_000);
    child.on('error', fail);
    child.on('close', (code, signal) => {
      clearTimeout(timer);
      done({ pid: child.pid ?? 0, code, signal, stdout, stderr, ms: performance.now() - start });
    });
  });
}

/** A fresh temp folder. */
export function tempDir(prefix: string): Promise<string> {
  return mkdtemp(join(tmpdir(), `xuexi-robust-${prefix}-`));
}

/** Write a tree of files under `dir`. */
export async function writeTree(dir: string, tree: Tree): Promise<void> {
  for (const [path, content] of Object.entries(tree)) {
    const full = join(dir, path);
    await mkdir(dirname(full), { recursive: true });
    await writeFile(full, content);
  }
}

/** A valid source file: frontmatter (title, date, kind + extra lines) and a body. */
export function source(body: string, frontmatter: string[] = []): string {
  return ['---', 'title: 测试讲话', 'date: 2026-01-01', 'kind: 讲话', ...frontmatter, '---', '', body].join('\n');
}

/** The body of a small valid source with two parts. */
export const GOOD_BODY = '# 测试讲话\n\n## 一、第一部分\n\n第一部分的正文。\n\n## 二、第二部分\n\n第二部分的正文。\n';

/** A content folder with one valid source, plus `extra` files. */
export function content(extra: Tree = {}): Tree {
  return { 'content/sources/ceshi.md': source(GOOD_BODY), ...extra };
}

/** sha256 of every file under `dir`, by relative path (sorted). */
export async function snapshot(dir: string): Promise<Map<string, string>> {
  const out = new Map<string, string>();
  const names = (await readdir(dir, { recursive: true, withFileTypes: true }))
    .filter((e) => e.isFile())
    .map((e) => join(e.parentPath, e.name).slice(dir.length + 1))
    .sort();
  for (const name of names) out.set(name, createHash('sha256').update(await readFile(join(dir, name))).digest('hex'));
  return out;
}

/**
 * Pre-create `dir` as the output of an earlier build would look (so the build may replace it),
 * with a marker file whose content is unique; returns the snapshot to compare with later.
 */
export async function previousSite(dir: string): Promise<Map<string, string>> {
  await writeTree(dir, {
    'index.html': '<!doctype html><title>旧站点</title>',
    'data/lessons.json': '[]\n',
    'MARKER.txt': `earlier build ${dir}\n`,
  });
  return snapshot(dir);
}

/** Leftovers of a build beside `outDir`: staging or set-aside folders. */
export async function leftovers(outDir: string): Promise<string[]> {
  const parent = dirname(resolve(outDir));
  const name = resolve(outDir).slice(parent.length + 1);
  return (await readdir(parent)).filter((n) => n.startsWith(`.${name}.`));
}

/** Build work folders the build left in the project (`.cache/build-<pid>`). */
export async function workLeftovers(pid?: number): Promise<string[]> {
  const names = await readdir(join(ROOT, '.cache')).catch(() => [] as string[]);
  return names.filter((n) => (pid === undefined ? /^build-\d+$/.test(n) : n === `build-${pid}`));
}

/** No stack trace, no JavaScript error class names, in anything the command printed. */
export function assertNoTrace(run: Run): void {
  const all = `${run.stdout}\n${run.stderr}`;
  assert.doesNotMatch(all, /^\s+at .+/m, `stack trace printed:\n${all}`);
  assert.doesNotMatch(all, /\b(?:[A-Z][A-Za-z]*)?Error\b|\bERR_[A-Z_]+\b/, `error class name printed:\n${all}`);
}

/** Expectation for a failed command: the first issue names `file` (and `line`). */
export interface Failure {
  file: string;
  /** `null`: the message has no line; `undefined`: not checked. */
  line?: number | null;
  /** The message after `file:line: `. */
  message: RegExp;
  /** Exact number of issue lines (`file…: message`). @default 1 */
  issues?: number;
}

/** The `file[:line]: message` lines of a run's stderr. */
export function issueLines(run: Run): string[] {
  // Not the closing summary (`错误：…`), nor the import's progress (`[1/2] a.txt…`).
  return run.stderr.split('\n').filter((l) => l !== '' && !l.startsWith('错误：') && !/^\[\d+\/\d+\] /.test(l));
}

/** Exit code 1, no trace, and exactly the expected `file:line: message` issue(s). */
export function assertFailure(run: Run, expected: Failure): void {
  assertNoTrace(run);
  assert.equal(run.code, 1, `exit code (stderr: ${run.stderr})`);
  const lines = issueLines(run);
  assert.equal(lines.length, expected.issues ?? 1, `issue lines:\n${run.stderr}`);
  const line = expected.line === undefined ? '(?::\\d+)?' : expected.line === null ? '' : `:${expected.line}`;
  const pattern = new RegExp(`^${escape(expected.file)}${line}: (.+)$`);
  const named = lines.map((l) => pattern.exec(l)).filter((x) => x !== null);
  assert.ok(named.length > 0, `no line "${expected.file}${expected.line ? `:${expected.line}` : ''}: …" in:\n${run.stderr}`);
  assert.ok(named.some((m) => expected.message.test(m[1]!)), `no "${expected.file}${expected.line ? `:${expected.line}` : ''}: …" line matches ${expected.message} in:\n${run.stderr}`);
}

/** A failed build: as `assertFailure`, and the earlier output is byte-identical with no leftovers. */
export async function assertNothingWritten(run: Run, outDir: string, before: Map<string, string>): Promise<void> {
  assert.deepEqual(await snapshot(outDir), before, 'the earlier output changed');
  assert.deepEqual(await leftovers(outDir), [], 'staging folders left behind');
  assert.match(run.stderr, /未写入任何输出|错误：/);
}

/** Remove temp folders (tests call this in `after`). */
export async function removeAll(dirs: string[]): Promise<void> {
  await Promise.all(dirs.map((d) => rm(d, { recursive: true, force: true })));
}

function escape(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
