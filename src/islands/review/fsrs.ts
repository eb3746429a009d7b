/**
 * Grading a review card with FSRS (ts-fsrs): the record's compact card in, the next one out.
 * Whole days only (no minute-long learning steps): a member reviews once a day, so every grade,
 * 重来 included, sets a next date from tomorrow on. Pure: no DOM, no Node.
 */
import { fsrs, generatorParameters, Rating, State, type Card, type Grade } from 'ts-fsrs';
import { toMinutes, type ReviewCard } from '../record/record.ts';

/** The four grades a member gives, worst first. */
export const GRADES = [Rating.Again, Rating.Hard, Rating.Good, Rating.Easy] as const satisfies readonly Grade[];

const scheduler = fsrs(generatorParameters({ enable_short_term: false }));

// Four decimals are far finer than the model needs and keep export codes short.
const round = (x: number) => Math.round(x * 10_000) / 10_000;

/** The record's card as ts-fsrs's. */
export function toFsrsCard(card: ReviewCard): Card {
  return {
    due: new Date(card.t * 60_000),
    stability: card.s,
    difficulty: card.d,
    elapsed_days: 0,
    scheduled_days: card.sd,
    learning_steps: 0,
    reps: card.n,
    lapses: card.l,
    state: card.st as State,
    ...(card.lr !== undefined ? { last_review: new Date(card.lr * 60_000) } : {}),
  };
}

/** ts-fsrs's card as the record's. */
export function fromFsrsCard(card: Card): ReviewCard {
  const out: ReviewCard = { t: toMinutes(card.due.getTime()), st: card.state as ReviewCard['st'], s: round(card.stability), d: round(card.difficulty), sd: card.scheduled_days, n: card.reps, l: card.lapses };
  if (card.last_review) out.lr = toMinutes(card.last_review.getTime());
  return out;
}

/** The card after the member gave `grade` at `now` (ms). */
export function gradeCard(card: ReviewCard, grade: Grade, now: number): ReviewCard {
  return fromFsrsCard(scheduler.next(toFsrsCard(card), new Date(now), grade).card);
}

/** For each grade, when the card would come back (ms), to show on the grade buttons. */
export function previewGrades(card: ReviewCard, now: number): Map<Grade, number> {
  const preview = scheduler.repeat(toFsrsCard(card), new Date(now));
  return new Map(GRADES.map((g) => [g, preview[g].card.due.getTime()]));
}
