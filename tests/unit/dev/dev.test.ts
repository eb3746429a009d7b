import assert from 'node:assert/strict';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { it } from 'node:test';
import { errorLines } from '../../../src/cli/dev.ts';
import { injectDevClient } from '../../../src/dev/inject.ts';
import { errorPage } from '../../../src/dev/error-page.ts';
import { Rebuilder } from '../../../src/dev/rebuilder.ts';
import { fileFor } from '../../../src/dev/serve.ts';
import { watchFolder } from '../../../src/dev/watch.ts';

it('adds the dev client, told the build version, before </body> only', () => {
  assert.equal(injectDevClient('<html><body><p>x</p></body></html>', 3), '<html><body><p>x</p><script type="module" src="/__xuexi_dev/client.js?v=3"></script></body></html>');
  assert.equal(injectDevClient('<p>no body</p>', 1), '<p>no body</p><script type="module" src="/__xuexi_dev/client.js?v=1"></script>');
  assert.match(errorPage(['a.md:3: <坏>'], 0), /<pre>a\.md:3: &lt;坏&gt;<\/pre>.*client\.js\?v=0/s);
});

it('shows the file:line: message lines of a failed build, else its one error line', () => {
  assert.deepEqual(errorLines('content/sources/a.md:3: date 必须是…\ncontent/b.md: 不是 UTF-8\n错误：发现 2 个问题，未写入任何输出。\n'), ['content/sources/a.md:3: date 必须是…', 'content/b.md: 不是 UTF-8']);
  assert.deepEqual(errorLines('错误：生成页面失败：x\n'), ['错误：生成页面失败：x']);
  assert.deepEqual(errorLines(''), ['错误：构建意外中止']);
});

it('maps URL paths to files inside the site folder only', () => {
  assert.equal(fileFor('/site', '/'), '/site/index.html');
  assert.equal(fileFor('/site', '/lessons/a/'), '/site/lessons/a/index.html');
  assert.equal(fileFor('/site', '/_astro/x.css'), '/site/_astro/x.css');
  assert.equal(fileFor('/site', '/%E4%B8%AD/'), '/site/中/index.html');
  assert.equal(fileFor('/site', '/../etc/passwd'), '/site/etc/passwd');
  assert.equal(fileFor('/site', '/a/%2e%2e/%2e%2e/etc/passwd'), '/site/etc/passwd');
  assert.equal(fileFor('/site', '/%ZZ'), undefined);
  assert.equal(fileFor('/site', '/a%00b'), undefined);
});

it('runs one more build for any number of requests made during a build', async () => {
  let builds = 0;
  let release: () => void = () => undefined;
  const rebuilder = new Rebuilder(async () => {
    builds++;
    if (builds === 1) await new Promise<void>((ok) => (release = ok));
  });
  const first = rebuilder.request();
  const again = [rebuilder.request(), rebuilder.request(), rebuilder.request()];
  release();
  await Promise.all([first, ...again]);
  assert.equal(builds, 2);
  await rebuilder.request();
  assert.equal(builds, 3);
});

it('reports a burst of writes once, leaving hidden files out', async () => {
  const dir = await mkdtemp(join(tmpdir(), 'xuexi-watch-'));
  try {
    const seen: string[][] = [];
    const watcher = watchFolder(dir, (paths) => seen.push(paths), 50);
    await writeFile(join(dir, 'a.md'), '1');
    await writeFile(join(dir, 'a.md'), '2');
    await writeFile(join(dir, '.a.md.swp'), 'x');
    await new Promise((ok) => setTimeout(ok, 300));
    watcher.close();
    assert.equal(seen.length, 1);
    assert.deepEqual(seen[0], [join(dir, 'a.md')]);
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
});
