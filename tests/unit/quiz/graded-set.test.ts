/**
 * The graded set: published questions drawn at random (seeded) from real copies nobody on the team
 * wrote, each graded against tests/fixtures/quality/RUBRIC.md. A regenerated question that differs
 * from its graded entry fails the test until it is regraded (see the rubric's "How to regrade").
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { DRAW, drawQuestions, QUALITY, readGraded, sameQuestion } from '../../support/quality-set.ts';
import { runCorpus, realSources } from '../../support/real-corpus.ts';

const { published, drawn } = drawQuestions();
const graded = readGraded();
const byId = new Map(graded.map((e) => [e.id, e]));

test(`the set draws ${DRAW} published questions from the real copies, and the rubric is written down`, () => {
  assert.ok(existsSync(join(QUALITY, 'RUBRIC.md')));
  assert.ok(drawn.length >= 150, `only ${drawn.length} questions published from the real copies`);
  assert.ok(drawn.every((q) => !q.source.lessonId.startsWith('jiguan-dangjian-jianghua')), 'never the bundled sample');
});

test('every drawn question is graded, as it is now: a changed question must be regraded', () => {
  const stale = drawn.filter((q) => { const e = byId.get(q.id); return !e || !sameQuestion(e, q) || e.grade === null; });
  assert.deepEqual(stale.map((q) => `${q.id} ${q.prompt}`), [], 'run `npx node tests/support/draw-quality-set.ts` and grade the new entries');
  assert.equal(graded.length, drawn.length, 'graded.json holds exactly the drawn questions');
  for (const e of graded) if (e.grade === 'rejectable') assert.ok(e.note && e.note.length > 4, `${e.id}: a rejectable question says why`);
});

test('at least 95% of the graded set is acceptable', () => {
  const ok = graded.filter((e) => e.grade === 'acceptable').length;
  const share = ok / graded.length;
  const rejected = graded.filter((e) => e.grade === 'rejectable').map((e) => `${e.note}: ${e.prompt}`);
  assert.ok(share >= 0.95, `${(share * 100).toFixed(1)}% acceptable; rejectable:\n${rejected.join('\n')}`);
});

/** Page or dump residue a prompt or option must never carry. */
const RESIDUE = /\\[rnt]|<\/?[a-z][^>]*>|&[a-z#0-9]+;|您的位置|当前位置|浏览(?:次数)?[:：]|发布时间|分享到|APP下载|打印本页|【(?:字号|题注|章名)/iu;

test('no published question of the real copies blanks a date or a statistic, or carries residue', () => {
  const { docs, lessons } = runCorpus(realSources());
  const kindOf = new Map(lessons.map((l) => [l.id, docs.find((d) => d.meta.id === l.sourceId)!.meta.kind]));
  for (const q of published) {
    for (const text of [q.prompt, ...(q.options ?? []), ...(q.targets ?? [])]) assert.doesNotMatch(text, RESIDUE, `${q.id}: ${text}`);
    if (q.type !== 'cloze' || typeof q.answer !== 'string') continue;
    const after = q.prompt.slice(q.prompt.indexOf('____') + 4);
    if (/^[0-9０-９]+$/u.test(q.answer)) {
      assert.doesNotMatch(after, /^(?:年|月|日|期|号)/u, `${q.id}: a date blank: ${q.prompt}`);
      assert.ok(['法规', '文件'].includes(kindOf.get(q.source.lessonId)!), `${q.id}: a statistic blank in a ${kindOf.get(q.source.lessonId)}: ${q.prompt}`);
    }
  }
});

/** Questions per 10,000 characters before the quality work (commit 843b8bb, same copies): 82.0 on the real copies. */
const RATE_BEFORE = 82.0;

test('quality does not come from publishing nothing: at least half the question rate of before on the real copies', () => {
  const { docs } = runCorpus(realSources());
  const chars = docs.reduce((n, d) => n + d.paragraphs.reduce((m, p) => m + p.text.length, 0), 0);
  const rate = (published.length / chars) * 10_000;
  assert.ok(rate >= RATE_BEFORE / 2, `${rate.toFixed(1)} questions per 10,000 characters, before ${RATE_BEFORE}`);
});
