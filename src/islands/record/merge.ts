/**
 * Merging two study records (this device's and an imported one) without counting anything
 * twice: both often descend from one record carried over by an export code, so shared history
 * appears in both. Pure: no DOM, no Node.
 */
import { own, uniqueIds, type AnswerEntry, type DayEntry, type ReviewCard, type StudiedEntry, type StudyRecord } from './record.ts';

/** The entry with more attempts (the later one); counts never drop below either side's. */
function mergeAnswer(a: AnswerEntry, b: AnswerEntry): AnswerEntry {
  const later = b.n > a.n ? b : a;
  const n = Math.max(a.n, b.n);
  const entry: AnswerEntry = { r: later.r, n, k: Math.min(n, Math.max(a.k, b.k)) };
  const th = uniqueIds([...(a.th ?? []), ...(b.th ?? [])]);
  if (th.length > 0) entry.th = th;
  return entry;
}

/** The card graded last carries the memory; a card never graded yields to one that was. */
function mergeCard(a: ReviewCard, b: ReviewCard): ReviewCard {
  const graded = (c: ReviewCard) => c.lr ?? -1;
  if (graded(a) !== graded(b)) return graded(b) > graded(a) ? b : a;
  return b.t < a.t ? b : a;
}

/** The first date a lesson was marked studied. */
function mergeStudied(a: StudiedEntry, b: StudiedEntry): StudiedEntry {
  const first = b.d < a.d ? b : a;
  const th = uniqueIds([...(a.th ?? []), ...(b.th ?? [])]);
  return th.length > 0 ? { ...first, th } : { d: first.d, t: first.t };
}

/** What both did on a day: the larger count of each (the same reading may be on both). */
const mergeDay = (a: DayEntry, b: DayEntry): DayEntry => [Math.max(a[0], b[0]), Math.max(a[1], b[1])];

const laterDate = (a: string, b: string): string => (b > a ? b : a);

function mergeMap<T>(a: Record<string, T>, b: Record<string, T>, both: (x: T, y: T) => T): Record<string, T> {
  const out: Record<string, T> = { ...a };
  for (const [id, value] of Object.entries(b)) {
    const mine = own(out, id);
    out[id] = mine === undefined ? value : both(mine, value);
  }
  return out;
}

/**
 * `local` and `incoming` together: every answer, bookmark, studied lesson, scheduled question
 * and study day of either. 错题本 holds the questions whose later answer was wrong; bookmarks
 * keep this device's order, then the imported ones.
 */
export function mergeRecords(local: StudyRecord, incoming: StudyRecord): StudyRecord {
  const answers = mergeMap(local.answers, incoming.answers, mergeAnswer);
  const wrong = uniqueIds([...local.wrong, ...incoming.wrong]).filter((id) => own(answers, id)?.r !== 1);
  return {
    v: 2,
    answers,
    wrong,
    bookmarks: uniqueIds([...local.bookmarks, ...incoming.bookmarks]),
    studied: mergeMap(local.studied, incoming.studied, mergeStudied),
    review: mergeMap(local.review, incoming.review, mergeCard),
    days: mergeMap(local.days, incoming.days, mergeDay),
    read: mergeMap(local.read, incoming.read, laterDate),
  };
}
