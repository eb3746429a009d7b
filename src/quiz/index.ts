/**
 * The quiz stage: questions generated from lessons and themes, hand-written quiz files, the
 * Anki export, and the browser-safe helpers (daily set, grading). Client code should import
 * `daily.ts`, `grade.ts` and `validate.ts` directly: this index also pulls in `node:crypto`.
 */
export { generateQuestions, generateQuestionsWithReport, type RejectedDraft } from './generate.ts';
export { validateQuestion, proofItems, judgeStatement, differsByOneFact } from './validate.ts';
export { parseQuizFile, findDuplicateIds, formatIssue, type QuizKnown, type QuizFileResult } from './parse-file.ts';
export { toAnkiCsv, type AnkiOptions } from './anki.ts';
export { dailyQuestionIds } from './daily.ts';
export { grade, type QuizResponse } from './grade.ts';
export { questionId } from './id.ts';
export { normalizeAnswer } from './normalize.ts';
