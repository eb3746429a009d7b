/**
 * The sample content built twice, at the same time, from two copies in different folders, with
 * different SOURCE_DATE_EPOCH, time zones and locales: the outputs must be byte-identical (no
 * timestamps, random ids, absolute paths or hash-order effects). Over the same output: every page
 * carries the Content-Security-Policy before anything it governs, and every page Pagefind should
 * index lies where the indexer looks (src/search/build-index.ts, SEARCHABLE_PAGES).
 */
import assert from 'node:assert/strict';
import { cp, mkdtemp, readdir, readFile, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { after, before, test } from 'node:test';
import * as pagefind from 'pagefind';
import { SEARCHABLE_PAGES } from '../../src/search/build-index.ts';
import { largestLessonPage, pageWeight } from '../../src/bench/page-weight.ts';
import { readFragmentJson } from '../../src/search/fragments.ts';
import { indexDocuments } from '../../src/search/index-documents.ts';
import { groupDocuments } from '../../src/search/group-documents.ts';
import { pageUrl } from '../../src/search/document-text.ts';
import { readContent } from '../../src/content/read-content.ts';
import { runPipeline } from '../../src/pipeline/run-pipeline.ts';
import { assertNoTrace, cli, removeAll, ROOT, snapshot, tempDir, type Run } from './support.ts';

const dirs: string[] = [];
after(() => removeAll(dirs));

let siteA = '';
let siteB = '';
let runs: Run[] = [];
let htmlFiles: string[] = [];

before(async () => {
  const [a, b] = await Promise.all([tempDir('repro-a'), tempDir('repro-b')]);
  // The second output lies on another file system (a tmpfs), as an output on another disk would.
  const otherDisk = await mkdtemp('/dev/shm/xuexi-repro-');
  dirs.push(a, b, otherDisk);
  assert.notEqual((await stat(otherDisk)).dev, (await stat(ROOT)).dev, '/dev/shm is another file system');
  await Promise.all([cp(join(ROOT, 'content'), join(a, 'content'), { recursive: true }), cp(join(ROOT, 'content'), join(b, 'content'), { recursive: true })]);
  siteA = join(a, 'site');
  siteB = join(otherDisk, 'site');
  runs = await Promise.all([
    cli('build', ['--content', 'content', '--out', 'site', '--quiet'], { cwd: a, env: { TZ: 'UTC', LANG: 'C.UTF-8', SOURCE_DATE_EPOCH: '' } }),
    cli('build', ['--content', 'content', '--out', siteB, '--quiet'], { cwd: b, env: { TZ: 'Asia/Shanghai', LANG: 'zh_CN.UTF-8', SOURCE_DATE_EPOCH: '0' } }),
  ]);
  htmlFiles = (await readdir(siteA, { recursive: true })).filter((n) => n.endsWith('.html')).sort();
});

test('both builds succeed, side by side', () => {
  for (const run of runs) {
    assertNoTrace(run);
    assert.equal(run.code, 0, run.stderr);
  }
});

test('the two outputs (one on another file system) are byte-identical, file for file', async () => {
  const [a, b] = await Promise.all([snapshot(siteA), snapshot(siteB)]);
  assert.ok(a.size > 50, `a whole site (${a.size} files)`);
  assert.deepEqual([...b.keys()], [...a.keys()], 'the same files');
  const differ = [...a].filter(([name, hash]) => b.get(name) !== hash).map(([name]) => name);
  assert.deepEqual(differ, [], 'files that differ between the two builds');
});

test('no build date, no absolute path of the machine in the output', async () => {
  const now = new Date();
  const today = [now.toISOString().slice(0, 10), new Date(now.getTime() + 8 * 3600_000).toISOString().slice(0, 10)];
  const contentText = (await Promise.all((await readdir(join(ROOT, 'content'), { recursive: true })).filter((n) => /\.(md|ya?ml)$/.test(n)).map((n) => readFile(join(ROOT, 'content', n), 'utf8')))).join('\n');
  const leaks = [...today.filter((d) => !contentText.includes(d)), siteA, ROOT, '/tmp/'];
  const found: string[] = [];
  for (const name of (await readdir(siteA, { recursive: true, withFileTypes: true })).filter((e) => e.isFile())) {
    const path = join(name.parentPath, name.name);
    if (!/\.(html|json|xml|js|webmanifest|txt|css)$/.test(path)) continue;
    const text = await readFile(path, 'utf8');
    for (const leak of leaks) if (text.includes(leak)) found.push(`${path.slice(siteA.length + 1)}: ${leak}`);
  }
  assert.deepEqual(found, []);
});

test('every page carries the Content-Security-Policy before any script or style', async () => {
  assert.ok(htmlFiles.length > 20);
  const problems: string[] = [];
  for (const name of htmlFiles) {
    const html = await readFile(join(siteA, name), 'utf8');
    const metas = [...html.matchAll(/<meta http-equiv="content-security-policy" content="([^"]*)">/gi)];
    if (metas.length !== 1) {
      problems.push(`${name}: ${metas.length} CSP meta elements`);
      continue;
    }
    const policy = metas[0]![1]!;
    for (const directive of ["default-src 'self'", "object-src 'none'", "base-uri 'self'", "form-action 'self'"]) if (!policy.includes(directive)) problems.push(`${name}: no ${directive}`);
    const script = /script-src ([^;]*)/.exec(policy)?.[1] ?? '';
    if (!/^\s*'(self|none)'/.test(script) || /'unsafe-inline'|'unsafe-eval'|\*|https?:|data:|blob:/.test(script)) problems.push(`${name}: script-src ${script}`);
    const at = metas[0]!.index!;
    const first = html.search(/<script|<style|<link rel="stylesheet"/);
    if (first >= 0 && first < at) problems.push(`${name}: a script or style comes before the CSP`);
    if (at > html.indexOf('</head>')) problems.push(`${name}: CSP outside <head>`);
  }
  assert.deepEqual(problems, []);
});

test('every searchable page lies where Pagefind is pointed, and Pagefind indexed them all', async () => {
  const folders = /^\{([^}]*)\}\/\*\*\/\*\.html$/.exec(SEARCHABLE_PAGES)![1]!.split(',');
  const searchable: string[] = [];
  for (const name of htmlFiles) if ((await readFile(join(siteA, name), 'utf8')).includes('data-pagefind-body')) searchable.push(name);
  assert.ok(searchable.length > 10);
  assert.deepEqual(searchable.filter((n) => !folders.includes(n.split('/')[0]!)), [], 'searchable pages Pagefind would not see');
  const entry = JSON.parse(await readFile(join(siteA, 'pagefind/pagefind-entry.json'), 'utf8')) as { languages: Record<string, { page_count: number }> };
  // Pagefind indexed every page: each on its own, or a source's short lessons as one document.
  const { files } = await readContent(join(ROOT, 'content'));
  const docs = groupDocuments(indexDocuments(runPipeline(files).data!));
  assert.ok(docs.length < searchable.length);
  assert.equal(entry.languages['zh-cn']?.page_count, docs.length);
  assert.deepEqual(docs.flatMap((d) => d.slots?.map((s) => s.u) ?? [pageUrl(d.path)]).sort(), searchable.map((n) => pageUrl(n)).sort());
  const meta = JSON.parse(await readFile(join(siteA, 'ngram/meta.json'), 'utf8')) as { pages: number };
  assert.equal(meta.pages, searchable.length);
});

/** Every fragment Pagefind wrote under `dir` (text, anchors, meta, filters), by page URL. */
async function fragmentsByUrl(dir: string): Promise<Map<string, string>> {
  const out = new Map<string, string>();
  const names = (await readdir(join(dir, 'fragment'))).filter((n) => n.endsWith('.pf_fragment')).sort();
  for (const name of names) {
    // A fragment file holds one page (`url` at the top) or a group of them keyed by number.
    const json = readFragmentJson(await readFile(join(dir, 'fragment', name))) as Record<string, unknown>;
    const fragments = typeof json.url === 'string' ? [json] : (Object.values(json) as Record<string, unknown>[]);
    for (const f of fragments) out.set(String(f.url), JSON.stringify(f));
  }
  return out;
}

test('the documents Pagefind indexes (rendered from SiteData) index exactly like the built pages', async () => {
  // Pagefind is fed documents rendered beside Astro (src/search/index-documents.ts); any drift
  // from the pages' own markup shows here as a differing fragment (text, anchors, meta, filters).
  const { files } = await readContent(join(ROOT, 'content'));
  const { data } = runPipeline(files);
  assert.ok(data);
  const docs = indexDocuments(data);
  const searchable: string[] = [];
  for (const name of htmlFiles) if ((await readFile(join(siteA, name), 'utf8')).includes('data-pagefind-body')) searchable.push(name);
  assert.deepEqual(docs.map((d) => d.path).sort(), searchable);
  // Each document as its own page (the build groups a source's short lessons into one Pagefind
  // document; tests/unit/search/page-groups.test.ts shows each reads back as its own page would).
  const indexed = async (name: string, html: (d: (typeof docs)[number]) => Promise<string> | string) => {
    const dir = await tempDir(name);
    dirs.push(dir);
    const { index } = await pagefind.createIndex({ forceLanguage: 'zh-cn' });
    assert.ok(index);
    try {
      for (const d of docs) await index.addHTMLFile({ sourcePath: d.path, content: await html(d) });
      await index.writeFiles({ outputPath: join(dir, 'pagefind') });
    } finally {
      await index.deleteIndex();
    }
    return fragmentsByUrl(join(dir, 'pagefind'));
  };
  const fromPages = await indexed('pages-index', (d) => readFile(join(siteA, d.path), 'utf8'));
  const fromData = await indexed('data-index', (d) => d.html);
  await pagefind.close();
  assert.equal(fromData.size, docs.length);
  for (const [url, fragment] of fromPages) assert.equal(fromData.get(url), fragment, url);
  assert.deepEqual([...fromData.keys()].sort(), [...fromPages.keys()].sort());
});

test('reading pages stay light: the heaviest lesson page with its CSS and scripts is at most 30 KB gzipped', async () => {
  const page = await largestLessonPage(siteA);
  assert.ok(page);
  const weight = await pageWeight(siteA, page);
  assert.ok(weight.css > 0 && weight.js > 0, `${page} loads stylesheets and scripts: ${weight.files.join(', ')}`);
  // The search runtime loads on demand (dynamic import), never with a reading page.
  assert.deepEqual(weight.files.filter((f) => /pagefind|ngram/.test(f)), []);
  assert.ok(weight.total <= 30 * 1024, `${page}: ${weight.total} bytes gzipped (HTML ${weight.html}, CSS ${weight.css}, JS ${weight.js})`);
});
