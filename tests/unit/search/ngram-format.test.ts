import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import {
  fragmentOfRef,
  mergedBundles,
  bucketOf,
  decodeBucket,
  dequantizeLength,
  encodeBucket,
  fingerprintOf,
  keysForTerm,
  lookupKey,
  quantizeLength,
  readPostings,
  readVarint,
  writePosting,
  writeVarint,
} from '../../../src/search/ngram-format.ts';

describe('varints and postings', () => {
  it('round-trip, including large values', () => {
    const values = [0, 1, 127, 128, 300, 2 ** 31, 2 ** 40 + 5];
    const out: number[] = [];
    for (const v of values) writeVarint(out, v);
    const pos = { at: 0 };
    assert.deepEqual(values.map(() => readVarint(Uint8Array.from(out), pos)), values);
  });

  it('postings keep pages, counts and title flags', () => {
    const out: number[] = [];
    const pages = [0, 3, 4, 1000];
    const counts = [1, 7, 2, 300];
    const inTitle = [true, false, false, true];
    let last = -1;
    pages.forEach((p, i) => {
      writePosting(out, p - last, counts[i]!, inTitle[i]!);
      last = p;
    });
    assert.deepEqual(readPostings(Uint8Array.from(out), 0, 4), { pages, counts, inTitle });
  });

  it('a truncated varint is an error, not a wrong number', () => {
    assert.throws(() => readVarint(Uint8Array.from([0x80]), { at: 0 }), /truncated/);
  });
});

describe('buckets', () => {
  it('find each key by fingerprint, and merge colliding fingerprints (a superset is safe)', () => {
    const posting = (page: number) => {
      const out: number[] = [];
      writePosting(out, page + 1, 1, false);
      return out;
    };
    const bytes = encodeBucket([
      { fingerprint: 5, df: 1, bytes: posting(2) },
      { fingerprint: 5, df: 1, bytes: posting(9) },
      { fingerprint: fingerprintOf('党建'), df: 1, bytes: posting(4) },
    ].sort((a, b) => a.fingerprint - b.fingerprint));
    const header = decodeBucket(bytes);
    assert.deepEqual(lookupKey(bytes, header, '党建').pages, [4]);
    assert.deepEqual(lookupKey(bytes, header, '没有').pages, []);
    assert.equal(header.get(5)?.length, 2);
  });

  it('spread keys over buckets', () => {
    const used = new Set<number>();
    for (const ch of '机关党建工作会上讲话同志们今年县委将作为全县的重点') used.add(bucketOf(ch, 16));
    assert.ok(used.size >= 8, `only ${used.size} of 16 buckets used`);
  });
});

describe('keysForTerm', () => {
  it('uses the character itself, or the adjacent pairs', () => {
    assert.deepEqual(keysForTerm('课'), ['课']);
    assert.deepEqual(keysForTerm('三会一课'), ['三会', '会一', '一课']);
  });

  it('spreads at most `max` pairs over a long term, first and last included', () => {
    const keys = keysForTerm('一二三四五六七八九十', 4);
    assert.equal(keys.length, 4);
    assert.equal(keys[0], '一二');
    assert.equal(keys[3], '九十');
  });
});

it('quantised lengths stay within 5 %', () => {
  for (const n of [1, 10, 100, 1000, 20000]) {
    const back = dequantizeLength(quantizeLength(n));
    assert.ok(Math.abs(back - n) / n < 0.05, `${n} → ${back}`);
  }
});

describe('fragmentOfRef and mergedBundles', () => {
  it('leads a page-table ref to its fragment file in the right bundle', () => {
    assert.deepEqual(fragmentOfRef('zh-cn_abc'), { path: 'fragment/zh-cn_abc.pf_fragment', key: undefined });
    assert.deepEqual(fragmentOfRef('zh-cn_abc#7'), { path: 'fragment/zh-cn_abc.pf_fragment', key: '7' });
    assert.deepEqual(fragmentOfRef('s1/zh-cn_abc'), { path: 's1/fragment/zh-cn_abc.pf_fragment', key: undefined });
    assert.deepEqual(fragmentOfRef('s12/zh-cn_abc#0'), { path: 's12/fragment/zh-cn_abc.pf_fragment', key: '0' });
  });

  it('names the bundles merged into the main one', () => {
    assert.deepEqual(mergedBundles(1), []);
    assert.deepEqual(mergedBundles(3), ['s1/', 's2/']);
    assert.deepEqual(mergedBundles(0), []);
  });
});
