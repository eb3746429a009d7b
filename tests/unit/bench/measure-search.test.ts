import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtemp, mkdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { measureSiteSearch } from '../../../src/bench/index.ts';

/**
 * A stand-in search page with the real page's hooks: `[data-search-form]` with `input[name=q]`,
 * `[data-search-results]` and its `data-state`. A query fetches `d/<q>.bin` (4 KB), waits
 * DELAY ms and renders one `.search-result`; typing marks the results "loading" at once, as the
 * real page does (that must not count as done).
 */
const DELAY = 40;
const PAGE = `<!doctype html><meta charset="utf-8"><title>搜索</title>
<form data-search-form><input name="q"><button>搜索</button></form>
<div data-search-results data-state="idle"></div>
<script type="module" src="/s.js"></script>`;
const SCRIPT = `
const form = document.querySelector('[data-search-form]');
const input = form.querySelector('input');
const results = document.querySelector('[data-search-results]');
async function search(q) {
  results.dataset.state = 'loading';
  results.replaceChildren();
  const body = await (await fetch('/d/' + encodeURIComponent(q) + '.bin')).arrayBuffer();
  await new Promise((ok) => setTimeout(ok, ${DELAY}));
  const li = document.createElement('li');
  li.className = 'search-result';
  li.textContent = q + ' ' + body.byteLength;
  results.append(li);
  results.dataset.state = 'done';
}
input.addEventListener('input', () => { results.dataset.state = 'loading'; });
form.addEventListener('submit', (e) => { e.preventDefault(); void search(input.value); });
input.value = new URLSearchParams(location.search).get('q') ?? '';
void search(input.value);
`;

test('search is timed from submit to rendered results on the loaded page; cold figures apart', async () => {
  const dir = await mkdtemp(join(tmpdir(), 'measure-search-'));
  try {
    await mkdir(join(dir, 'search'), { recursive: true });
    await mkdir(join(dir, 'd'));
    await writeFile(join(dir, 'index.html'), '<!doctype html><title>首页</title>');
    await writeFile(join(dir, 'search/index.html'), PAGE);
    await writeFile(join(dir, 's.js'), SCRIPT);
    const queries = ['甲', '乙', '丙', '丁', '戊'];
    for (const q of queries) await writeFile(join(dir, 'd', `${q}.bin`), Buffer.alloc(4096, 1));

    const r = await measureSiteSearch(dir, queries);
    assert.equal(r.queries, 5);
    assert.equal(r.timed, 4, 'the first query is the warm-up, not timed on the loaded page');
    assert.ok(r.medianMs >= DELAY && r.medianMs < DELAY + 500, `median ${r.medianMs}`);
    assert.ok(r.p95Ms >= r.medianMs);
    // The first query brings the page, its script and its data; a later one only its data.
    assert.ok(r.firstQueryBytes > 4096 + PAGE.length + SCRIPT.length, `first ${r.firstQueryBytes}`);
    assert.ok(r.laterQueryBytes >= 4096 && r.laterQueryBytes < 4096 + 1024, `later ${r.laterQueryBytes}`);
    assert.ok(r.firstQueryMs >= DELAY, `first query ${r.firstQueryMs}`);
    assert.ok(r.pageLoad.medianMs >= DELAY && r.pageLoad.p95Ms >= r.pageLoad.medianMs, JSON.stringify(r.pageLoad));
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
});

test('a query that shows no results is an error, not a fast measurement', async () => {
  const dir = await mkdtemp(join(tmpdir(), 'measure-search-'));
  try {
    await mkdir(join(dir, 'search'), { recursive: true });
    await writeFile(join(dir, 'index.html'), '<!doctype html><title>首页</title>');
    await writeFile(join(dir, 'search/index.html'), PAGE);
    // Done at once, with nothing rendered.
    await writeFile(join(dir, 's.js'), SCRIPT.replace(/async function search\(q\) \{/, "async function search(q) { results.dataset.state = 'done'; return;"));
    await assert.rejects(measureSiteSearch(dir, ['甲', '乙']), /没有结果/);
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
});
