import { test } from 'node:test';
import assert from 'node:assert/strict';
import { generateCorpus } from '../../../src/bench/index.ts';
import { structureSource } from '../../../src/structure/index.ts';
import { runPipeline } from '../../../src/pipeline/run-pipeline.ts';
import { SAMPLES } from './samples.ts';

const THEMES = `- id: si-feng
  name: 四风
  members: [刹玩风, 树正风, 倡廉风, 治会风]
`;

test('generated documents structure into numbered sections with sub-sections and points', () => {
  for (const file of generateCorpus(15, SAMPLES)) {
    const { doc, issues } = structureSource(`sources/${file.file}`, file.text);
    assert.deepEqual(issues, [], file.file);
    assert.ok(doc, file.file);
    const tops = doc.sections.filter((s) => s.level === 1);
    assert.ok(tops.length >= 3, `${file.file}: ${tops.length} top-level sections`);
    assert.deepEqual(tops.map((s) => s.number), tops.map((_, k) => `${'一二三四五六七八九'[k]}、`));
    assert.ok(doc.sections.some((s) => s.level === 2 && /^\d+、$/.test(s.number)), file.file);
    assert.ok(doc.sections.reduce((n, s) => n + s.points.length, 0) >= 2, `${file.file}: points`);
  }
});

test('the generated corpus yields lessons, shared themes and questions through the whole pipeline', () => {
  const corpus = generateCorpus(12, SAMPLES);
  const { data, issues } = runPipeline({
    sources: corpus.map((f) => ({ file: `sources/${f.file}`, text: f.text })),
    themes: { file: 'themes.yaml', text: THEMES },
    reading: [],
    quizzes: [],
  });
  assert.deepEqual(issues, []);
  assert.ok(data);
  assert.equal(data.docs.length, 12);
  assert.ok(data.lessons.length >= 12 * 3, `${data.lessons.length} lessons`);
  const siFeng = data.themes.find((t) => t.id === 'si-feng');
  const formulations = data.themes.filter((t) => t.origin === 'detected');
  assert.ok(formulations.some((t) => t.name === '三个结合' && t.members.length === 3), formulations.map((t) => `${t.name}:${t.members.length}`).join(' '));
  // Themes gather lessons across documents, as they would in a real portal.
  const gathered = [siFeng, ...formulations].filter((t) => t !== undefined).map((t) => new Set(t.lessons.map((id) => id.replace(/-\d+$/, ''))).size);
  assert.ok(Math.max(...gathered) >= 3, `documents per theme: ${gathered.join(',')}`);
  assert.ok(data.questions.length >= 12, `${data.questions.length} questions`);
});
