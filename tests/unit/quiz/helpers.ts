/** Shared test helpers for the quiz stage: fixtures and the distractor audit. */
import { readFileSync } from 'node:fs';
import assert from 'node:assert/strict';
import type { Doc, Lesson, Question, Theme } from '../../../src/shared/types.ts';
import { normalizeAnswer } from '../../../src/quiz/normalize.ts';
import { validateQuestion } from '../../../src/quiz/validate.ts';

export const FIXTURES = new URL('../../fixtures/quiz/', import.meta.url);

/** The hand-made lessons/themes/docs of the sample speech. */
export function speechFixture(): { lessons: Lesson[]; themes: Theme[]; docs: Doc[] } {
  const read = <T>(name: string): T => JSON.parse(readFileSync(new URL(`speech/input.${name}.json`, FIXTURES), 'utf8')) as T;
  return { lessons: read<Lesson[]>('lessons'), themes: read<Theme[]>('themes'), docs: read<Doc[]>('docs') };
}

/**
 * Every check the brief asks of generated questions: the quote is verbatim in its lesson and
 * proves the answer, and no distractor of a membership question is itself a right answer.
 */
export function auditQuestions(questions: readonly Question[], lessons: readonly Lesson[], themes: readonly Theme[]): void {
  const lessonById = new Map(lessons.map((l) => [l.id, l]));
  const ids = new Set<string>();
  for (const q of questions) {
    assert.ok(!ids.has(q.id), `duplicate id ${q.id}`);
    ids.add(q.id);
    assert.match(q.id, /^q-[0-9a-f]{12}$/);
    const lesson = lessonById.get(q.source.lessonId);
    assert.ok(lesson, `${q.id}: unknown lesson ${q.source.lessonId}`);
    assert.equal(q.source.url, lesson.url);
    assert.ok(lesson.text.includes(q.source.quote), `${q.id}: quote not verbatim`);
    assert.deepEqual(validateQuestion(q, lesson.text), [], `${q.id} (${q.type}) ${q.prompt}`);
    assert.ok(q.explanation.length > 0);
    auditDistractors(q, themes);
  }
}

/** For "which belong to / which is (not) a member of “X”" questions: options vs X's members. */
export function auditDistractors(q: Question, themes: readonly Theme[]): void {
  const m = /“([^”]+)”？$/u.exec(q.prompt);
  if (!m || (q.type !== 'single' && q.type !== 'multiple') || !/属于/u.test(q.prompt)) return;
  const named = themes.filter((t) => t.name === m[1]);
  if (named.length === 0) return;
  const members = new Set(named.flatMap((t) => t.members.flatMap((x) => [x.name, ...x.aliases])).map(normalizeAnswer));
  const isMember = (o: string) => members.has(normalizeAnswer(o));
  const answers = new Set(Array.isArray(q.answer) ? q.answer : [q.answer as string]);
  const negative = /不属于/u.test(q.prompt);
  for (const option of q.options ?? []) {
    const right = answers.has(option);
    if (negative) assert.equal(isMember(option), !right, `${q.id}: “${option}” in ${q.prompt}`);
    else assert.equal(isMember(option), right, `${q.id}: “${option}” in ${q.prompt}`);
  }
}
