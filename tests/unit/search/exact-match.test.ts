import assert from 'node:assert/strict';
import { it } from 'node:test';
import { intersectPostings, rankExact, rankPartial, type CorpusStats } from '../../../src/search/exact-match.ts';
import { quantizeLength, type Postings } from '../../../src/search/ngram-format.ts';

const p = (pages: number[], counts: number[], inTitle: boolean[] = pages.map(() => false)): Postings => ({ pages, counts, inTitle });

it('intersects postings with the smallest count and title only when all agree', () => {
  const got = intersectPostings([p([1, 2, 5, 9], [3, 1, 4, 2], [true, true, false, true]), p([2, 5, 9], [2, 2, 1], [true, false, false])]);
  assert.deepEqual(got, p([2, 5, 9], [1, 2, 1], [true, false, false]));
  assert.deepEqual(intersectPostings([]).pages, []);
});

const stats = (lengths: number[]): CorpusStats => ({
  pages: lengths.length,
  avgLength: lengths.reduce((a, b) => a + b, 0) / lengths.length,
  lengths: Uint8Array.from(lengths.map(quantizeLength)),
});

it('ranks the title first, then by occurrences relative to length, ties by page number', () => {
  const corpus = stats([1000, 1000, 1000, 200, 1000, 1000]);
  // Page 4: once, in the title; page 1: five times; page 3: once in a short page; pages 0, 5: once.
  const ranked = rankExact([p([0, 1, 3, 4, 5], [1, 5, 1, 1, 1], [false, false, false, true, false])], corpus);
  assert.deepEqual(ranked, [4, 1, 3, 0, 5]);
});

it('keeps only pages holding every term, and only allowed pages', () => {
  const corpus = stats([100, 100, 100, 100]);
  const terms = [p([0, 1, 2], [1, 1, 1]), p([1, 2, 3], [1, 1, 1])];
  assert.deepEqual(rankExact(terms, corpus).sort(), [1, 2]);
  assert.deepEqual(rankExact(terms, corpus, new Set([2, 3])), [2]);
  assert.deepEqual(rankExact([], corpus), []);
});

it('ranks partial matches by how much of the query they hold, rare pairs weighing more', () => {
  const corpus = stats(Array.from({ length: 10 }, () => 100));
  // A rare pair (pages 1, 2), a common one (pages 0–7), a third (pages 2, 3).
  const keys = [p([1, 2], [1, 1]), p([0, 1, 2, 3, 4, 5, 6, 7], [1, 1, 1, 1, 1, 1, 1, 1]), p([2, 3], [1, 1])];
  assert.deepEqual(rankPartial(keys, corpus), [2, 1, 3]);
  assert.deepEqual(rankPartial(keys, corpus, { exclude: new Set([2]) }), [1, 3]);
  assert.deepEqual(rankPartial(keys, corpus, { allowed: new Set([3, 4]) }), [3]);
  assert.deepEqual(rankPartial([keys[0]!], corpus), [], 'one pair is not a partial match');
});
