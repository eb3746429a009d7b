/**
 * The reading stage: monthly recommended books (`content/reading/YYYY-MM.md`) parsed and
 * validated, `dist/data/reading.json`, the Atom feed, and small helpers for the pages.
 */
export { booksByTheme, type BookInMonth } from './by-theme.ts';
export { buildReadingData, sortMonthsNewestFirst, type ReadingData } from './data.ts';
export { buildFeed, readingMonthUrl, siteRoot, type FeedOptions } from './feed.ts';
export { renderIntro } from './intro.ts';
export { checkIsbn, compactIsbn, isbn10To13, type IsbnCheck } from './isbn.ts';
export {
  compareMonthsNewestFirst,
  formatMonth,
  isRealMonth,
  monthTimestamp,
  readingPagePath,
} from './month.ts';
export {
  parseReadingFile,
  parseReadingFiles,
  type ParsedReadingFile,
  type ReadingSourceFile,
} from './parse.ts';
