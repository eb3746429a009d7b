import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { bucketOf, decodeBucket, filterKey, keysForTerm, lookupKey, type Postings } from '../../../src/search/ngram-format.ts';
import { buildNgramIndex, type IndexedPage, type NgramIndex } from '../../../src/search/ngram-index.ts';
import { intersectPostings } from '../../../src/search/exact-match.ts';
import { normalizeText } from '../../../src/search/normalize.ts';

function lookup(index: NgramIndex, key: string): Postings {
  const bytes = index.buckets[bucketOf(key, index.buckets.length)]!;
  return lookupKey(bytes, decodeBucket(bytes), key);
}

// Seeded so every run builds the same pages.
function randomPages(count: number, seed: number): IndexedPage[] {
  const pool = [...'机关党建工作三会一课制度形式主义社会多样玩风刹树正的了，。、“”（）：ＡＢａbC１2 \u200B①𠀀'];
  let s = seed;
  const next = () => (s = (Math.imul(s, 1103515245) + 12345) >>> 0) / 2 ** 32;
  return Array.from({ length: count }, (_, n) => {
    const len = 20 + Math.floor(next() * 300);
    let content = '';
    for (let i = 0; i < len; i++) content += pool[Math.floor(next() * pool.length)];
    const filters: Record<string, string[]> = n % 3 === 0 ? { 专题: ['三会一课'] } : { 年份: [String(2020 + (n % 2))] };
    return { url: `/p${n}/`, content, title: content.slice(0, 6), filters };
  });
}

describe('buildNgramIndex', () => {
  const pages = randomPages(60, 7);
  const index = buildNgramIndex(pages, { targetBucketBytes: 512 });
  const texts = pages.map((p) => normalizeText(p.content));

  it('lists exactly the pages holding each character and pair, with counts', () => {
    const keys = new Set<string>();
    for (const t of texts) {
      const cps = [...t];
      cps.forEach((c, i) => {
        keys.add(c);
        if (i + 1 < cps.length) keys.add(c + cps[i + 1]);
      });
    }
    for (const key of [...keys, '没', '没有']) {
      const expected = texts.flatMap((t, n) => (t.includes(key) ? [n] : []));
      const got = lookup(index, key);
      assert.deepEqual(got.pages, expected, `pages of ${key}`);
      if ([...key].length === 1) {
        got.pages.forEach((n, i) => assert.equal(got.counts[i], [...texts[n]!].filter((c) => c === key).length, `count of ${key} on page ${n}`));
      }
    }
  });

  it('finds every page containing a longer term (pairs intersected: a superset)', () => {
    for (const term of ['三会一课', '机关党建工作', '形式主义', 'ab1']) {
      const candidates = intersectPostings(keysForTerm(term).map((k) => lookup(index, k))).pages;
      texts.forEach((t, n) => {
        if (t.includes(term)) assert.ok(candidates.includes(n), `${term} on page ${n}`);
      });
    }
  });

  it('marks keys that occur in the title', () => {
    const first = [...normalizeText(pages[0]!.title)][0]!;
    const got = lookup(index, first);
    assert.equal(got.inTitle[got.pages.indexOf(0)], true);
  });

  it('indexes filter values and counts them for the filter controls', () => {
    assert.deepEqual(lookup(index, filterKey('专题', '三会一课')).pages, pages.flatMap((_, n) => (n % 3 === 0 ? [n] : [])));
    assert.deepEqual(index.facets['专题'], [['三会一课', 20]]);
    assert.deepEqual(Object.keys(index.facets), ['专题', '年份']);
  });

  it('sizes buckets to the target and stores one length per page', () => {
    assert.equal(index.lengths.length, pages.length);
    assert.ok(index.buckets.length > 1 && (index.buckets.length & (index.buckets.length - 1)) === 0);
  });

  it('is deterministic', () => {
    const again = buildNgramIndex(randomPages(60, 7), { targetBucketBytes: 512 });
    assert.deepEqual(again.buckets.map((b) => Buffer.from(b).toString('hex')), index.buckets.map((b) => Buffer.from(b).toString('hex')));
    assert.deepEqual(again.lengths, index.lengths);
  });
});
