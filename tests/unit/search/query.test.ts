import assert from 'node:assert/strict';
import { it } from 'node:test';
import { parseQuery } from '../../../src/search/query.ts';

it('splits on spaces (the ideographic space too); every term must occur', () => {
  const q = parseQuery(' 机关 党建　作风 ');
  assert.deepEqual(q.terms, ['机关', '党建', '作风']);
  assert.equal(q.exactOnly, false);
  assert.equal(q.raw, '机关 党建　作风');
});

it('treats a quoted phrase as one term and asks for exact matches only', () => {
  assert.deepEqual(parseQuery('"三会 一课"'), { raw: '"三会 一课"', words: ['三会 一课'], terms: ['三会一课'], exactOnly: true });
  assert.deepEqual(parseQuery('“三会一课”').terms, ['三会一课']);
  assert.deepEqual(parseQuery('「形式主义」 作风').terms, ['形式主义', '作风']);
  assert.equal(parseQuery('「形式主义」 作风').exactOnly, true);
});

it('accepts a quote that is never closed', () => {
  assert.deepEqual(parseQuery('"刹玩风').terms, ['刹玩风']);
});

it('drops punctuation-only terms and repeats', () => {
  assert.deepEqual(parseQuery('党建， 党建 。').terms, ['党建']);
  const empty = parseQuery('“”、。');
  assert.deepEqual(empty.terms, []);
  assert.equal(empty.exactOnly, false);
});
