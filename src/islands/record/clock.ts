/** The member's clock: the time and their own calendar date (the study calendar counts by it). */
import type { Moment } from './record.ts';

const pad = (n: number) => String(n).padStart(2, '0');

/** A date's local calendar date, YYYY-MM-DD. */
export function localDay(date: Date): string {
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;
}

/** Now, or `date`, as a Moment. */
export function moment(date: Date = new Date()): Moment {
  return { now: date.getTime(), day: localDay(date) };
}
