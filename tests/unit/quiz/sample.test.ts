/** The quiz stage over the real sample pipeline: content/sources → structure → lessons → themes → quiz. */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import type { Doc, Question } from '../../../src/shared/types.ts';
import { structureSource } from '../../../src/structure/index.ts';
import { buildLessons } from '../../../src/lessons/index.ts';
import { buildThemes, parseThemesFile } from '../../../src/themes/index.ts';
import { generateQuestions } from '../../../src/quiz/generate.ts';
import { findDuplicateIds, formatIssue, parseQuizFile } from '../../../src/quiz/parse-file.ts';
import { auditQuestions } from './helpers.ts';

const CONTENT = new URL('../../../content/', import.meta.url);
const SPEECH = 'jiguan-dangjian-jianghua';

function pipeline(only?: (file: string) => boolean) {
  const docs: Doc[] = [];
  for (const name of readdirSync(new URL('sources/', CONTENT)).filter((f) => f.endsWith('.md')).sort()) {
    if (only && !only(name)) continue;
    const result = structureSource(`sources/${name}`, readFileSync(new URL(`sources/${name}`, CONTENT), 'utf8'));
    assert.ok(result.doc, `${name}: ${result.issues.map((i) => i.message).join('; ')}`);
    docs.push(result.doc);
  }
  const config = parseThemesFile('themes.yaml', readFileSync(new URL('themes.yaml', CONTENT), 'utf8'));
  const { lessons, themes } = buildThemes(docs, buildLessons(docs), config.themes);
  return { docs, lessons, themes, questions: generateQuestions(lessons, themes, docs) };
}

const all = pipeline();
const speech = all.questions.filter((q) => q.source.lessonId.startsWith(`${SPEECH}-`));

test('every question of the sample corpus quotes its lesson verbatim, proves its answer, has no wrong distractor', () => {
  auditQuestions(all.questions, all.lessons, all.themes);
});

test('the speech yields at least 40 questions of at least 5 types; the corpus many more', () => {
  const types = new Set(speech.map((q) => q.type));
  assert.ok(speech.length >= 40, `speech: ${speech.length}`);
  assert.ok(types.size >= 5, `speech types: ${[...types].join(', ')}`);
  assert.ok(all.questions.length >= speech.length + 50, `corpus: ${all.questions.length}`);
  for (const doc of all.docs) assert.ok(all.questions.some((q) => q.source.lessonId.startsWith(`${doc.meta.id}-`)), doc.meta.id);
});

test('the speech is asked about 四风, 三个结合, 助推器/减震器, 三会一课 and 两大关系', () => {
  const answers = (q: Question) => (typeof q.answer === 'object' ? JSON.stringify(q.answer) : String(q.answer));
  const has = (pred: (q: Question) => boolean, what: string) => assert.ok(speech.some(pred), what);
  has((q) => q.type === 'multiple' && answers(q) === JSON.stringify(['刹玩风', '树正风', '倡廉风', '治会风']), '四风 (multiple)');
  for (const c of ['刹玩风', '树正风', '倡廉风', '治会风']) has((q) => q.answer === c, c);
  has((q) => q.type === 'multiple' && q.prompt.includes('“三个结合”'), '三个结合 (multiple)');
  has((q) => q.answer === '三个结合', '三个结合 (cloze)');
  has((q) => q.type === 'match' && answers(q).includes('"助推器":"与业务工作相结合"') && answers(q).includes('"减震器":"与干部职工的切身利益相结合"'), '助推器/减震器');
  has((q) => q.answer === '三会一课', '三会一课');
  has((q) => q.answer === '两大关系', '两大关系');
});

test('the sample questions are deterministic and their ids survive adding the other sources', () => {
  const again = pipeline();
  assert.deepEqual(again.questions, all.questions);
  const alone = pipeline((f) => f.startsWith(SPEECH));
  const ids = new Set(all.questions.map((q) => q.id));
  const lost = alone.questions.filter((q) => !ids.has(q.id));
  assert.deepEqual(lost.map((q) => q.prompt), []);
});

test('the hand-written quiz files are valid against the sample lessons and themes', () => {
  const dir = new URL('quizzes/', CONTENT);
  const files = readdirSync(dir).filter((f) => /\.ya?ml$/u.test(f)).sort();
  assert.ok(files.length >= 1);
  const known = { lessonIds: new Set(all.lessons.map((l) => l.id)), lessons: all.lessons, themeIds: new Set(all.themes.map((t) => t.id)) };
  const questions: Question[] = [];
  for (const name of files) {
    const parsed = parseQuizFile(`content/quizzes/${name}`, readFileSync(new URL(name, dir), 'utf8'), known);
    assert.deepEqual(parsed.issues.map(formatIssue), []);
    questions.push(...parsed.questions);
  }
  assert.ok(questions.length >= 8);
  assert.ok(new Set(questions.map((q) => q.type)).size === 6, 'every type is shown by example');
  assert.deepEqual(findDuplicateIds([...all.questions, ...questions]).map(formatIssue), []);
});
