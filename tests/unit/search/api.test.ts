import assert from 'node:assert/strict';
import { it } from 'node:test';
import * as search from '../../../src/search/index.ts';

// Pins the public API: the build CLI, the benchmark and the browser code use these names.
it('exposes the search API', () => {
  assert.deepEqual(Object.keys(search).sort(), [
    'NGRAM_FORMAT',
    'PAGES_PER_TABLE',
    'bucketOf',
    'buildNgramIndex',
    'buildSearchIndex',
    'containsAll',
    'decodeBucket',
    'decodeFragmentFile',
    'encodeBucket',
    'filterKey',
    'findMatches',
    'fingerprintOf',
    'intersectPostings',
    'keysForTerm',
    'lookupKey',
    'makeExcerpt',
    'normalizeChar',
    'normalizeText',
    'normalizeWithMap',
    'normalizedChars',
    'parsePagefindExcerpt',
    'parseQuery',
    'rankExact',
    'rankPartial',
    'readPostings',
  ]);
});
