/**
 * A 1 MB source that is one paragraph without a single break (a scraped single-line dump)
 * builds in seconds — before paragraphs were cut for length, this one took over five minutes
 * (a theme pattern and Pagefind, both worse than linear in unbroken text) — and every part of
 * it is found by the site's own search, each result pointing at the passage that holds the phrase.
 */
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { after, test } from 'node:test';
import { startPreview } from '../../src/cli/preview.ts';
import { SearchRun } from '../../src/islands/search/engine.ts';
import { ExactIndex } from '../../src/islands/search/exact-index.ts';
import { parseQuery } from '../../src/search/query.ts';
import { NO_BREAK_END, NO_BREAK_START, noBreakLine } from '../fixtures/search/no-break.ts';
import { assertNoTrace, cli, removeAll, source, tempDir, writeTree } from './support.ts';

const dirs: string[] = [];
after(() => removeAll(dirs));

test('a 1 MB source without a single break builds in under 30 s, every part of it found by search at its passage', async (t) => {
  const line = noBreakLine(1024 * 1024);
  const dir = await tempDir('no-break');
  dirs.push(dir);
  await writeTree(dir, { 'content/sources/dan-hang.md': source(`${line}\n`, ['slug: dan-hang']) });
  const run = await cli('build', ['--content', 'content', '--out', 'out', '--quiet'], { cwd: dir });
  t.diagnostic(`1 MB source without a break: build ${(run.ms / 1000).toFixed(1)} s`);
  assertNoTrace(run);
  assert.equal(run.code, 0, run.stderr);
  // About 4 s on an idle two-core machine.
  assert.ok(run.ms < 30_000, `build took ${run.ms} ms`);

  const lessons = JSON.parse(await readFile(join(dir, 'out/data/lessons.json'), 'utf8')) as { text: string }[];
  assert.ok(lessons.map((l) => l.text).join('') === line, 'the lessons hold the line, in order');

  const server = await startPreview({ dir: join(dir, 'out'), port: 0 });
  try {
    const exact = new ExactIndex(`http://127.0.0.1:${(server.address() as AddressInfo).port}/`);
    const noPagefind = async () => {
      throw new Error('exact matches need no Pagefind');
    };
    // The start, a phrase from each tenth of the line, and the end.
    const phrases = [NO_BREAK_START, ...Array.from({ length: 9 }, (_, k) => line.slice(((k + 1) * line.length) / 10, ((k + 1) * line.length) / 10 + 6)), NO_BREAK_END];
    for (const phrase of phrases) {
      const [first] = await new SearchRun({ exact, pagefind: noPagefind, base: '/' }, parseQuery(phrase)).next(1);
      assert.ok(first?.exact, `${phrase}: an exact match`);
      const url = new URL(first.href, 'http://x');
      const anchor = decodeURIComponent(url.hash.slice(1));
      assert.match(anchor, /^p1(?:-\d+)?$/, `${phrase}: ${first.href} points at a passage`);
      const html = await readFile(join(dir, 'out', url.pathname, 'index.html'), 'utf8');
      const passage = new RegExp(`<p id="${anchor}">([^<]*)</p>`).exec(html)?.[1] ?? '';
      assert.ok(passage.includes(phrase), `${phrase}: passage #${anchor} of ${url.pathname} holds it`);
    }
  } finally {
    server.close();
  }
});
