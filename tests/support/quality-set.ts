/**
 * The graded set of tests/fixtures/quality/: published questions drawn at random (seeded) from the
 * real copies, each with a grade a study-group leader gave it against RUBRIC.md.
 */
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Question } from '../../src/shared/types.ts';
import { realSources, ROOT, runCorpus } from './real-corpus.ts';

export const QUALITY = join(ROOT, 'tests/fixtures/quality');
export const GRADED_FILE = join(QUALITY, 'graded.json');
/** How many published questions the set draws. */
export const DRAW = 160;
const SEED = 'xuexi-quality-2026';

export type Grade = 'acceptable' | 'rejectable';

/** What was graded: the question as a member sees it, and where it came from. */
export interface GradedQuestion {
  id: string;
  lesson: string;
  type: Question['type'];
  prompt: string;
  options?: string[];
  targets?: string[];
  answer: Question['answer'];
  quote: string;
  /** `null` until someone grades it: the test fails on an ungraded question. */
  grade: Grade | null;
  /** Why, in the rubric's words (required for `rejectable`). */
  note?: string;
}

/** The question's graded view: everything its grade depends on. */
export function gradedView(q: Question): Omit<GradedQuestion, 'grade' | 'note'> {
  return {
    id: q.id,
    lesson: q.source.lessonId,
    type: q.type,
    prompt: q.prompt,
    ...(q.options ? { options: q.options } : {}),
    ...(q.targets ? { targets: q.targets } : {}),
    answer: q.answer,
    quote: q.source.quote,
  };
}

/** Whether a graded entry still describes the regenerated question exactly. */
export function sameQuestion(entry: GradedQuestion, q: Question): boolean {
  const { grade: _g, note: _n, ...was } = entry;
  return JSON.stringify(was) === JSON.stringify(gradedView(q));
}

/** Every question the real copies publish, and the seeded draw of {@link DRAW} of them. */
export function drawQuestions(): { published: Question[]; drawn: Question[] } {
  const { questions } = runCorpus(realSources());
  const rank = (q: Question) => createHash('sha1').update(`${SEED}\u0000${q.id}`).digest('hex');
  const drawn = [...questions].sort((a, b) => (rank(a) < rank(b) ? -1 : 1)).slice(0, DRAW);
  return { published: questions, drawn };
}

export function readGraded(): GradedQuestion[] {
  return JSON.parse(readFileSync(GRADED_FILE, 'utf8')) as GradedQuestion[];
}
