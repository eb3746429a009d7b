export { buildLessons, buildDocLessons, readingMinutes, OPENING_TITLE, CLOSING_TITLE } from './build-lessons.ts';
export { DEFAULT_SPLIT, type SplitOptions } from './split.ts';
