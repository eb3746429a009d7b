import type { ReadingMonth } from '../../shared/types.ts';
import type { SiteIndex } from './site-index.ts';

type ThemeLink = { id: string; name: string };

/** Everything a month's reading list (`/reading/<YYYY-MM>/`) shows. */
export interface ReadingMonthView {
  month: string;
  intro: string;
  books: { title: string; author: string; publisher?: string; year?: number; isbn?: string; reason: string; themes: ThemeLink[] }[];
  /** The themes of all its books, once each. */
  themes: ThemeLink[];
  newer?: string;
  older?: string;
}

/** The view of one month's reading list (`newer` and `older` are its neighbours in the archive). */
export function readingMonthView(site: SiteIndex, month: ReadingMonth, newer?: ReadingMonth, older?: ReadingMonth): ReadingMonthView {
  const links = (ids: readonly string[]): ThemeLink[] => ids.map((id) => site.themeById.get(id)).filter((t) => t !== undefined).map((t) => ({ id: t.id, name: t.name }));
  return {
    month: month.month,
    intro: month.intro,
    books: month.books.map((b) => ({ title: b.title, author: b.author, publisher: b.publisher, year: b.year, isbn: b.isbn, reason: b.reason, themes: links(b.themes) })),
    themes: links([...new Set(month.books.flatMap((b) => b.themes))]),
    newer: newer?.month,
    older: older?.month,
  };
}
