import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { Doc, Lesson, Theme } from '../../../src/shared/types.ts';
import { generateQuestions } from '../../../src/quiz/generate.ts';
import { speechFixture } from './helpers.ts';

/**
 * `copies` sources made from the speech, each with its own ids, a number of its own and its
 * own formulations (renamed), so nothing is deduplicated away.
 */
function corpus(copies: number): { lessons: Lesson[]; themes: Theme[]; docs: Doc[] } {
  const base = speechFixture();
  const lessons: Lesson[] = [];
  const themes: Theme[] = [];
  const docs: Doc[] = [];
  for (let c = 0; c < copies; c++) {
    const src = `copy-${c}`;
    const retext = (t: string) => t.replaceAll('20多万元', `${c + 21}多万元`).replaceAll('机关', `第${c}机关`);
    const lessonId = (id: string) => id.replace('jiguan-dangjian-jianghua', src);
    for (const l of base.lessons) {
      lessons.push({ ...l, id: lessonId(l.id), url: `/lessons/${lessonId(l.id)}/`, sourceId: src, text: retext(l.text),
        points: l.points.map((p) => ({ ...p, title: retext(p.title), text: retext(p.text) })), themes: l.themes.map((t) => `${t}-${c}`) });
    }
    for (const t of base.themes) {
      const passage = (p: Theme['passages'][number]) => ({ ...p, sourceId: src, lessonId: lessonId(p.lessonId), text: retext(p.text) });
      themes.push({ ...t, id: `${t.id}-${c}`, name: `${t.name}${c}`, lessons: t.lessons.map(lessonId), passages: t.passages.map(passage),
        members: t.members.map((m) => ({ name: retext(m.name), aliases: m.aliases.map(retext), passages: m.passages.map(passage) })) });
    }
    for (const d of base.docs) {
      docs.push({ ...d, meta: { ...d.meta, id: src }, paragraphs: d.paragraphs.map((p) => ({ ...p, text: retext(p.text) })),
        sections: d.sections.map((s) => ({ ...s, title: retext(s.title), label: retext(s.label) })) });
    }
  }
  return { lessons, themes, docs };
}

test('1,000 sources generate in linear time: tens of thousands of questions at most, fast', () => {
  const time = (copies: number) => {
    const c = corpus(copies);
    const start = performance.now();
    const questions = generateQuestions(c.lessons, c.themes, c.docs);
    return { ms: performance.now() - start, count: questions.length };
  };
  time(10); // warm up the JIT
  const small = time(125);
  const large = time(1000);
  assert.ok(large.count > 1000 * 40, `only ${large.count} questions`);
  assert.ok(large.count < 1000 * 200, `${large.count} questions is too many`);
  // Generous: the machine may be busy with other builds (about 3 s when idle).
  assert.ok(large.ms < 60_000, `${Math.round(large.ms)} ms for 1,000 sources`);
  // Eight times the sources should cost about eight times the time, not sixty-four.
  assert.ok(large.ms < small.ms * 16, `125 → ${Math.round(small.ms)} ms, 1000 → ${Math.round(large.ms)} ms`);
});
