/**
 * `npm run dev` as an editor uses it: the sample content copied to a temp folder, the dev server
 * on an OS-assigned port. A saved edit shows in the open page within 3 s; a bad frontmatter
 * shows its `file:line: message` on the page while the last good site is still served.
 */
import { test, expect } from '@playwright/test';
import { spawn, type ChildProcess } from 'node:child_process';
import { cp, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

test.describe.configure({ mode: 'serial' });

const SOURCE = 'content/sources/jiguan-dangjian-jianghua.md';
const PAGE = 'sources/jiguan-dangjian-jianghua/';
let dir = '';
let dev: ChildProcess | undefined;
let url = '';
let output = '';

test.beforeAll(async () => {
  test.setTimeout(120_000);
  dir = await mkdtemp(join(tmpdir(), 'xuexi-dev-'));
  await cp(resolve('content'), join(dir, 'content'), { recursive: true });
  dev = spawn(process.execPath, [resolve('src/cli/dev.ts'), '--content', 'content', '--out', 'out', '--port', '0'], { cwd: dir, stdio: ['ignore', 'pipe', 'pipe'], env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1' } });
  dev.stdout!.setEncoding('utf8').on('data', (t: string) => (output += t));
  dev.stderr!.setEncoding('utf8').on('data', (t: string) => (output += t));
  // Served once the first build is done and the content is watched.
  await expect.poll(() => /开发服务器：(http:\/\/127\.0\.0\.1:\d+\/)（保存/.exec(output)?.[1] ?? '', { timeout: 110_000 }).not.toBe('');
  url = /开发服务器：(http:\/\/127\.0\.0\.1:\d+\/)（保存/.exec(output)![1]!;
});

test.afterAll(async () => {
  if (dev?.pid) process.kill(dev.pid, 'SIGTERM');
  await new Promise((ok) => (dev?.exitCode !== null ? ok(undefined) : dev.once('exit', ok)));
  await rm(dir, { recursive: true, force: true });
});

/** Replace text in the copied source, as an editor's save does. */
async function edit(from: string | RegExp, to: string): Promise<void> {
  const file = join(dir, SOURCE);
  const text = await readFile(file, 'utf8');
  const next = text.replace(from, to);
  expect(next, `${String(from)} is in ${SOURCE}`).not.toBe(text);
  await writeFile(file, next);
}

test('a saved edit to a source shows in the open page within 3 seconds', async ({ page }) => {
  await page.goto(`${url}${PAGE}`);
  const article = page.locator('article');
  await expect(article).toContainText('让我深受启发');
  const started = Date.now();
  await edit('让我深受启发', '让我深受启发、倍受鼓舞');
  await expect(article).toContainText('让我深受启发、倍受鼓舞', { timeout: 3000 });
  console.log(`dev reload: ${Date.now() - started} ms from save to the page showing the edit`);
  // Only the dev server adds its client: the built page itself has none.
  expect(await readFile(join(dir, 'out', PAGE, 'index.html'), 'utf8')).not.toContain('__xuexi_dev');
});

test('a bad frontmatter shows its file:line: message on the page, and the last good site stays served', async ({ page }) => {
  await page.goto(`${url}${PAGE}`);
  await edit(/^date: .*$/m, 'date: 2026-13-45');
  const alert = page.locator('[data-dev-error]');
  await expect(alert).toContainText(`${SOURCE}:3: date 必须是 YYYY-MM-DD 格式的真实日期`, { timeout: 10_000 });
  await expect(page.locator('article')).toContainText('让我深受启发、倍受鼓舞');
  expect(output).toContain(`${SOURCE}:3: date 必须是 YYYY-MM-DD 格式的真实日期`);
  // A page opened now is the last good build's, with the error over it.
  const response = await page.reload();
  expect(response?.status()).toBe(200);
  await expect(page.locator('article')).toContainText('让我深受启发、倍受鼓舞');
  await expect(alert).toContainText(`${SOURCE}:3:`);
  // Fixed: the error goes, the page is current again.
  await edit(/^date: .*$/m, 'date: 2026-01-02');
  await expect(alert).toHaveCount(0, { timeout: 10_000 });
  await expect(page.locator('article time').first()).toHaveText('2026-01-02');
});
