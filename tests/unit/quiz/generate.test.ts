import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, writeFileSync } from 'node:fs';
import type { Doc, Lesson, Question, Theme } from '../../../src/shared/types.ts';
import { generateQuestions, generateQuestionsWithReport, type LessonCandidate } from '../../../src/quiz/generate.ts';
import { auditQuestions, FIXTURES, speechFixture } from './helpers.ts';

const { lessons, themes, docs } = speechFixture();
const questions = generateQuestions(lessons, themes, docs);

test('every question of the speech quotes its lesson verbatim, proves its answer, has no wrong distractor', () => {
  auditQuestions(questions, lessons, themes);
  assert.deepEqual(generateQuestionsWithReport(lessons, themes, docs).rejected, []);
});

test('the speech yields at least 40 questions of at least 5 types', () => {
  const types = new Set(questions.map((q) => q.type));
  assert.ok(questions.length >= 40, `only ${questions.length}`);
  assert.ok(types.size >= 5, `types: ${[...types].join(', ')}`);
});

test('the key facts of the speech are asked about', () => {
  const has = (pred: (q: Question) => boolean, what: string) => assert.ok(questions.some(pred), what);
  const same = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);
  has((q) => q.type === 'multiple' && same(q.answer, ['刹玩风', '树正风', '倡廉风', '治会风']), 'multiple: 四风');
  has((q) => q.type === 'order' && same(q.answer, ['刹玩风', '树正风', '倡廉风', '治会风']), 'order: 四风');
  for (const c of ['刹玩风', '树正风', '倡廉风', '治会风']) has((q) => q.type === 'single' && q.answer === c, `single: ${c}`);
  has((q) => q.type === 'multiple' && same(q.answer, ['与业务工作相结合', '与干部职工的切身利益相结合', '与其它创立活动相结合']), 'multiple: 三个结合');
  has((q) => q.type === 'match' && same(q.answer, { 助推器: '与业务工作相结合', 减震器: '与干部职工的切身利益相结合' }), 'match: 助推器/减震器');
  has((q) => q.type === 'cloze' && q.answer === '三会一课' && q.prompt.includes('严格坚持“____”制度'), 'cloze: 三会一课');
  // A speech's statistic (`已经清收了20多万元党费`) is trivia, not study: never blanked.
  assert.ok(!questions.some((q) => q.type === 'cloze' && q.answer === '20'), 'no cloze on a statistic');
  has((q) => q.type === 'cloze' && q.answer === '两大关系', 'cloze: 两大关系');
  has((q) => q.type === 'cloze' && q.answer === '三个结合', 'cloze: 三个结合');
  has((q) => q.type === 'judge' && q.answer === true, 'judge: true');
  has((q) => q.type === 'judge' && q.answer === false, 'judge: false');
  has((q) => q.type === 'single' && q.prompt.startsWith('下面这句话出自哪一部分'), 'single: which section');
  has((q) => q.type === 'single' && q.prompt.includes('不属于'), 'single: not a member');
});

test('order and match questions do not give the answer away in their arrangement', () => {
  for (const q of questions) {
    if (q.type === 'order') assert.notDeepEqual(q.options, q.answer, q.prompt);
    if (q.type === 'match') assert.notDeepEqual(q.targets, Object.values(q.answer as Record<string, string>), q.prompt);
  }
});

test('generation is deterministic: two runs give the same questions in the same order', () => {
  const again = generateQuestions(structuredClone(lessons), structuredClone(themes), structuredClone(docs));
  assert.deepEqual(again, questions);
});

test('no two questions are the same question', () => {
  const seen = new Set<string>();
  for (const q of questions) {
    const key = `${q.type}|${q.prompt}|${JSON.stringify(q.answer)}`;
    assert.ok(!seen.has(key), key);
    seen.add(key);
  }
});

/** An unrelated source: one lesson, one formulation of its own. */
function unrelatedSource(): { lesson: Lesson; theme: Theme; doc: Doc } {
  const text = '深化“放管服”改革,要做到简政放权、放管结合、优化服务。今年共压缩审查周期3个月。二是提高审查质量,三是优化营商环境。';
  const lesson: Lesson = {
    id: 'fang-guan-fu-1', url: '/lessons/fang-guan-fu-1/', title: '放管服改革', sourceId: 'fang-guan-fu',
    path: ['放管服问答', '放管服改革'], order: 0, sectionIds: [], paragraphIds: ['p1'], parts: [], points: [],
    minutes: 1, themes: ['fang-guan-fu'], text,
  };
  const passage = { sourceId: 'fang-guan-fu', lessonId: lesson.id, paragraphId: 'p1', text };
  const theme: Theme = {
    id: 'fang-guan-fu', name: '放管服', origin: 'detected', aliases: [], passages: [passage], lessons: [lesson.id],
    members: ['简政放权', '放管结合', '优化服务'].map((name) => ({ name, aliases: [], passages: [passage] })),
  };
  const doc: Doc = {
    meta: { id: 'fang-guan-fu', title: '放管服问答', date: '2020-01-01', kind: '问答', file: 'sources/fang-guan-fu.md' },
    sections: [], paragraphs: [{ id: 'p1', text, html: text, line: 5, sectionId: null, role: 'body' }],
  };
  return { lesson, theme, doc };
}

test('ids stay the same when an unrelated source is added (before or after)', () => {
  const extra = unrelatedSource();
  for (const arrange of ['after', 'before'] as const) {
    const more = arrange === 'after'
      ? generateQuestions([...lessons, extra.lesson], [...themes, extra.theme], [...docs, extra.doc])
      : generateQuestions([extra.lesson, ...lessons], [extra.theme, ...themes], [extra.doc, ...docs]);
    const ids = new Set(more.map((q) => q.id));
    for (const q of questions) assert.ok(ids.has(q.id), `${arrange}: lost ${q.id} ${q.prompt}`);
    assert.ok(more.length > questions.length, 'the new source adds questions');
    const byId = new Map(more.map((q) => [q.id, q]));
    // The question behind an id is the same question (distractors may differ, the answer may not).
    for (const q of questions) assert.deepEqual(byId.get(q.id)!.answer, q.answer);
  }
});

test('ids of other lessons stay the same when one lesson is edited', () => {
  const edited = lessons.map((l) => (l.id === 'jiguan-dangjian-jianghua-5' ? { ...l, text: l.text.replace('同志们', '各位同志') } : l));
  const after = generateQuestions(edited, themes, docs);
  const ids = new Set(after.map((q) => q.id));
  for (const q of questions) if (q.source.lessonId !== 'jiguan-dangjian-jianghua-5') assert.ok(ids.has(q.id), q.prompt);
});

test('a lesson without themes, points or docs still yields valid questions', () => {
  const bare = lessons.map((l) => ({ ...l, points: [], themes: [] }));
  const out = generateQuestions(bare, [], []);
  // Without the Doc a quoted term is judged against its lesson alone, so fewer pass.
  assert.ok(out.length >= 5, `${out.length}`);
  assert.ok(out.every((q) => q.type === 'cloze' || q.type === 'judge'));
  auditQuestions(out, bare, []);
});

test('matches the reviewed expected output (UPDATE=1 rewrites it)', () => {
  const file = new URL('speech/expected.json', FIXTURES);
  const actual = JSON.stringify(questions, null, 2) + '\n';
  if (process.env.UPDATE) writeFileSync(file, actual);
  assert.equal(actual, readFileSync(file, 'utf8'));
});

test('a judge question never swaps a standard formulation’s member in or out', async () => {
  const { shippedGlossary } = await import('../../../src/themes/shipped-glossary.ts');
  const { buildThemes } = await import('../../../src/themes/index.ts');
  const { buildLessons } = await import('../../../src/lessons/index.ts');
  const { makeDoc } = await import('../../fixtures/lessons/make-doc.ts');
  const doc = makeDoc({ id: 'c', title: '丙', kind: '文章', paragraphs: ['党中央明确提出了“全面从严治党”并将其纳入“四个全面”战略布局。', '要严格落实中央八项规定精神，坚决纠治“四风”问题，不断增强“四个意识”。', '习近平总书记围绕“全面从严治党”发表了一系列重要论述，全面从严治党永远在路上。'] });
  const themed = buildThemes([doc], buildLessons([doc]), [], shippedGlossary());
  const members = new Set(themed.themes.filter((t) => t.origin === 'glossary').flatMap((t) => t.members.map((m) => m.name)));
  const judged = generateQuestions(themed.lessons, themed.themes, [doc]).filter((q) => q.type === 'judge' && q.answer === false);
  for (const q of judged) {
    for (const m of members) assert.ok(!q.prompt.includes(m) || q.source.quote.includes(m), `${q.prompt} swaps in ${m}`);
  }
});

test('questions remembered per lesson give the same bank, and a second run generates nothing again', () => {
  const store = new Map<string, LessonCandidate[]>();
  const first = generateQuestionsWithReport(lessons, themes, docs, { memo: { get: (k) => store.get(k), set: (k, v) => void store.set(k, v) } });
  assert.deepEqual(first, generateQuestionsWithReport(lessons, themes, docs));
  assert.equal(store.size, lessons.length);
  // As the cache keeps them: through JSON.
  const kept = new Map(JSON.parse(JSON.stringify([...store])) as [string, LessonCandidate[]][]);
  const counting = () => {
    const counts = { misses: 0 };
    return { counts, memo: { get: (k: string) => kept.get(k) ?? void counts.misses++, set: () => undefined } };
  };
  const again = counting();
  assert.deepEqual(generateQuestionsWithReport(structuredClone(lessons), structuredClone(themes), structuredClone(docs), { memo: again.memo }), first);
  assert.equal(again.counts.misses, 0);
  // Where else a theme is mentioned is no input of a lesson's questions: few keys change.
  const moved = counting();
  generateQuestionsWithReport(lessons, structuredClone(themes).map((t) => ({ ...t, passages: t.passages.slice(1) })), docs, { memo: moved.memo });
  assert.ok(moved.counts.misses < lessons.length / 4, `${moved.counts.misses} of ${lessons.length} lessons`);
});

test('a question left out as a duplicate and kept only as digests is generated again once it is no duplicate', () => {
  // A second lesson with the text of one that has questions: its questions duplicate that one's.
  const original = lessons.find((l) => questions.some((q) => q.source.lessonId === l.id))!;
  const copy: Lesson = { ...original, id: `${original.id}-copy`, url: `/lessons/${original.id}-copy/` };
  const corpus = [...lessons, copy];
  const store = new Map<string, LessonCandidate[]>();
  generateQuestionsWithReport(corpus, themes, docs, { memo: { get: (k) => store.get(k), set: (k, v) => void store.set(k, v) } });
  assert.ok([...store.values()].flat().some((c) => 'content' in c), 'the copy’s questions are kept as digests');
  // Without the original, the copy's questions are no longer duplicates.
  const later = corpus.filter((l) => l !== original);
  const fresh = generateQuestionsWithReport(later, themes, docs);
  assert.ok(fresh.questions.some((q) => q.source.lessonId === copy.id));
  assert.deepEqual(generateQuestionsWithReport(later, themes, docs, { memo: { get: (k) => store.get(k), set: () => undefined } }), fresh);
});
