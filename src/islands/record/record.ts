/**
 * The member's study record: what they answered, got wrong, bookmarked and studied, the spaced-
 * review schedule of the questions to come back to, and a log of study days. Kept in
 * localStorage as versioned JSON (reading and migrating it: parse.ts); every function here is
 * pure (the record in, a new record out), so storage, export codes and pages share one tested
 * model. No DOM, no Node.
 */

/** Current version of the stored shape (1: no schedule or day log; 2: both). */
export const RECORD_VERSION = 2;

/** The last result and counts of one question. Keys are short: the record travels in export codes. */
export interface AnswerEntry {
  /** Last result: 1 right, 0 wrong. */
  r: 0 | 1;
  /** Attempts. */
  n: number;
  /** Right answers. */
  k: number;
  /** The question's theme ids (for per-theme progress without fetching the bank). */
  th?: string[];
}

/** A lesson marked studied. */
export interface StudiedEntry {
  /** Date marked, YYYY-MM-DD. */
  d: string;
  /** Lesson title, so the record page can list it without fetching every lesson. */
  t: string;
  /** The lesson's theme ids. */
  th?: string[];
}

/**
 * A question's place in the spaced-review schedule: an FSRS card (src/islands/review/fsrs.ts
 * converts) with times in whole minutes since 1970 to keep export codes short.
 */
export interface ReviewCard {
  /** Due, minutes since 1970. */
  t: number;
  /** FSRS state: 0 new, 1 learning, 2 review, 3 relearning. */
  st: 0 | 1 | 2 | 3;
  /** Stability (days) and difficulty (1–10); 0 for a card never graded. */
  s: number;
  d: number;
  /** Days scheduled at the last grading. */
  sd: number;
  /** Gradings, and gradings 重来 after the card was learnt. */
  n: number;
  l: number;
  /** Last grading, minutes since 1970; absent for a card never graded. */
  lr?: number;
}

/** What a member did on one day (their own calendar date): lessons read, questions answered. */
export type DayEntry = [lessons: number, questions: number];

/** The whole record, version 2. */
export interface StudyRecord {
  v: 2;
  /** Question id → last result and counts. */
  answers: Record<string, AnswerEntry>;
  /** 错题本: ids of questions whose last answer was wrong, oldest first. */
  wrong: string[];
  /** 收藏: bookmarked question ids, in the order bookmarked. */
  bookmarks: string[];
  /** Lesson id → when it was marked studied. */
  studied: Record<string, StudiedEntry>;
  /** Question id → its review schedule: every question ever answered wrong, every 收藏. */
  review: Record<string, ReviewCard>;
  /** Local date (YYYY-MM-DD) → what was done that day, for the study calendar. */
  days: Record<string, DayEntry>;
  /** Lesson id → the last local date it was read (a lesson counts once a day). */
  read: Record<string, string>;
}

/** What the loader did with what it found. */
export type MigrationStatus = 'ok' | 'empty' | 'migrated' | 'repaired' | 'reset';

/** When something happens: the time, and the member's own calendar date then. */
export interface Moment {
  /** Milliseconds since 1970. */
  now: number;
  /** Local date, YYYY-MM-DD. */
  day: string;
}

/** A fresh, empty record. */
export function emptyRecord(): StudyRecord {
  return { v: 2, answers: {}, wrong: [], bookmarks: [], studied: {}, review: {}, days: {}, read: {} };
}

/** An own entry of a record map (so an id such as `constructor` never finds Object's). */
export function own<T>(map: Record<string, T>, id: string): T | undefined {
  return Object.hasOwn(map, id) ? map[id] : undefined;
}

/** Distinct ids in first-seen order. */
export function uniqueIds(list: readonly string[]): string[] {
  return [...new Set(list)];
}

/** Milliseconds → whole minutes since 1970, the record's unit of time. */
export const toMinutes = (ms: number): number => Math.floor(ms / 60_000);

/** A card never graded, due at `now`. */
export function newCard(now: number): ReviewCard {
  return { t: toMinutes(now), st: 0, s: 0, d: 0, sd: 0, n: 0, l: 0 };
}

/** Whether a question was ever answered wrong (it then stays in the review schedule). */
export function everWrong(record: StudyRecord, id: string): boolean {
  const entry = own(record.answers, id);
  return entry !== undefined && entry.k < entry.n;
}

/** What recordAnswer needs of a question. */
export interface AnsweredQuestion {
  id: string;
  themes: readonly string[];
}

/** A shallow copy whose maps and lists can be changed without touching `record`. */
export function cloneRecord(record: StudyRecord): StudyRecord {
  return {
    v: 2,
    answers: { ...record.answers },
    wrong: [...record.wrong],
    bookmarks: [...record.bookmarks],
    studied: { ...record.studied },
    review: { ...record.review },
    days: { ...record.days },
    read: { ...record.read },
  };
}

/** Put a question in the schedule due now; a card already there keeps its memory and comes due now. */
function dueNow(next: StudyRecord, id: string, now: number): void {
  const card = own(next.review, id);
  next.review[id] = card ? { ...card, t: Math.min(card.t, toMinutes(now)) } : newCard(now);
}

function bumpDay(next: StudyRecord, day: string, index: 0 | 1): void {
  const entry: DayEntry = [...(own(next.days, day) ?? [0, 0])];
  entry[index]++;
  next.days[day] = entry;
}

/**
 * Count an answer. A wrong answer puts the question into 错题本 and makes it due for review now;
 * a right one takes it out of 错题本 (practising a wrong question until it is answered right is
 * how it leaves the book) but not out of the schedule, which brings it back at the right time.
 */
export function recordAnswer(record: StudyRecord, question: AnsweredQuestion, correct: boolean, at: Moment): StudyRecord {
  const next = cloneRecord(record);
  const old = own(record.answers, question.id);
  const entry: AnswerEntry = { r: correct ? 1 : 0, n: (old?.n ?? 0) + 1, k: (old?.k ?? 0) + (correct ? 1 : 0) };
  if (question.themes.length > 0) entry.th = uniqueIds(question.themes);
  next.answers[question.id] = entry;
  const inBook = next.wrong.includes(question.id);
  if (correct && inBook) next.wrong = next.wrong.filter((id) => id !== question.id);
  if (!correct && !inBook) next.wrong.push(question.id);
  if (!correct) dueNow(next, question.id, at.now);
  bumpDay(next, at.day, 1);
  return next;
}

/** Add or remove a bookmark. A bookmarked question is scheduled; unbookmarked, it leaves the schedule unless it was ever answered wrong. */
export function setBookmark(record: StudyRecord, id: string, on: boolean, at: Moment): StudyRecord {
  const next = cloneRecord(record);
  const has = next.bookmarks.includes(id);
  if (on && !has) next.bookmarks.push(id);
  if (!on && has) next.bookmarks = next.bookmarks.filter((b) => b !== id);
  if (on && !own(next.review, id)) next.review[id] = newCard(at.now);
  if (!on && !everWrong(next, id)) delete next.review[id];
  return next;
}

/** Remove a question from 错题本 and the schedule (e.g. it no longer exists in the bank). */
export function dropWrong(record: StudyRecord, id: string): StudyRecord {
  const next = cloneRecord(record);
  next.wrong = next.wrong.filter((w) => w !== id);
  if (!next.bookmarks.includes(id)) delete next.review[id];
  return next;
}

/** Take a question out of the review schedule (it is no longer in the bank). */
export function dropReview(record: StudyRecord, id: string): StudyRecord {
  const next = cloneRecord(record);
  delete next.review[id];
  return next;
}

/** Replace a question's review card (after it was graded). */
export function setReviewCard(record: StudyRecord, id: string, card: ReviewCard): StudyRecord {
  const next = cloneRecord(record);
  next.review[id] = card;
  return next;
}

/** Note that a lesson was read on `day` (local date); a lesson counts once a day. */
export function noteLessonRead(record: StudyRecord, lessonId: string, day: string): StudyRecord {
  if (own(record.read, lessonId) === day) return record;
  const next = cloneRecord(record);
  next.read[lessonId] = day;
  bumpDay(next, day, 0);
  return next;
}

/** What setStudied needs of a lesson. */
export interface StudiedLesson {
  id: string;
  title: string;
  themes: readonly string[];
}

/** Mark a lesson studied (on `date`, YYYY-MM-DD) or not studied. */
export function setStudied(record: StudyRecord, lesson: StudiedLesson, studied: boolean, date: string): StudyRecord {
  const next = cloneRecord(record);
  if (studied) {
    const entry: StudiedEntry = { d: own(record.studied, lesson.id)?.d ?? date, t: lesson.title };
    if (lesson.themes.length > 0) entry.th = uniqueIds(lesson.themes);
    next.studied[lesson.id] = entry;
  } else {
    delete next.studied[lesson.id];
  }
  return next;
}

/** A theme's size, as the site publishes it for the record page. */
export interface ThemeTotals {
  id: string;
  name: string;
  /** Lessons in the theme. */
  lessons: number;
  /** Questions tagged with the theme. */
  questions: number;
}

/** One theme's progress. */
export interface ThemeProgress extends ThemeTotals {
  lessonsStudied: number;
  questionsAnswered: number;
  /** Questions whose last answer was right. */
  questionsRight: number;
}

/**
 * Progress per theme: lessons studied and questions answered (last answer right) of each theme,
 * from the theme ids the record kept. Themes the member has touched come first, most done first;
 * counts are capped at the theme's size (the bank may have shrunk since).
 */
export function themeProgress(record: StudyRecord, themes: readonly ThemeTotals[]): ThemeProgress[] {
  const lessons = new Map<string, number>();
  const answered = new Map<string, number>();
  const right = new Map<string, number>();
  const bump = (map: Map<string, number>, id: string) => map.set(id, (map.get(id) ?? 0) + 1);
  for (const entry of Object.values(record.studied)) for (const th of entry.th ?? []) bump(lessons, th);
  for (const entry of Object.values(record.answers)) {
    for (const th of entry.th ?? []) {
      bump(answered, th);
      if (entry.r === 1) bump(right, th);
    }
  }
  const out = themes.map((t) => ({
    ...t,
    lessonsStudied: Math.min(t.lessons, lessons.get(t.id) ?? 0),
    questionsAnswered: Math.min(t.questions, answered.get(t.id) ?? 0),
    questionsRight: Math.min(t.questions, right.get(t.id) ?? 0),
  }));
  const done = (p: ThemeProgress) => (p.lessons ? p.lessonsStudied / p.lessons : 0) + (p.questions ? p.questionsRight / p.questions : 0);
  const touched = (p: ThemeProgress) => p.lessonsStudied + p.questionsAnswered > 0;
  return out
    .map((p, i) => ({ p, i }))
    .sort((a, b) => Number(touched(b.p)) - Number(touched(a.p)) || done(b.p) - done(a.p) || a.i - b.i)
    .map(({ p }) => p);
}

/** Headline numbers of a record. */
export function recordSummary(record: StudyRecord): { answered: number; right: number; wrong: number; bookmarks: number; studied: number } {
  const entries = Object.values(record.answers);
  return {
    answered: entries.length,
    right: entries.filter((e) => e.r === 1).length,
    wrong: record.wrong.length,
    bookmarks: record.bookmarks.length,
    studied: Object.keys(record.studied).length,
  };
}
