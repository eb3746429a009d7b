/**
 * Reading a stored or imported study record: validation, repair of damaged entries, and the
 * migration of older shapes (the unversioned draft, version 1) to the current one. Pure: no DOM,
 * no Node.
 */
import {
  emptyRecord,
  everWrong,
  newCard,
  own,
  RECORD_VERSION,
  uniqueIds,
  type AnswerEntry,
  type DayEntry,
  type MigrationStatus,
  type ReviewCard,
  type StudiedEntry,
  type StudyRecord,
} from './record.ts';

type Obj = Record<string, unknown>;
const isObj = (x: unknown): x is Obj => typeof x === 'object' && x !== null && !Array.isArray(x);
const isCount = (x: unknown): x is number => typeof x === 'number' && Number.isInteger(x) && x >= 0 && x <= 1e9;
// Minutes since 1970 up to the year 3000: a time, not an overflow.
const isMinutes = (x: unknown): x is number => isCount(x) && x <= 545_000_000;
const isReal = (x: unknown, max: number): x is number => typeof x === 'number' && Number.isFinite(x) && x >= 0 && x <= max;
// `__proto__` as a key would set a prototype instead of an entry: never a valid id.
const isId = (x: unknown): x is string => typeof x === 'string' && x.length > 0 && x.length <= 300 && x !== '__proto__';
const isDate = (x: unknown): x is string => typeof x === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(x);
const isIdList = (x: unknown): x is string[] => Array.isArray(x) && x.every(isId);

/** The input of the current version: what each part may hold. */
const V2_KEYS = ['v', 'answers', 'wrong', 'bookmarks', 'studied', 'review', 'days', 'read'];
const V1_KEYS = ['v', 'answers', 'wrong', 'bookmarks', 'studied'];

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

function reviewCard(x: unknown): ReviewCard | undefined {
  if (!isObj(x) || !isMinutes(x.t) || (x.st !== 0 && x.st !== 1 && x.st !== 2 && x.st !== 3)) return undefined;
  if (!isReal(x.s, 1e6) || !isReal(x.d, 10) || !isCount(x.sd) || !isCount(x.n) || !isCount(x.l) || x.l > x.n) return undefined;
  if (x.lr !== undefined && !isMinutes(x.lr)) return undefined;
  // A card graded at least once has a time it was graded, and one never graded has none.
  if ((x.n > 0) !== (x.lr !== undefined)) return undefined;
  const card: ReviewCard = { t: x.t, st: x.st, s: x.s, d: x.d, sd: x.sd, n: x.n, l: x.l };
  if (x.lr !== undefined) card.lr = x.lr;
  return card;
}

function dayEntry(x: unknown): DayEntry | undefined {
  return Array.isArray(x) && x.length === 2 && isCount(x[0]) && isCount(x[1]) ? [x[0], x[1]] : undefined;
}

const dateEntry = (x: unknown): string | undefined => (isDate(x) ? x : undefined);

/**
 * Keep the valid parts of a version-1 or version-2 record (version 1 simply has no schedule or
 * day log). Returns the parts and whether anything had to be dropped: a hand-edited or
 * half-written entry must not take the rest of the record with it.
 */
function repair(raw: Obj): { record: StudyRecord; dropped: boolean } {
  let dropped = false;
  // Keep every well-formed entry of a map; note whether anything had to be dropped.
  const validEntries = <T>(value: unknown, parse: (v: unknown) => T | undefined, validKey: (k: string) => boolean = isId): Record<string, T> => {
    const out: Record<string, T> = {};
    if (isObj(value)) {
      for (const [key, item] of Object.entries(value)) {
        const entry = validKey(key) ? parse(item) : undefined;
        if (entry !== undefined) out[key] = entry;
        else dropped = true;
      }
    } else if (value !== undefined) dropped = true;
    return out;
  };
  const list = (x: unknown): string[] => {
    if (x === undefined) return [];
    if (!Array.isArray(x)) {
      dropped = true;
      return [];
    }
    const unique = uniqueIds(x.filter(isId));
    if (unique.length !== x.length) dropped = true;
    return unique;
  };
  const record: StudyRecord = {
    v: 2,
    answers: validEntries(raw.answers, answerEntry),
    wrong: list(raw.wrong),
    bookmarks: list(raw.bookmarks),
    studied: validEntries(raw.studied, studiedEntry),
    review: validEntries(raw.review, reviewCard),
    days: validEntries(raw.days, dayEntry, isDate),
    read: validEntries(raw.read, dateEntry),
  };
  return { record, dropped };
}

/**
 * Version 1 → 2: every question in 错题本 or ever answered wrong, and every 收藏, is scheduled
 * for review now; each lesson marked studied counts as read on the day it was marked.
 */
function scheduleV1(record: StudyRecord, now: number): StudyRecord {
  const ids = uniqueIds([...record.wrong, ...Object.keys(record.answers).filter((id) => everWrong(record, id)), ...record.bookmarks]);
  for (const id of ids) if (!own(record.review, id)) record.review[id] = newCard(now);
  for (const [id, entry] of Object.entries(record.studied)) {
    if (own(record.read, id)) continue;
    record.read[id] = entry.d;
    const day = own(record.days, entry.d) ?? [0, 0];
    record.days[entry.d] = [day[0] + 1, day[1]];
  }
  return record;
}

/**
 * The unversioned draft shape some early pages wrote:
 * `{ answered: { id: boolean }, wrong: [id], favorites: [id], studied: [lessonId] }`.
 */
function fromV0(raw: Obj, today: string, now: number): StudyRecord {
  const record = emptyRecord();
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
  return scheduleV1(record, now);
}

const V0_KEYS = ['answered', 'wrong', 'favorites', 'bookmarks', 'studied'];

/**
 * Turn whatever was stored into a current record. Older shapes are converted, damaged entries
 * dropped, and anything unrecognisable (another program's data, a newer version) replaced by an
 * empty record — the caller keeps a backup of the raw text in that case.
 * `today` (YYYY-MM-DD) dates lessons that an old shape stored without a date; `now` (ms) is when
 * the questions an old record holds become due for review.
 */
export function migrateRecord(raw: unknown, today: string, now: number): { record: StudyRecord; status: MigrationStatus } {
  if (raw === null || raw === undefined) return { record: emptyRecord(), status: 'empty' };
  if (!isObj(raw)) return { record: emptyRecord(), status: 'reset' };
  if (raw.v === RECORD_VERSION) {
    const { record, dropped } = repair(raw);
    return { record, status: dropped ? 'repaired' : 'ok' };
  }
  if (raw.v === 1) return { record: scheduleV1(repair(raw).record, now), status: 'migrated' };
  if (raw.v === undefined && V0_KEYS.some((k) => k in raw)) return { record: fromV0(raw, today, now), status: 'migrated' };
  return { record: emptyRecord(), status: 'reset' };
}

/**
 * Validate a record that must be exactly right (an imported code): version 2 — or 1, from an
 * older site, migrated as storage would — with every entry valid. Returns the record, or a
 * Chinese message saying what is wrong.
 */
export function parseRecordStrict(raw: unknown, now: number): StudyRecord | string {
  if (!isObj(raw)) return '代码中的内容不是学习记录。';
  if (raw.v !== RECORD_VERSION && raw.v !== 1) return `代码的版本（${String(raw.v)}）无法识别，请用最新版本的学习园地重新导出。`;
  const known = new Set(raw.v === 1 ? V1_KEYS : V2_KEYS);
  if (Object.keys(raw).some((k) => !known.has(k))) return '代码中的学习记录含有无法识别的内容。';
  const { record, dropped } = repair(raw);
  if (dropped) return '代码中的学习记录有损坏的条目。';
  return raw.v === 1 ? scheduleV1(record, now) : record;
}

/** Parse the stored text (or null when nothing is stored) into a record. */
export function readStoredRecord(text: string | null, today: string, now: number): { record: StudyRecord; status: MigrationStatus } {
  if (text === null || text === '') return { record: emptyRecord(), status: 'empty' };
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch {
    return { record: emptyRecord(), status: 'reset' };
  }
  return migrateRecord(raw, today, now);
}
