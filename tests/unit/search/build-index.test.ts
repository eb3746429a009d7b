import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { buildSearchIndex, pageRefs, type SearchIndexReport } from '../../../src/search/build-index.ts';
import { decodeFragmentFile, readFragmentJson } from '../../../src/search/fragments.ts';
import { buildNgramIndex } from '../../../src/search/ngram-index.ts';
import { bucketOf, decodeBucket, fragmentOfRef, lookupKey, type NgramMeta, type PageTable } from '../../../src/search/ngram-format.ts';

// A tiny built site: three indexed pages, one page that is not indexed (no data-pagefind-body).
const page = (title: string, body: string, filters: string[] = [], indexed = true) => `<!doctype html><html lang="zh-CN"><head><meta charset="utf-8"><title>${title}</title></head><body>
<header>学习园地 学习 课程</header>
<main${indexed ? ' data-pagefind-body' : ''}><h1 data-pagefind-meta="title">${title}</h1>${filters.map((f) => `<span hidden data-pagefind-filter="${f}"></span>`).join('')}
${body}<nav data-pagefind-ignore>下一课：不该被索引</nav></main></body></html>`;

const PAGES: Record<string, string> = {
  'lessons/a/index.html': page('坚持三会一课制度', '<p id="p1">严格落实“三会一课”制度，按时上好党课。</p>', ['专题:三会一课', '年份:2023']),
  'lessons/b/index.html': page('加强党的建设', '<p id="p1">开展形式多样的学习活动，学习中国特色社会主义理论。</p>', ['年份:2022']),
  'themes/c/index.html': page('力戒形式主义', '<p id="p1">坚决反对形式主义、官僚主义。</p>', ['专题:三会一课']),
  'sources/d/index.html': page('原文', '<p>三会一课 原文不索引</p>', [], false),
};

function makeSite(): string {
  const dir = mkdtempSync(join(tmpdir(), 'xuexi-search-'));
  for (const [path, html] of Object.entries(PAGES)) {
    mkdirSync(join(dir, path, '..'), { recursive: true });
    writeFileSync(join(dir, path), html);
  }
  return dir;
}

function files(dir: string): Map<string, string> {
  const out = new Map<string, string>();
  for (const f of (readdirSync(dir, { recursive: true }) as string[]).sort()) {
    if (f.startsWith('pagefind') || f.startsWith('ngram')) {
      try {
        out.set(f, readFileSync(join(dir, f)).toString('hex'));
      } catch {
        // a folder
      }
    }
  }
  return out;
}

describe('buildSearchIndex', () => {
  let dir: string;
  let report: SearchIndexReport;
  before(async () => {
    dir = makeSite();
    report = await buildSearchIndex(dir);
  });
  after(() => rmSync(dir, { recursive: true, force: true }));

  it('indexes only pages that ask for it, and ships only what the site uses', () => {
    assert.equal(report.pages, 3);
    const shipped = readdirSync(join(dir, 'pagefind'));
    assert.ok(shipped.includes('pagefind.js'));
    assert.ok(shipped.includes('pagefind-entry.json'));
    for (const unused of ['pagefind-ui.js', 'pagefind-component-ui.js', 'pagefind-highlight.js', 'pagefind-worker.js']) assert.ok(!shipped.includes(unused), unused);
    assert.ok(report.ngramBytes > 0 && report.pagefindBytes > 0);
  });

  it('writes a helper index that finds single characters Pagefind misses', () => {
    const meta = JSON.parse(readFileSync(join(dir, 'ngram/meta.json'), 'utf8')) as NgramMeta;
    assert.equal(meta.pages, 3);
    assert.equal(meta.bundles, 1);
    const table = JSON.parse(readFileSync(join(dir, `ngram/${meta.version}/p0.json`), 'utf8')) as PageTable;
    assert.equal(table.length, 3);
    for (const ref of table) assert.ok(readdirSync(join(dir, 'pagefind/fragment')).includes(`${ref.split('#')[0]}.pf_fragment`));
    const lookup = (key: string) => {
      const bytes = new Uint8Array(readFileSync(join(dir, `ngram/${meta.version}/b${bucketOf(key, meta.buckets)}.bin`)));
      return lookupKey(bytes, decodeBucket(bytes), key).pages;
    };
    // Pages are numbered in URL order: /lessons/a/, /lessons/b/, /themes/c/.
    assert.deepEqual(lookup('课'), [0]);
    assert.deepEqual(lookup('度'), [0]);
    assert.deepEqual(lookup('主义'), [1, 2]);
    assert.deepEqual(lookup('式主'), [2]);
    // Ignored parts and unindexed pages are not in it.
    assert.deepEqual(lookup('不该'), []);
    assert.deepEqual(lookup('原文'), []);
    const facets = JSON.parse(readFileSync(join(dir, `ngram/${meta.version}/facets.json`), 'utf8'));
    assert.deepEqual(facets, { 专题: [['三会一课', 2]], 年份: [['2022', 1], ['2023', 1]] });
  });

  it('builds from the documents the very index Pagefind\'s fragments give', () => {
    // The helper index is built from the documents while Pagefind runs; built instead from the
    // text Pagefind wrote (its fragments, in URL order), it must come out byte for byte the same.
    const fragmentDir = join(dir, 'pagefind/fragment');
    const fragments = readdirSync(fragmentDir)
      .sort()
      .flatMap((n) => decodeFragmentFile(n.slice(0, -'.pf_fragment'.length), readFileSync(join(fragmentDir, n))))
      .sort((a, b) => (a.url < b.url ? -1 : 1));
    const fromFragments = buildNgramIndex(fragments.map((f) => ({ url: f.url, content: f.content, title: f.meta.title ?? '', filters: f.filters })));
    const meta = JSON.parse(readFileSync(join(dir, 'ngram/meta.json'), 'utf8')) as NgramMeta;
    assert.equal(meta.buckets, fromFragments.buckets.length);
    fromFragments.buckets.forEach((bucket, i) => assert.deepEqual(new Uint8Array(readFileSync(join(dir, `ngram/${meta.version}/b${i}.bin`))), bucket, `bucket ${i}`));
    assert.equal(meta.lengths, Buffer.from(fromFragments.lengths).toString('base64'));
    assert.equal(meta.avgLength, fromFragments.avgLength);
    assert.deepEqual(JSON.parse(readFileSync(join(dir, `ngram/${meta.version}/facets.json`), 'utf8')), fromFragments.facets);
    assert.deepEqual(JSON.parse(readFileSync(join(dir, `ngram/${meta.version}/p0.json`), 'utf8')), fragments.map((f) => f.ref));
  });

  it('leaves no work folder behind', () => {
    assert.deepEqual(readdirSync(join(dir, 'ngram')).filter((n) => n.startsWith('.')), []);
  });

  it('writes the same bytes for the same site', async () => {
    const other = makeSite();
    try {
      await buildSearchIndex(other);
      assert.deepEqual(files(other), files(dir));
    } finally {
      rmSync(other, { recursive: true, force: true });
    }
  });
});

describe('buildSearchIndex in shards', () => {
  let dir: string;
  let single: string;
  before(async () => {
    dir = makeSite();
    single = makeSite();
    await buildSearchIndex(dir, { shards: 2 });
    await buildSearchIndex(single);
  });
  after(() => {
    rmSync(dir, { recursive: true, force: true });
    rmSync(single, { recursive: true, force: true });
  });

  it('writes a second bundle without a runtime, and page refs that lead into each bundle', () => {
    const meta = JSON.parse(readFileSync(join(dir, 'ngram/meta.json'), 'utf8')) as NgramMeta;
    assert.equal(meta.bundles, 2);
    assert.equal(meta.pages, 3);
    const second = readdirSync(join(dir, 'pagefind/s1'));
    assert.ok(second.includes('pagefind-entry.json'));
    assert.ok(!second.includes('pagefind.js') && !second.some((n) => n.startsWith('wasm.')));
    const table = JSON.parse(readFileSync(join(dir, `ngram/${meta.version}/p0.json`), 'utf8')) as PageTable;
    assert.equal(table.filter((ref) => ref.startsWith('s1/')).length, 1);
    const urls = table.map((ref) => {
      const json = readFragmentJson(readFileSync(join(dir, 'pagefind', fragmentOfRef(ref).path))) as { url: string };
      return json.url;
    });
    assert.deepEqual(urls, ['/lessons/a/', '/lessons/b/', '/themes/c/']);
  });

  it('finds the same pages as a single bundle', () => {
    const read = (root: string) => {
      const meta = JSON.parse(readFileSync(join(root, 'ngram/meta.json'), 'utf8')) as NgramMeta;
      return (key: string) => {
        const bytes = new Uint8Array(readFileSync(join(root, `ngram/${meta.version}/b${bucketOf(key, meta.buckets)}.bin`)));
        return lookupKey(bytes, decodeBucket(bytes), key).pages;
      };
    };
    for (const key of ['课', '主义', '式主', '党', '不该']) assert.deepEqual(read(dir)(key), read(single)(key), key);
  });
});

describe('pageRefs', () => {
  const refs = new Map([
    ['/a/', 'zh_1'],
    ['/b/', 's1/zh_2'],
  ]);

  it('points each page, in page order, at its fragment', () => {
    assert.deepEqual(pageRefs(['/a/', '/b/'], refs), ['zh_1', 's1/zh_2']);
  });

  it('fails when Pagefind and the documents disagree on the pages', () => {
    assert.throws(() => pageRefs(['/a/', '/b/', '/c/'], refs), /Pagefind 没有索引这些页面，与搜索文档不一致：\/c\//);
    assert.throws(() => pageRefs(['/a/'], refs), /Pagefind 索引了搜索文档之外的页面：\/b\//);
  });
});

describe('buildSearchIndex on markup it cannot read as Pagefind does', () => {
  it('fails with the page and line, after Pagefind has finished, leaving no helper index', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'xuexi-search-'));
    try {
      mkdirSync(join(dir, 'lessons/a'), { recursive: true });
      writeFileSync(join(dir, 'lessons/a/index.html'), page('未闭合', '<ul><li>一<li>二</li></ul>'));
      await assert.rejects(buildSearchIndex(dir), /lessons\/a\/index\.html: 第 4 行：<\/ul> 之前有未闭合的 <li>/);
      assert.ok(readdirSync(join(dir, 'pagefind')).includes('pagefind-entry.json'), 'Pagefind ran to its end');
      assert.ok(!readdirSync(dir).includes('ngram'));
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
