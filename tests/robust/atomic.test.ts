/**
 * Atomic output: whatever stops a build — bad content, Astro failing, a crash outside the
 * promise chain, the last write failing after Astro and Pagefind filled the staging folder, an
 * interrupt — the earlier site stays
 * byte-identical, no staging folder is left beside it and no work folder in the project.
 * A successful build replaces the earlier site as a whole.
 */
import assert from 'node:assert/strict';
import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { after, describe, test } from 'node:test';
import { assertFailure, assertNoTrace, cli, content, leftovers, previousSite, removeAll, ROOT, snapshot, source, tempDir, workLeftovers, writeTree } from './support.ts';

const dirs: string[] = [];
after(() => removeAll(dirs));

const inject = (name: string) => ['--import', join(ROOT, 'tests/fixtures/robust/inject', name)];

/** A folder with valid content and an earlier site in `out/`. */
async function setup(name: string, extra = {}) {
  const dir = await tempDir(name);
  dirs.push(dir);
  await writeTree(dir, content(extra));
  const before = await previousSite(join(dir, 'out'));
  return { dir, out: join(dir, 'out'), before };
}

/** The earlier site is untouched and nothing of the failed build is left anywhere. */
async function assertUntouched(out: string, before: Map<string, string>, pid: number): Promise<void> {
  assert.deepEqual(await snapshot(out), before, 'the earlier site changed');
  assert.deepEqual(await leftovers(out), [], 'staging folder left beside the output');
  assert.deepEqual(await workLeftovers(pid), [], 'work folder left in .cache/');
}

describe('atomic output', { concurrency: 2 }, () => {
  test('bad content: the earlier site stays, nothing is staged', async () => {
    const { dir, out, before } = await setup('atomic-content', { 'content/sources/b.md': source('正文。').replace('kind: 讲话\n', '') });
    const run = await cli('build', ['--content', 'content', '--out', 'out'], { cwd: dir });
    assertFailure(run, { file: 'content/sources/b.md', line: 1, message: /缺少 kind/ });
    assert.doesNotMatch(run.stdout, /\[3\/5\]/, 'Astro never started');
    await assertUntouched(out, before, run.pid);
  });

  test('Astro fails after writing half a site: the earlier site stays', async () => {
    const { dir, out, before } = await setup('atomic-astro');
    const run = await cli('build', ['--content', 'content', '--out', 'out'], { cwd: dir, nodeArgs: inject('astro-fails.mjs') });
    assertNoTrace(run);
    assert.equal(run.code, 1);
    assert.equal(run.stderr, '错误：生成页面失败：[injected] Could not render /lessons/half/\n');
    assert.match(run.stdout, /\[3\/5\] 生成页面/);
    await assertUntouched(out, before, run.pid);
  });

  test('a crash outside the build’s promise chain: one line, and the earlier site stays', async () => {
    const { dir, out, before } = await setup('atomic-crash');
    const run = await cli('build', ['--content', 'content', '--out', 'out'], { cwd: dir, nodeArgs: inject('astro-crashes.mjs') });
    assertNoTrace(run);
    assert.equal(run.code, 1);
    assert.equal(run.stderr, '错误：[injected] worker crashed\n');
    await assertUntouched(out, before, run.pid);
  });

  for (const [file, step] of [
    ['data/lessons.json', /\[3\/5\][\s\S]*\[4\/5\]/],
    ['manifest.webmanifest', /\[3\/5\][\s\S]*\[4\/5\][\s\S]*\[5\/5\]/],
  ] as const) {
    test(`writing ${file} fails after Astro and Pagefind: the earlier site stays`, async () => {
      const { dir, out, before } = await setup(`atomic-late-${file.replace(/\W/g, '-')}`);
      const run = await cli('build', ['--content', 'content', '--out', 'out'], { cwd: dir, nodeArgs: inject('write-fails.mjs'), env: { XUEXI_INJECT_WRITE_FAIL: file } });
      assertNoTrace(run);
      assert.equal(run.code, 1);
      assert.match(run.stdout, step, 'the failure came late, after Astro');
      assert.doesNotMatch(run.stdout, /^完成：/mu, 'the build never said it was done');
      assert.equal(run.stderr, '错误：磁盘空间不足，未写入任何输出。\n');
      await assertUntouched(out, before, run.pid);
    });
  }

  test('an interrupt while Astro runs: the staging folder goes, the earlier site stays', async () => {
    const { dir, out, before } = await setup('atomic-signal');
    let sent = false;
    const run = await cli('build', ['--content', 'content', '--out', 'out'], {
      cwd: dir,
      onStdout: (text, child) => {
        // Astro is running: the staging folder exists now.
        if (!sent && text.includes('[3/5]')) sent = child.kill('SIGTERM');
      },
    });
    assert.ok(sent, run.stdout);
    assertNoTrace(run);
    assert.equal(run.code, 143);
    assert.match(run.stderr, /已中断：未写入任何输出/);
    await assertUntouched(out, before, run.pid);
  });

  test('a successful build replaces the earlier site as a whole', async () => {
    const { dir, out } = await setup('atomic-ok');
    const run = await cli('build', ['--content', 'content', '--out', 'out', '--quiet'], { cwd: dir });
    assertNoTrace(run);
    assert.equal(run.code, 0, run.stderr);
    assert.equal(existsSync(join(out, 'MARKER.txt')), false, 'no file of the earlier site survives');
    const lessons = JSON.parse(await readFile(join(out, 'data/lessons.json'), 'utf8')) as { text: string }[];
    assert.ok(lessons.some((l) => l.text.includes('第二部分的正文。')));
    assert.ok(existsSync(join(out, 'lessons/ceshi-1/index.html')));
    assert.deepEqual(await leftovers(out), []);
    assert.deepEqual(await workLeftovers(run.pid), []);
  });
});
