import assert from 'node:assert/strict';
import { cpSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { choosePrecache, prehashSite, prepareServiceWorker, writeOffline, type OfflineFile, type OfflineSummary } from '../../../src/offline/index.ts';
import type { SiteFile } from '../../../src/offline/site-files.ts';

const SITE: Record<string, string> = {
  'index.html': '<!doctype html><title>首页</title>',
  'search/index.html': '<!doctype html><title>搜索</title>',
  'lessons/a/index.html': '<!doctype html><title>课</title>',
  '_astro/page.abc123.js': 'console.log(1)',
  'favicon.svg': '<svg/>',
  'icons/icon.svg': '<svg/>',
  'pagefind/pagefind.js': 'export {}',
  'pagefind/pagefind-entry.json': '{}',
  'pagefind/wasm.unknown.pagefind': 'wasm',
  'pagefind/pagefind.zh-cn_abc.pf_meta': 'meta',
  'pagefind/fragment/zh-cn_1.pf_fragment': 'fragment',
  'pagefind/index/zh-cn_2.pf_index': 'index',
  // A second bundle (a large site's index is split), merged into the first in the browser.
  'pagefind/s1/pagefind-entry.json': '{}',
  'pagefind/s1/pagefind.zh-cn_def.pf_meta': 'meta',
  'pagefind/s1/fragment/zh-cn_3.pf_fragment': 'fragment',
  'ngram/meta.json': '{}',
  'ngram/0123456789ab/b0.bin': 'bucket',
  'data/lessons.json': '[]',
};

function makeSite(): string {
  const dir = mkdtempSync(join(tmpdir(), 'xuexi-offline-'));
  for (const [path, text] of Object.entries(SITE)) {
    mkdirSync(join(dir, path, '..'), { recursive: true });
    writeFileSync(join(dir, path), text);
  }
  return dir;
}

function snapshot(dir: string): Record<string, string> {
  const out: Record<string, string> = {};
  for (const f of (readdirSync(dir, { recursive: true }) as string[]).sort()) {
    try {
      out[f] = readFileSync(join(dir, f)).toString('base64');
    } catch {
      // a folder
    }
  }
  return out;
}

describe('writeOffline', () => {
  let dir: string;
  before(async () => {
    dir = makeSite();
    await writeOffline(dir, { base: '/xuexi' });
  });
  after(() => rmSync(dir, { recursive: true, force: true }));

  it('writes the manifest for the base, with icons that exist', () => {
    const manifest = JSON.parse(readFileSync(join(dir, 'manifest.webmanifest'), 'utf8'));
    assert.equal(manifest.name, '学习园地');
    assert.equal(manifest.start_url, '/xuexi/');
    assert.equal(manifest.scope, '/xuexi/');
    for (const icon of manifest.icons) {
      assert.ok(icon.src.startsWith('/xuexi/icons/'), icon.src);
      readFileSync(join(dir, icon.src.slice('/xuexi/'.length)));
    }
  });

  it('lists every file with its size for 离线学习, precached ones marked', () => {
    const summary = JSON.parse(readFileSync(join(dir, 'offline/summary.json'), 'utf8')) as OfflineSummary;
    const list = JSON.parse(readFileSync(join(dir, summary.files), 'utf8')) as OfflineFile[];
    const urls = list.map(([u]) => u);
    assert.ok(urls.includes('lessons/a/'));
    assert.ok(urls.includes(''));
    assert.ok(urls.includes('data/lessons.json'));
    assert.ok(!urls.some((u) => u === 'sw.js' || u.startsWith('offline/')));
    assert.equal(summary.count, list.length);
    assert.equal(summary.total, list.reduce((s, [, size]) => s + size, 0));
    assert.deepEqual(list.find(([u]) => u === 'lessons/a/')?.[2], 0);
    assert.deepEqual(list.find(([u]) => u === 'search/')?.[2], 1);
  });

  it('writes a service worker that precaches the shell and knows the base', () => {
    const sw = readFileSync(join(dir, 'sw.js'), 'utf8');
    for (const url of ['index.html', 'search/index.html', 'offline.html', '_astro/page.abc123.js', 'pagefind/pagefind.js', 'pagefind/s1/pagefind-entry.json', 'pagefind/s1/pagefind.zh-cn_def.pf_meta', 'ngram/meta.json']) {
      assert.ok(sw.includes(`url:"${url}"`), url);
    }
    assert.ok(!sw.includes('url:"lessons/a/index.html"'));
    assert.ok(sw.includes('fallbackURL:"/xuexi/offline.html"'));
    assert.ok(sw.includes('\\/xuexi\\/(pagefind\\/(s\\d+\\/)?(index|filter|fragment)\\/|ngram\\/[0-9a-f]+\\/)'));
    assert.ok(sw.includes('SKIP_WAITING'));
  });

  it('writes the same bytes for the same site', async () => {
    const other = makeSite();
    try {
      await writeOffline(other, { base: '/xuexi/' });
      assert.deepEqual(snapshot(other), snapshot(dir));
      // And again over its own output.
      const copy = mkdtempSync(join(tmpdir(), 'xuexi-offline-'));
      cpSync(other, copy, { recursive: true });
      await writeOffline(copy, { base: '/xuexi/' });
      assert.deepEqual(snapshot(copy), snapshot(dir));
      rmSync(copy, { recursive: true, force: true });
    } finally {
      rmSync(other, { recursive: true, force: true });
    }
  });
});

describe('prehashSite', () => {
  it('gives the same output as hashing afterwards, even for files changed since', async () => {
    const plain = makeSite();
    const early = makeSite();
    try {
      const hashes = await prehashSite(early);
      assert.ok(hashes.has('lessons/a/index.html'));
      assert.ok(!hashes.has('pagefind/pagefind.js'), 'the search index is rewritten later: not hashed early');
      // Same size, new content and time; and a new size: neither may keep its early hash.
      for (const dir of [plain, early]) {
        writeFileSync(join(dir, 'index.html'), '<!doctype html><title>首页!</title>'.slice(0, SITE['index.html']!.length));
        utimesSync(join(dir, 'index.html'), new Date(Date.UTC(2030, 0, 1)), new Date(Date.UTC(2030, 0, 1)));
        writeFileSync(join(dir, 'data/lessons.json'), '[1]');
      }
      await writeOffline(plain, { base: '/' });
      await writeOffline(early, { base: '/', hashes });
      assert.deepEqual(snapshot(early), snapshot(plain));
    } finally {
      rmSync(plain, { recursive: true, force: true });
      rmSync(early, { recursive: true, force: true });
    }
  });
});

describe('prepareServiceWorker', () => {
  it('gives the same site as bundling the worker afterwards, apart from the worker\'s layout', async () => {
    const plain = makeSite();
    const early = makeSite();
    try {
      const template = await prepareServiceWorker('/xuexi/');
      await writeOffline(plain, { base: '/xuexi/' });
      await writeOffline(early, { base: '/xuexi/', serviceWorker: template });
      const { 'sw.js': sw, ...rest } = snapshot(early);
      const { 'sw.js': plainSw, ...plainRest } = snapshot(plain);
      assert.deepEqual(rest, plainRest);
      const text = Buffer.from(sw!, 'base64').toString('utf8');
      assert.ok(!text.includes('__XUEXI_PRECACHE__'), 'the stand-in is replaced');
      // The same precache list as Workbox writes itself: every URL with its revision.
      const list = (js: string) => [...js.matchAll(/\{"?url"?:"([^"]+)","?revision"?:(null|"[^"]*")\}/g)].map((m) => `${m[1]} ${m[2]}`);
      const expected = list(Buffer.from(plainSw!, 'base64').toString('utf8'));
      assert.ok(expected.length > 3);
      assert.deepEqual(list(text), expected);
      // A template for another base is not used.
      await writeOffline(early, { base: '/', serviceWorker: template });
      assert.ok(readFileSync(join(early, 'sw.js'), 'utf8').includes('offline.html'));
    } finally {
      rmSync(plain, { recursive: true, force: true });
      rmSync(early, { recursive: true, force: true });
    }
  });
});

describe('choosePrecache', () => {
  const file = (path: string, size = 10): SiteFile => ({ path, size, hash: 'h' });
  const files = [file('index.html'), file('lessons/a/index.html'), file('_astro/x.js'), file('pagefind/fragment/f.pf_fragment', 500), file('ngram/ab/b0.bin', 500), file('offline.html')];

  it('precaches the shell, and the index only when it is small', () => {
    assert.deepEqual(choosePrecache(files, 'v', 2000).map((p) => p.path), ['index.html', '_astro/x.js', 'pagefind/fragment/f.pf_fragment', 'ngram/ab/b0.bin', 'offline.html']);
    assert.deepEqual(choosePrecache(files, 'v', 999).map((p) => p.path), ['index.html', '_astro/x.js', 'offline.html']);
  });

  it('leaves hashed names without a revision and ties offline.html to the site version', () => {
    const byPath = new Map(choosePrecache(files, 'v1', 2000).map((p) => [p.path, p.revision]));
    assert.equal(byPath.get('_astro/x.js'), null);
    assert.equal(byPath.get('ngram/ab/b0.bin'), null);
    assert.equal(byPath.get('index.html'), 'h');
    assert.equal(byPath.get('offline.html'), 'h-v1');
  });
});

describe('prepareServiceWorker with a cache folder', () => {
  it('bundles once per base and reuses the result, byte for byte', async () => {
    const cache = mkdtempSync(join(tmpdir(), 'xuexi-sw-cache-'));
    try {
      const first = await prepareServiceWorker('/xuexi/', cache);
      const stored = readdirSync(cache);
      assert.equal(stored.length, 1);
      assert.match(stored[0]!, /^sw-[0-9a-f]{16}\.js$/);
      // A reused template comes from the file: change the file and the template follows.
      const path = join(cache, stored[0]!);
      writeFileSync(path, `${readFileSync(path, 'utf8')}/*reused*/`);
      const second = await prepareServiceWorker('/xuexi/', cache);
      assert.equal(second.source, `${first.source}/*reused*/`);
      // Another base is another entry; a damaged entry (no stand-in) is bundled again.
      await prepareServiceWorker('/', cache);
      assert.equal(readdirSync(cache).length, 2);
      writeFileSync(path, 'broken');
      assert.equal((await prepareServiceWorker('/xuexi/', cache)).source, first.source);
      assert.equal(readFileSync(path, 'utf8'), first.source);
    } finally {
      rmSync(cache, { recursive: true, force: true });
    }
  });
});

