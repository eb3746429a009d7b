import type { Book, ReadingMonth } from '../shared/types.ts';
import { sortMonthsNewestFirst } from './data.ts';

/** A book together with the month that recommended it. */
export interface BookInMonth {
  /** YYYY-MM */
  month: string;
  book: Book;
}

/**
 * The recommended books of each theme, for theme pages: keys are theme ids in code-point
 * order, values newest month first and in the month's own order within a month.
 */
export function booksByTheme(months: readonly ReadingMonth[]): Map<string, BookInMonth[]> {
  const grouped = new Map<string, BookInMonth[]>();
  for (const { month, books } of sortMonthsNewestFirst(months)) {
    for (const book of books) {
      for (const theme of new Set(book.themes)) {
        const list = grouped.get(theme);
        if (list) list.push({ month, book });
        else grouped.set(theme, [{ month, book }]);
      }
    }
  }
  const ids = [...grouped.keys()].sort();
  return new Map(ids.map((id) => [id, grouped.get(id) as BookInMonth[]]));
}
