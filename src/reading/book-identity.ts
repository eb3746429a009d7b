import type { Book } from '../shared/types.ts';
import { checkIsbn } from './isbn.ts';

/**
 * Normalise a title or author for duplicate detection: full-width/half-width forms unified,
 * case folded, and spaces, punctuation and symbols removed, so `罗广斌 杨益言` equals
 * `罗广斌、杨益言` and `习近平谈治国理政（第四卷）` equals `习近平谈治国理政 第四卷`.
 */
export function normalizeForIdentity(text: string): string {
  return text.normalize('NFKC').toLowerCase().replace(/[\p{P}\p{S}\s]/gu, '');
}

/** The keys under which two books count as the same: their ISBN, and their title + author. */
export function bookIdentityKeys(book: Pick<Book, 'title' | 'author' | 'isbn'>): {
  isbn?: string;
  titleAuthor: string;
} {
  const titleAuthor = `${normalizeForIdentity(book.title)}\u0000${normalizeForIdentity(book.author)}`;
  const check = book.isbn === undefined ? undefined : checkIsbn(book.isbn);
  return check?.ok ? { isbn: check.digits, titleAuthor } : { titleAuthor };
}
