import { test } from 'node:test';
import assert from 'node:assert/strict';
import { generateCorpus, NOBREAK_BYTES, parseShape, SHAPES } from '../../../src/bench/index.ts';
import { buildDocLessons } from '../../../src/lessons/index.ts';
import { structureSource } from '../../../src/structure/index.ts';
import { SAMPLES } from './samples.ts';

const bytes = (text: string) => Buffer.byteLength(text, 'utf8');
const mean = (values: number[]) => values.reduce((a, b) => a + b, 0) / values.length;

function structured(file: { file: string; text: string }) {
  const { doc, issues } = structureSource(`sources/${file.file}`, file.text);
  assert.deepEqual(issues, [], file.file);
  assert.ok(doc, file.file);
  return doc;
}

test('--shape names: the default first, anything else refused', () => {
  assert.equal(SHAPES[0], 'default');
  for (const shape of SHAPES) assert.equal(parseShape(shape), shape);
  assert.equal(parseShape('lesson-heavy'), undefined);
  assert.equal(parseShape(''), undefined);
});

test('the default shape is the corpus generated without options, whatever else is asked', () => {
  assert.deepEqual(generateCorpus(20, SAMPLES, { shape: 'default', seed: 0 }), generateCorpus(20, SAMPLES));
});

test('every shape is deterministic for a seed, and another seed gives another corpus', () => {
  for (const shape of SHAPES) {
    const n = shape === 'nobreak' ? 2 : 12;
    const a = generateCorpus(n, SAMPLES, { shape, seed: 7 });
    assert.deepEqual(a, generateCorpus(n, SAMPLES, { shape, seed: 7 }), shape);
    assert.notDeepEqual(a, generateCorpus(n, SAMPLES, { shape, seed: 8 }), shape);
    // Growth compares like with like: a smaller corpus is the prefix of a larger one.
    assert.deepEqual(generateCorpus(n - 1, SAMPLES, { shape, seed: 7 }), a.slice(0, n - 1), shape);
  }
});

test('shapes differ from each other', () => {
  const texts = SHAPES.map((shape) => generateCorpus(3, SAMPLES, { shape }).map((f) => f.text).join(''));
  assert.equal(new Set(texts).size, SHAPES.length);
});

test('lesson-heavy speeches have at least 8 top-level sections, a lesson each, and weigh about 12 KB', () => {
  const corpus = generateCorpus(60, SAMPLES, { shape: 'lessons' });
  const sizes = corpus.map((f) => bytes(f.text));
  assert.ok(mean(sizes) > 11_000 && mean(sizes) < 14_000, `mean ${mean(sizes)}`);
  for (const [k, file] of corpus.entries()) {
    assert.ok(sizes[k]! > 9_000 && sizes[k]! < 20_000, `${file.file}: ${sizes[k]} bytes`);
    const doc = structured(file);
    assert.equal(doc.meta.kind, '讲话', file.file);
    const tops = doc.sections.filter((s) => s.parentId === null);
    assert.ok(tops.length >= 8, `${file.file}: ${tops.length} top-level sections`);
    const lessons = buildDocLessons(doc).filter((l) => l.path.length === 2 && tops.some((s) => s.title === l.title));
    assert.equal(lessons.length, tops.length, `${file.file}: one lesson per top-level section`);
  }
});

test('long documents are reports of about 60 KB', () => {
  const corpus = generateCorpus(20, SAMPLES, { shape: 'long' });
  const sizes = corpus.map((f) => bytes(f.text));
  assert.ok(mean(sizes) > 55_000 && mean(sizes) < 66_000, `mean ${mean(sizes)}`);
  for (const [k, file] of corpus.entries()) {
    assert.ok(sizes[k]! > 50_000 && sizes[k]! < 75_000, `${file.file}: ${sizes[k]} bytes`);
    const doc = structured(file);
    assert.equal(doc.meta.kind, '报告', file.file);
    assert.ok(doc.sections.filter((s) => s.parentId === null).length >= 5, file.file);
  }
});

test('the no-break shape starts with one 1 MB line without a break or a punctuation mark; the rest is the default corpus', () => {
  const corpus = generateCorpus(4, SAMPLES, { shape: 'nobreak' });
  const body = corpus[0]!.text.replace(/^---\n[\s\S]*?\n---\n\n/, '');
  assert.ok(body.endsWith('\n'));
  const line = body.slice(0, -1);
  assert.ok(bytes(line) >= NOBREAK_BYTES && bytes(line) < NOBREAK_BYTES + 1024, `${bytes(line)} bytes`);
  assert.match(line, /^\p{Script=Han}+$/u);
  assert.match(line, /学习学习/);
  const doc = structured(corpus[0]!);
  assert.equal(doc.paragraphs.map((p) => p.text).join(''), line, 'the whole line is the source text');
  assert.deepEqual(corpus.slice(1), generateCorpus(4, SAMPLES).slice(1));
});
