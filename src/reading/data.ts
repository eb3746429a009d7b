import type { Book, ReadingMonth } from '../shared/types.ts';
import { compareMonthsNewestFirst } from './month.ts';

/** One month of `dist/data/reading.json`. */
export interface ReadingData {
  month: string;
  books: Book[];
}

/** Months sorted newest first, without changing the input array. */
export function sortMonthsNewestFirst(months: readonly ReadingMonth[]): ReadingMonth[] {
  return [...months].sort((a, b) => compareMonthsNewestFirst(a.month, b.month));
}

/** The content of `dist/data/reading.json`: `[{ month, books }]`, newest month first. */
export function buildReadingData(months: readonly ReadingMonth[]): ReadingData[] {
  return sortMonthsNewestFirst(months).map(({ month, books }) => ({
    month,
    books: books.map((book) => ({ ...book, themes: [...book.themes] })),
  }));
}
