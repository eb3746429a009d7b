/**
 * Which questions are due for review, by the member's own calendar: a card is due on the local
 * date of its due time, and stays due until graded. Pure and small (no scheduler): the header's
 * count runs on every page.
 */
import { localDay } from '../record/clock.ts';
import type { StudyRecord } from '../record/record.ts';

/** The local date (YYYY-MM-DD) a card is due on. */
export const dueDay = (minutes: number): string => localDay(new Date(minutes * 60_000));

/** Ids of the questions due on or before `day` (local YYYY-MM-DD), the longest overdue first. */
export function dueIds(record: StudyRecord, day: string): string[] {
  return Object.entries(record.review)
    .filter(([, card]) => dueDay(card.t) <= day)
    .sort((a, b) => a[1].t - b[1].t || (a[0] < b[0] ? -1 : 1))
    .map(([id]) => id);
}

/** The coming days with questions due after `day`: [local date, count], soonest first. */
export function upcoming(record: StudyRecord, day: string, limit: number): [string, number][] {
  const counts = new Map<string, number>();
  for (const card of Object.values(record.review)) {
    const d = dueDay(card.t);
    if (d > day) counts.set(d, (counts.get(d) ?? 0) + 1);
  }
  return [...counts].sort((a, b) => (a[0] < b[0] ? -1 : 1)).slice(0, limit);
}

const DAY_MS = 86_400_000;

/** Calendar days (local) from `now` to `due`: 0 today, 1 tomorrow. */
export function daysUntil(due: number, now: number): number {
  return Math.round((Date.parse(localDay(new Date(due))) - Date.parse(localDay(new Date(now)))) / DAY_MS);
}

/** 今天, 明天, `N 天后`. */
export const relativeDay = (days: number): string => (days <= 0 ? '今天' : days === 1 ? '明天' : `${days} 天后`);

/** `2024年5月4日（3 天后）` for a due time. */
export function describeDue(due: number, now: number): string {
  const d = new Date(due);
  return `${d.getFullYear()}年${d.getMonth() + 1}月${d.getDate()}日（${relativeDay(daysUntil(due, now))}）`;
}
