/** Matches `YYYY-MM`; the month part is checked separately so the message can be precise. */
const MONTH_PATTERN = /^(\d{4})-(\d{2})$/;

/** Whether `value` is a real calendar month written `YYYY-MM` (`2026-09` yes, `2026-13` no). */
export function isRealMonth(value: string): boolean {
  const match = MONTH_PATTERN.exec(value);
  if (!match) return false;
  const year = Number(match[1]);
  const month = Number(match[2]);
  return year >= 1000 && month >= 1 && month <= 12;
}

/** Format `2026-11` as `2026年11月` (and `2026-09` as `2026年9月`, without the leading zero). */
export function formatMonth(month: string): string {
  if (!isRealMonth(month)) throw new RangeError(`not a YYYY-MM month: ${month}`);
  const [year, mm] = month.split('-') as [string, string];
  return `${year}年${Number(mm)}月`;
}

/** Compare two `YYYY-MM` months so that the newest sorts first. */
export function compareMonthsNewestFirst(a: string, b: string): number {
  // Zero-padded YYYY-MM sorts lexically in calendar order.
  return a < b ? 1 : a > b ? -1 : 0;
}

/**
 * The date a month's list is considered published, as an RFC 3339 timestamp at midnight
 * Beijing time on the first day (`2026-09` → `2026-09-01T00:00:00+08:00`). Derived from the
 * content only, so feeds rebuild byte for byte.
 */
export function monthTimestamp(month: string): string {
  if (!isRealMonth(month)) throw new RangeError(`not a YYYY-MM month: ${month}`);
  return `${month}-01T00:00:00+08:00`;
}

/** Path of a month's page relative to the site base: `reading/2026-09/`. */
export function readingPagePath(month: string): string {
  return `reading/${month}/`;
}
