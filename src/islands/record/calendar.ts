/**
 * The study calendar's arithmetic: study streaks and month grids over the record's day log,
 * all on YYYY-MM-DD strings (the member's own dates). Pure: no DOM, no Node.
 */
import { own, type DayEntry } from './record.ts';

const DAY_MS = 86_400_000;

/** The date `n` days after `day` (YYYY-MM-DD; n may be negative). */
export function addDays(day: string, n: number): string {
  return new Date(Date.parse(day) + n * DAY_MS).toISOString().slice(0, 10);
}

/** Whether anything was studied that day. */
const active = (entry: DayEntry | undefined): boolean => entry !== undefined && entry[0] + entry[1] > 0;

/**
 * Days in a row with study: `current` ends today, or yesterday while today has nothing yet (a
 * streak is not broken before the day is over); `longest` is the longest run ever.
 */
export function streaks(days: Record<string, DayEntry>, today: string): { current: number; longest: number } {
  const dates = Object.keys(days).filter((d) => active(days[d])).sort();
  let longest = 0;
  let run = 0;
  let previous = '';
  for (const d of dates) {
    run = previous !== '' && addDays(previous, 1) === d ? run + 1 : 1;
    longest = Math.max(longest, run);
    previous = d;
  }
  let current = 0;
  let d = active(own(days, today)) ? today : addDays(today, -1);
  while (active(own(days, d))) {
    current++;
    d = addDays(d, -1);
  }
  return { current, longest };
}

/** A month as weeks from Monday to Sunday; days outside the month are null. */
export interface MonthGrid {
  year: number;
  month: number;
  weeks: (string | null)[][];
}

/** The grids of the `count` months up to and including `today`'s, oldest first. */
export function monthGrids(today: string, count: number): MonthGrid[] {
  const [y, m] = today.split('-').map(Number) as [number, number];
  const grids: MonthGrid[] = [];
  for (let i = count - 1; i >= 0; i--) {
    const first = new Date(Date.UTC(y, m - 1 - i, 1));
    const year = first.getUTCFullYear();
    const month = first.getUTCMonth() + 1;
    const length = new Date(Date.UTC(year, month, 0)).getUTCDate();
    // Monday first, as calendars in China are.
    const lead = (first.getUTCDay() + 6) % 7;
    const cells: (string | null)[] = Array.from({ length: lead }, () => null);
    for (let d = 1; d <= length; d++) cells.push(`${year}-${String(month).padStart(2, '0')}-${String(d).padStart(2, '0')}`);
    while (cells.length % 7 !== 0) cells.push(null);
    const weeks: (string | null)[][] = [];
    for (let w = 0; w < cells.length; w += 7) weeks.push(cells.slice(w, w + 7));
    grids.push({ year, month, weeks });
  }
  return grids;
}

/** How much was studied on a day, 0 (nothing) to 3, for the calendar's shades: a lesson weighs five answers. */
export function activityLevel(entry: DayEntry | undefined): 0 | 1 | 2 | 3 {
  if (!active(entry)) return 0;
  const score = entry![0] * 5 + entry![1];
  return score < 5 ? 1 : score < 15 ? 2 : 3;
}
