/**
 * Redraw the graded set after the generator changed: keeps the grade of every question that is
 * still the same, adds new or changed ones ungraded (`grade: null`) for a person to grade.
 * Run: npx node tests/support/draw-quality-set.ts
 */
import { existsSync, writeFileSync } from 'node:fs';
import { drawQuestions, GRADED_FILE, gradedView, readGraded, sameQuestion, type GradedQuestion } from './quality-set.ts';

const old = existsSync(GRADED_FILE) ? readGraded() : [];
const byId = new Map(old.map((e) => [e.id, e]));
const { drawn } = drawQuestions();
let kept = 0;
const entries: GradedQuestion[] = drawn.map((q) => {
  const was = byId.get(q.id);
  if (was && sameQuestion(was, q)) {
    kept++;
    return was;
  }
  return { ...gradedView(q), grade: null };
});
writeFileSync(GRADED_FILE, JSON.stringify(entries, null, 2) + '\n');
console.log(`${entries.length} drawn: ${kept} keep their grade, ${entries.length - kept} to grade in ${GRADED_FILE}`);
