import { test } from 'node:test';
import assert from 'node:assert/strict';
import { join } from 'node:path';
import * as api from '../../../src/lessons/index.ts';
import { buildLessons, CLOSING_TITLE, OPENING_TITLE, readingMinutes } from '../../../src/lessons/index.ts';
import type { Doc, Lesson } from '../../../src/shared/types.ts';
import { filler, makeDoc } from '../../fixtures/lessons/make-doc.ts';
import { structureSource } from '../../../src/structure/index.ts';
import { expected, fixtureCases, readJson } from './fixtures.ts';

const FIXTURES = join(import.meta.dirname, '../../fixtures/lessons');
const load = (name: string): Doc[] => readJson<Doc[]>(join(FIXTURES, name, 'input.json'));
const chars = (text: string): number => [...text.replace(/\s/gu, '')].length;

/** Every paragraph of every doc is in exactly one lesson, in reading order. */
function assertNothingLost(docs: Doc[], lessons: Lesson[]): void {
  for (const doc of docs) {
    const ids = lessons.filter((l) => l.sourceId === doc.meta.id).flatMap((l) => l.paragraphIds);
    assert.deepEqual(ids, doc.paragraphs.map((p) => p.id), `${doc.meta.id}: paragraphs lost, repeated or out of order`);
    const text = lessons.filter((l) => l.sourceId === doc.meta.id).map((l) => l.text).join('\n');
    for (const p of doc.paragraphs) assert.ok(text.includes(p.text), `${doc.meta.id}/${p.id} text missing`);
  }
}

test('public API', () => {
  assert.deepEqual(Object.keys(api).sort(), ['CLOSING_TITLE', 'DEFAULT_SPLIT', 'OPENING_TITLE', 'buildDocLessons', 'buildLessons', 'readingMinutes']);
  assert.deepEqual(api.DEFAULT_SPLIT, { sectionLimit: 4000, paragraphLimit: 3000 });
});

for (const name of fixtureCases(FIXTURES)) {
  test(`fixture ${name}`, () => {
    const docs = load(name);
    const lessons = buildLessons(docs);
    assertNothingLost(docs, lessons);
    assert.deepEqual(lessons, expected(join(FIXTURES, name, 'expected.json'), lessons));
  });
}

test('sample speech: opening, 一、二、三 and closing', () => {
  const lessons = buildLessons(load('speech'));
  assert.deepEqual(lessons.map((l) => l.title), [OPENING_TITLE, '一、深化机关党建工作的认识', '二、突出机关党建工作的重点', '三、抓住机关党建工作的关键', CLOSING_TITLE]);
  assert.deepEqual(lessons.map((l) => l.id), [1, 2, 3, 4, 5].map((n) => `jiguan-dangjian-jianghua-${n}`));
  assert.deepEqual(lessons.map((l) => l.order), [0, 1, 2, 3, 4]);
  for (const l of lessons) {
    assert.equal(l.url, `/lessons/${l.id}/`);
    assert.match(l.id, /^[a-z0-9-]+$/);
    assert.equal(l.path[0], '机关党建工作会上讲话');
    assert.equal(l.path.at(-1), l.title);
    assert.equal(l.minutes, readingMinutes(chars(l.text)));
    assert.deepEqual(l.themes, []);
  }
  const two = lessons[2]!;
  assert.deepEqual(two.sectionIds, ['s2', 's2-1', 's2-2', 's2-3']);
  assert.deepEqual(two.parts, [
    { title: '1、加强思想建设,教育党员。', anchor: 's2-1', level: 2 },
    { title: '2、加强组织建设,鼓励党员。', anchor: 's2-2', level: 2 },
    { title: '3、加强作风建设,监督党员。', anchor: 's2-3', level: 2 },
  ]);
  assert.equal(two.points.length, 10, '一是…三是 ×2 and 一是…四是');
  assert.ok(two.text.startsWith('二、突出机关党建工作的重点\n机关党建工作是一个系统性的工作'));
  assert.ok(two.text.includes('\n3、加强作风建设,监督党员。\n县委在第十二次党代会上'));
  const three = lessons[3]!;
  assert.deepEqual(three.points.filter((p) => p.marker.endsWith('要')).map((p) => p.title), [
    '处理好县直机关工委与各机关党组织的关系',
    '处理好机关党组织负责人与班子成员的关系',
  ]);
  assert.deepEqual(lessons[0]!.paragraphIds, ['p1', 'p2']);
  assert.deepEqual(lessons[4]!.paragraphIds, ['p14']);
});

test('a section over 4,000 characters is split at its subsections, grouped up to the limit', () => {
  const lessons = buildLessons(load('long-section'));
  assert.deepEqual(lessons.map((l) => l.title), [OPENING_TITLE, '一、短章节', '二、长章节', '二、长章节（续一）', CLOSING_TITLE]);
  const [first, rest] = [lessons[2]!, lessons[3]!];
  assert.deepEqual(first.sectionIds, ['s2', 's2-1', 's2-2']);
  assert.deepEqual(rest.sectionIds, ['s2-3', 's2-4']);
  assert.deepEqual(rest.path, ['长章节的讲话', '二、长章节（续一）']);
  assert.deepEqual(rest.parts.map((p) => p.anchor), ['s2-3', 's2-4']);
  for (const l of [first, rest]) assert.ok(chars(l.text) <= 4000, `${l.id} has ${chars(l.text)} characters`);
  assert.deepEqual(first.points.map((p) => p.marker), ['一是', '二是', '（二）'], 'enumerations, and sub-headings without one');
});

test('a split part holding one subsection is titled by it', () => {
  const doc = makeDoc({
    id: 'one-part',
    title: '一部分',
    sections: [{
      title: '一、总题',
      paragraphs: [filler(3000, '引')],
      children: [{ title: '（一）唯一小节', paragraphs: [filler(3000, '正')] }],
    }],
  });
  const lessons = buildLessons([doc]);
  assert.deepEqual(lessons.map((l) => l.title), ['一、总题', '（一）唯一小节']);
  assert.deepEqual(lessons[1]!.path, ['一部分', '一、总题', '（一）唯一小节']);
  assert.deepEqual(lessons[1]!.parts, [], 'the title heading is not repeated as a part');
});

test('a document with no sections is split at paragraph boundaries, at most 3,000 characters', () => {
  const docs = load('no-sections');
  const lessons = buildLessons(docs);
  assert.deepEqual(lessons.map((l) => l.title), ['第一部分', '第二部分', '第三部分']);
  assert.deepEqual(lessons.map((l) => l.paragraphIds), [['p1', 'p2'], ['p3', 'p4'], ['p5']]);
  for (const l of lessons) assert.ok(chars(l.text) <= 3000, `${l.id} has ${chars(l.text)} characters`);
  const short = buildLessons([makeDoc({ id: 'short', title: '短通知', paragraphs: ['只有一段。'] })]);
  assert.deepEqual(short.map((l) => [l.title, l.path]), [['短通知', ['短通知']]]);
});

test('a huge paragraph is a lesson of its own, never truncated', () => {
  const docs = load('huge-paragraph');
  const lessons = buildLessons(docs);
  assert.deepEqual(lessons.map((l) => l.paragraphIds), [['p1'], ['p2'], ['p3']]);
  assert.equal(lessons[1]!.text, docs[0]!.paragraphs[1]!.text);
  assert.equal(chars(lessons[1]!.text), 9000);
  assert.equal(lessons[1]!.minutes, 23);
});

test('closing remarks inside the last section and body text before the first heading', () => {
  const doc = makeDoc({ id: 'edge', title: '边界', paragraphs: ['开头的正文。'], sections: [{ title: '一、唯一章节', paragraphs: ['正文。'] }], closing: ['谢谢。'] });
  // Some sources put closing remarks under the last heading: they still close the source.
  doc.paragraphs.at(-1)!.sectionId = 's1';
  const lessons = buildLessons([doc]);
  assert.deepEqual(lessons.map((l) => [l.title, l.paragraphIds]), [[OPENING_TITLE, ['p1']], ['一、唯一章节', ['p2']], [CLOSING_TITLE, ['p3']]]);
});

test('sub-headings without enumerations are the points', () => {
  const doc = makeDoc({
    id: 'heads',
    title: '小标题',
    sections: [{ title: '一、总体要求', children: [{ title: '1、提高认识。', paragraphs: ['甲。'] }, { title: '2、加强领导：统筹推进。', paragraphs: ['乙。'] }] }],
  });
  const [lesson] = buildLessons([doc]);
  assert.deepEqual(lesson!.points, [
    { ordinal: 1, marker: '1、', title: '提高认识', text: '1、提高认识。', paragraphId: 'p1' },
    { ordinal: 2, marker: '2、', title: '加强领导', text: '2、加强领导：统筹推进。', paragraphId: 'p2' },
  ]);
});

test('ids are stable: editing a lesson does not renumber the others', () => {
  const outline = { id: 'stable', title: '稳定', sections: [{ title: '一、甲', paragraphs: ['甲。'] }, { title: '二、乙', paragraphs: ['乙。'] }] };
  const before = buildLessons([makeDoc(outline)]);
  const edited = { ...outline, sections: [{ title: '一、甲', paragraphs: ['甲，改过了，也更长了。', '新增一段。'] }, outline.sections[1]!] };
  const after = buildLessons([makeDoc(edited)]);
  assert.deepEqual(after.map((l) => l.id), before.map((l) => l.id));
  assert.equal(after[1]!.title, before[1]!.title);
});

test('reading time is ceil(chars / 400), at least 1 minute', () => {
  assert.equal(readingMinutes(0), 1);
  assert.equal(readingMinutes(400), 1);
  assert.equal(readingMinutes(401), 2);
});

test('deterministic', () => {
  const docs = load('speech');
  assert.deepEqual(buildLessons(docs), buildLessons(structuredClone(docs)));
});

test('the pieces of a paragraph cut for length make lessons of their own size, their text following on without a break', () => {
  const line = '学习机关党建工作'.repeat(1500);
  const md = ['---', 'title: 单行', 'date: 2026-01-01', 'kind: 文件', '---', '', line, ''].join('\n');
  const doc = structureSource('content/sources/dan-hang.md', md).doc!;
  const lessons = buildLessons([doc]);
  assert.ok(lessons.length >= 4, `${lessons.length} lessons`);
  for (const l of lessons) assert.ok(chars(l.text) <= 3000, `${l.id} has ${chars(l.text)} characters`);
  assert.equal(lessons.map((l) => l.text).join(''), line);
  const joined = buildLessons([doc], { sectionLimit: 4000, paragraphLimit: 100_000 });
  assert.equal(joined.length, 1);
  assert.equal(joined[0]!.text, line, 'pieces in one lesson are one line');
  assertNothingLost([doc], lessons);
});
