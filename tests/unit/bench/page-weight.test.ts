import assert from 'node:assert/strict';
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test } from 'node:test';
import { gzipSync } from 'node:zlib';
import { largestLessonPage, pageWeight } from '../../../src/bench/page-weight.ts';

const FILES: Record<string, string> = {
  'lessons/a/index.html': `<!doctype html><html><head><link rel="stylesheet" href="/xuexi/_astro/base.css"><link rel="icon" href="/xuexi/favicon.svg"><link rel="stylesheet" href="/xuexi/_astro/quiz.css"></head><body><p>${'学习'.repeat(50)}</p><script type="module" src="/xuexi/_astro/a.js"></script><script type="module" src="/xuexi/_astro/b.js"></script><script src="https://example.org/x.js"></script></body></html>`,
  'lessons/b/index.html': '<!doctype html><p>短</p>',
  '_astro/base.css': 'body{font-family:sans-serif}'.repeat(20),
  '_astro/quiz.css': '.quiz{margin:0}',
  '_astro/a.js': 'import{s as t}from"./shared.js";import"./mount.js";t();',
  '_astro/b.js': 'import{s}from"./shared.js";document.querySelector("form").onsubmit=()=>import("./search.js");',
  '_astro/shared.js': 'export const s=()=>1;',
  '_astro/mount.js': 'console.log("mount")',
  '_astro/search.js': 'x'.repeat(5000),
  'favicon.svg': '<svg/>',
};

test('a page weighs its HTML, stylesheets and scripts with their static imports, gzipped, each once', async () => {
  const dir = await mkdtemp(join(tmpdir(), 'page-weight-'));
  try {
    for (const [path, text] of Object.entries(FILES)) {
      await mkdir(join(dir, path, '..'), { recursive: true });
      await writeFile(join(dir, path), text);
    }
    assert.equal(await largestLessonPage(dir), 'lessons/a/index.html');
    const weight = await pageWeight(dir, 'lessons/a/index.html', '/xuexi/');
    const gz = (path: string) => gzipSync(Buffer.from(FILES[path]!)).length;
    assert.deepEqual(weight.files, ['lessons/a/index.html', '_astro/base.css', '_astro/quiz.css', '_astro/a.js', '_astro/b.js', '_astro/shared.js', '_astro/mount.js']);
    assert.equal(weight.html, gz('lessons/a/index.html'));
    assert.equal(weight.css, gz('_astro/base.css') + gz('_astro/quiz.css'));
    assert.equal(weight.js, gz('_astro/a.js') + gz('_astro/b.js') + gz('_astro/shared.js') + gz('_astro/mount.js'));
    assert.equal(weight.total, weight.html + weight.css + weight.js);
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
});
