import assert from 'node:assert/strict';
import { it } from 'node:test';
import { cacheKindOf, urlOfPath } from '../../../src/offline/cache-names.ts';
import { formatBytes, planDownload } from '../../../src/islands/offline/download.ts';

it('files go to the cache the service worker reads them from', () => {
  assert.equal(cacheKindOf(''), 'pages');
  assert.equal(cacheKindOf('lessons/x/'), 'pages');
  assert.equal(cacheKindOf('404.html'), 'pages');
  assert.equal(cacheKindOf('pagefind/fragment/zh-cn_1a2b3c4.pf_fragment'), 'search');
  assert.equal(cacheKindOf('pagefind/index/zh-cn_1a2b3c4.pf_index'), 'search');
  assert.equal(cacheKindOf('pagefind/s1/fragment/zh-cn_1a2b3c4.pf_fragment'), 'search');
  assert.equal(cacheKindOf('pagefind/s12/index/zh-cn_1a2b3c4.pf_index'), 'search');
  assert.equal(cacheKindOf('ngram/0123abcd4567/b3.bin'), 'search');
  assert.equal(cacheKindOf('ngram/meta.json'), 'assets');
  assert.equal(cacheKindOf('data/lessons.json'), 'assets');
});

it('pages are stored under the URL members use', () => {
  assert.equal(urlOfPath('index.html'), '');
  assert.equal(urlOfPath('lessons/x/index.html'), 'lessons/x/');
  assert.equal(urlOfPath('reading/feed.xml'), 'reading/feed.xml');
});

it('plans the download without precached files, with absolute URLs under the base', () => {
  const plan = planDownload([['', 100, 1], ['lessons/x/', 200, 0], ['ngram/ab12/b0.bin', 50, 0], ['data/quiz.json', 10, 0]], 'http://h', '/xuexi/');
  assert.deepEqual(plan, [
    { url: 'http://h/xuexi/lessons/x/', size: 200, cache: 'xuexi-pages' },
    { url: 'http://h/xuexi/ngram/ab12/b0.bin', size: 50, cache: 'xuexi-search' },
    { url: 'http://h/xuexi/data/quiz.json', size: 10, cache: 'xuexi-assets' },
  ]);
});

it('formats sizes for members', () => {
  assert.equal(formatBytes(300), '1 KB');
  assert.equal(formatBytes(820 * 1024), '820 KB');
  assert.equal(formatBytes(45.34 * 1024 * 1024), '45.3 MB');
});
