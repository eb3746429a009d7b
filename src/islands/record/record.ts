/**
 * The member's study record: what they answered, got wrong, bookmarked and studied. Kept in
 * localStorage as versioned JSON; every function here is pure (the record in, a new record out),
 * so storage, export codes and pages share one tested model. No DOM, no Node.
 */

/** Current version of the stored shape. */
export const RECORD_VERSION = 1;

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

/** The whole record, version 1. */
export interface StudyRecord {
  v: 1;
  /** Question id → last result and counts. */
  answers: Record<string, AnswerEntry>;
  /** 错题本: ids of questions whose last answer was wrong, oldest first. */
  wrong: string[];
  /** 收藏: bookmarked question ids, in the order bookmarked. */
  bookmarks: string[];
  /** Lesson id → when it was marked studied. */
  studied: Record<string, StudiedEntry>;
}

/** What the loader did with what it found. */
export type MigrationStatus = 'ok' | 'empty' | 'migrated' | 'repaired' | 'reset';

/** A fresh, empty record. */
export function emptyRecord(): StudyRecord {
  return { v: 1, answers: {}, wrong: [], bookmarks: [], studied: {} };
}

type Obj = Record<string, unknown>;
const isObj = (x: unknown): x is Obj => typeof x === 'object' && x !== null && !Array.isArray(x);
const isCount = (x: unknown): x is number => typeof x === 'number' && Number.isInteger(x) && x >= 0 && x <= 1e9;
// `__proto__` as a key would set a prototype instead of an entry: never a valid id.
const isId = (x: unknown): x is string => typeof x === 'string' && x.length > 0 && x.length <= 300 && x !== '__proto__';
const isDate = (x: unknown): x is string => typeof x === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(x);
const isIdList = (x: unknown): x is string[] => Array.isArray(x) && x.every(isId);

function dict<T>(): Record<string, T> {
  return {};
}

/** An own entry of a record map (so an id such as `constructor` never finds Object's). */
export function own<T>(map: Record<string, T>, id: string): T | undefined {
  return Object.hasOwn(map, id) ? map[id] : undefined;
}

function uniqueIds(list: readonly string[]): string[] {
  return [...new Set(list)];
}

/** A theme list kept only if every item is an id. */
function themeList(x: unknown): string[] | undefined {
  return isIdList(x) && x.length > 0 ? uniqueIds(x) : undefined;
}

function answerEntry(x: unknown): AnswerEntry | undefined {
  if (!isObj(x) || (x.r !== 0 && x.r !== 1) || !isCount(x.n) || !isCount(x.k) || x.k > x.n || x.n === 0) return undefined;
  const th = themeList(x.th);
  return th ? { r: x.r, n: x.n, k: x.k, th } : { r: x.r, n: x.n, k: x.k };
}

function studiedEntry(x: unknown): StudiedEntry | undefined {
  if (!isObj(x) || !isDate(x.d) || typeof x.t !== 'string') return undefined;
  const th = themeList(x.th);
  return th ? { d: x.d, t: x.t, th } : { d: x.d, t: x.t };
}

/**
 * Keep the valid parts of a version-1 record. Returns the record and whether anything had to
 * be dropped (a hand-edited or half-written entry must not take the rest of the record with it).
 */
function repairV1(raw: Obj): { record: StudyRecord; dropped: boolean } {
  let dropped = false;
  // Keep every well-formed entry of a map; note whether anything had to be dropped.
  const validEntries = <T>(value: unknown, parse: (v: unknown) => T | undefined): Record<string, T> => {
    const out = dict<T>();
    if (isObj(value)) {
      for (const [id, item] of Object.entries(value)) {
        const entry = isId(id) ? parse(item) : undefined;
        if (entry) out[id] = entry;
        else dropped = true;
      }
    } else if (value !== undefined) dropped = true;
    return out;
  };
  const answers = validEntries(raw.answers, answerEntry);
  const studied = validEntries(raw.studied, studiedEntry);
  const list = (x: unknown): string[] => {
    if (x === undefined) return [];
    if (!Array.isArray(x)) {
      dropped = true;
      return [];
    }
    const ids = x.filter(isId);
    const unique = uniqueIds(ids);
    if (unique.length !== x.length) dropped = true;
    return unique;
  };
  const wrong = list(raw.wrong);
  const bookmarks = list(raw.bookmarks);
  return { record: { v: 1, answers, wrong, bookmarks, studied }, dropped };
}

/**
 * The unversioned draft shape some early pages wrote:
 * `{ answered: { id: boolean }, wrong: [id], favorites: [id], studied: [lessonId] }`.
 */
function fromV0(raw: Obj, today: string): StudyRecord {
  const record = emptyRecord();
  record.answers = dict<AnswerEntry>();
  record.studied = dict<StudiedEntry>();
  if (isObj(raw.answered)) {
    for (const [id, value] of Object.entries(raw.answered)) {
      if (isId(id) && typeof value === 'boolean') record.answers[id] = { r: value ? 1 : 0, n: 1, k: value ? 1 : 0 };
    }
  }
  const wrong = isIdList(raw.wrong) ? raw.wrong : [];
  for (const id of wrong) if (!own(record.answers, id)) record.answers[id] = { r: 0, n: 1, k: 0 };
  record.wrong = uniqueIds([...wrong, ...Object.keys(record.answers).filter((id) => record.answers[id]!.r === 0)]);
  record.bookmarks = isIdList(raw.favorites) ? uniqueIds(raw.favorites) : isIdList(raw.bookmarks) ? uniqueIds(raw.bookmarks) : [];
  if (isIdList(raw.studied)) for (const id of raw.studied) record.studied[id] = { d: today, t: id };
  return record;
}

const V0_KEYS = ['answered', 'wrong', 'favorites', 'bookmarks', 'studied'];

/**
 * Turn whatever was stored into a current record. Older shapes are converted, damaged entries
 * dropped, and anything unrecognisable (another program's data, a newer version) replaced by an
 * empty record — the caller keeps a backup of the raw text in that case.
 * `today` (YYYY-MM-DD) dates lessons that an old shape stored without a date.
 */
export function migrateRecord(raw: unknown, today: string): { record: StudyRecord; status: MigrationStatus } {
  if (raw === null || raw === undefined) return { record: emptyRecord(), status: 'empty' };
  if (!isObj(raw)) return { record: emptyRecord(), status: 'reset' };
  if (raw.v === RECORD_VERSION) {
    const { record, dropped } = repairV1(raw);
    return { record, status: dropped ? 'repaired' : 'ok' };
  }
  if (raw.v === undefined && V0_KEYS.some((k) => k in raw)) return { record: fromV0(raw, today), status: 'migrated' };
  return { record: emptyRecord(), status: 'reset' };
}

/**
 * Validate a record that must be exactly right (an imported code): version 1, every entry
 * valid. Returns the record, or a Chinese message saying what is wrong.
 */
export function parseRecordStrict(raw: unknown): StudyRecord | string {
  if (!isObj(raw)) return '代码中的内容不是学习记录。';
  if (raw.v !== RECORD_VERSION) return `代码的版本（${String(raw.v)}）无法识别，请用最新版本的学习园地重新导出。`;
  const known = new Set(['v', 'answers', 'wrong', 'bookmarks', 'studied']);
  if (Object.keys(raw).some((k) => !known.has(k))) return '代码中的学习记录含有无法识别的内容。';
  const { record, dropped } = repairV1(raw);
  if (dropped) return '代码中的学习记录有损坏的条目。';
  return record;
}

/** Parse the stored text (or null when nothing is stored) into a record. */
export function readStoredRecord(text: string | null, today: string): { record: StudyRecord; status: MigrationStatus } {
  if (text === null || text === '') return { record: emptyRecord(), status: 'empty' };
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch {
    return { record: emptyRecord(), status: 'reset' };
  }
  return migrateRecord(raw, today);
}

/** What recordAnswer needs of a question. */
export interface AnsweredQuestion {
  id: string;
  themes: readonly string[];
}

function clone(record: StudyRecord): StudyRecord {
  const answers = dict<AnswerEntry>();
  Object.assign(answers, record.answers);
  const studied = dict<StudiedEntry>();
  Object.assign(studied, record.studied);
  return { v: 1, answers, wrong: [...record.wrong], bookmarks: [...record.bookmarks], studied };
}

/**
 * Count an answer. A wrong answer puts the question into 错题本; a right one takes it out
 * (practising a wrong question until it is answered right is how it leaves the book).
 */
export function recordAnswer(record: StudyRecord, question: AnsweredQuestion, correct: boolean): StudyRecord {
  const next = clone(record);
  const old = own(record.answers, question.id);
  const entry: AnswerEntry = { r: correct ? 1 : 0, n: (old?.n ?? 0) + 1, k: (old?.k ?? 0) + (correct ? 1 : 0) };
  if (question.themes.length > 0) entry.th = uniqueIds(question.themes);
  next.answers[question.id] = entry;
  const inBook = next.wrong.includes(question.id);
  if (correct && inBook) next.wrong = next.wrong.filter((id) => id !== question.id);
  if (!correct && !inBook) next.wrong.push(question.id);
  return next;
}

/** Add or remove a bookmark. */
export function setBookmark(record: StudyRecord, id: string, on: boolean): StudyRecord {
  const next = clone(record);
  const has = next.bookmarks.includes(id);
  if (on && !has) next.bookmarks.push(id);
  if (!on && has) next.bookmarks = next.bookmarks.filter((b) => b !== id);
  return next;
}

/** Remove a question from 错题本 without answering it (e.g. it no longer exists in the bank). */
export function dropWrong(record: StudyRecord, id: string): StudyRecord {
  const next = clone(record);
  next.wrong = next.wrong.filter((w) => w !== id);
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
  const next = clone(record);
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
