import assert from 'node:assert/strict';
import { it } from 'node:test';
import * as reading from '../../../src/reading/index.ts';
import * as schemas from '../../../src/schemas/reading.ts';

// Pins the public API: pages and the pipeline import these names.
it('exposes the reading API', () => {
  assert.deepEqual(Object.keys(reading).sort(), [
    'booksByTheme',
    'buildFeed',
    'buildReadingData',
    'checkIsbn',
    'compactIsbn',
    'compareMonthsNewestFirst',
    'formatMonth',
    'isRealMonth',
    'isbn10To13',
    'monthTimestamp',
    'parseReadingFile',
    'parseReadingFiles',
    'readingMonthUrl',
    'readingPagePath',
    'renderIntro',
    'siteRoot',
    'sortMonthsNewestFirst',
  ]);
});

it('exposes the reading schemas', () => {
  assert.deepEqual(Object.keys(schemas).sort(), [
    'READING_BOOK_FIELDS',
    'READING_FRONTMATTER_FIELDS',
    'readingBookSchema',
    'readingFrontmatterSchema',
  ]);
});
