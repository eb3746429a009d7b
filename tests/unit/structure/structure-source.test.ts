import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import type { Doc } from '../../../src/shared/types.ts';
import { sourceId, structureSource } from '../../../src/structure/index.ts';

const FM = '---\ntitle: 标题\ndate: 2026-01-05\nkind: 讲话\n---\n';
const structure = (body: string, file = 'content/sources/a.md') => {
  const result = structureSource(file, FM + body);
  assert.deepEqual(result.issues, []);
  return result.doc!;
};
const han = (text: string) => (text.match(/\p{Script=Han}/gu) ?? []).join('');
/** Section titles and paragraph texts in reading order. */
const readingOrder = (doc: Doc) =>
  [...doc.sections.map((s) => ({ line: s.line, rank: 0, text: s.title })), ...doc.paragraphs.map((p) => ({ line: p.line, rank: 1, text: p.text }))]
    .sort((a, b) => a.line - b.line || a.rank - b.rank)
    .map((b) => b.text)
    .join('');

test('nothing lost: every Chinese character of the raw sample speech is in the Doc, in order', () => {
  const raw = readFileSync(new URL('../../../samples/corpus/jiguan-dangjian-jianghua.txt', import.meta.url), 'utf8').replace('第9页 共9页', '');
  const input = readFileSync(new URL('../../fixtures/structure/speech-sample/input.md', import.meta.url), 'utf8');
  const doc = structureSource('content/sources/jiguan-dangjian-jianghua.md', input).doc!;
  assert.equal(han(doc.meta.title + readingOrder(doc)), han(raw));
});

test('nothing lost in any fixture: body characters reappear in order (the title H1 aside)', () => {
  const root = new URL('../../fixtures/structure/', import.meta.url).pathname;
  for (const name of readdirSync(root)) {
    if (name === 'raw-html') continue; // sanitising removes a comment on purpose
    const input = readFileSync(join(root, name, 'input.md'), 'utf8');
    const result = structureSource(`content/sources/${name}.md`, input);
    if (!result.doc) continue;
    const body = input.replace(/^---\n[\s\S]*?\n---\n/, '').replace(`# ${result.doc.meta.title}\n`, '');
    assert.equal(han(readingOrder(result.doc)), han(body), name);
  }
});

test('the sample speech: four points of 3、加强作风建设 and a closing remark', () => {
  const input = readFileSync(new URL('../../fixtures/structure/speech-sample/input.md', import.meta.url), 'utf8');
  const doc = structureSource('content/sources/jiguan-dangjian-jianghua.md', input).doc!;
  const section = doc.sections.find((s) => s.title.startsWith('3、加强作风建设'))!;
  assert.deepEqual(section.points.map((p) => p.title), ['刹玩风', '树正风', '倡廉风', '治会风']);
  assert.deepEqual(doc.sections.filter((s) => s.level === 1).map((s) => s.number), ['一、', '二、', '三、']);
  const last = doc.paragraphs[doc.paragraphs.length - 1]!;
  assert.equal(last.role, 'closing');
  assert.equal(last.sectionId, null);
  assert.ok(last.text.startsWith('同志们,加强和改进县直机关党建工作是形势所迫'));
  assert.ok(!doc.sections.some((s) => s.paragraphIds.includes(last.id)));
});

test('ids: from the tree and from document order, stable for the same text', () => {
  const body = '开头。\n\n一、甲\n\n正文一。\n\n（一）乙\n\n正文二。\n\n（二）丙\n\n二、丁\n\n正文三。\n';
  const doc = structure(body);
  assert.deepEqual(doc.sections.map((s) => [s.id, s.anchor, s.parentId, s.childIds]), [
    ['s1', 's1', null, ['s1-1', 's1-2']],
    ['s1-1', 's1-1', 's1', []],
    ['s1-2', 's1-2', 's1', []],
    ['s2', 's2', null, []],
  ]);
  assert.deepEqual(doc.paragraphs.map((p) => [p.id, p.sectionId, p.role]), [
    ['p1', null, 'opening'], ['p2', 's1', 'body'], ['p3', 's1-1', 'body'], ['p4', 's2', 'body'],
  ]);
  assert.deepEqual(structure(body), doc);
});

test('meta.id: slug, else a slug file name, else the pinyin of the name', () => {
  assert.equal(sourceId('content/sources/jiguan-dangjian.md', '标题'), 'jiguan-dangjian');
  assert.equal(sourceId('content/sources/机关党建讲话.md', '标题'), 'ji-guan-dang-jian-jiang-hua');
  assert.equal(sourceId('content/sources/Report_2024.md', '标题'), 'report-2024');
  assert.equal(sourceId('content/sources/a.md', '标题', 'my-slug'), 'my-slug');
  assert.equal(sourceId('content/sources/——.md', '四风'), 'si-feng');
  assert.equal(structure('正文。\n', 'content/sources/机关党建.md').meta.id, 'ji-guan-dang-jian');
});

test('the title H1: equal to the title anywhere, or any H1 opening the body', () => {
  assert.equal(structure('前言。\n\n# 标题\n\n## 一、甲\n\n正文。\n').sections.length, 1);
  const other = structure('# 另一个标题\n\n## 一、甲\n\n正文。\n');
  assert.deepEqual(other.sections.map((s) => s.title), ['一、甲']);
  const numbered = structure('# 标题\n\n一、甲\n\n正文。\n');
  assert.deepEqual(numbered.sections.map((s) => [s.title, s.level]), [['一、甲', 1]]);
  const later = structure('前言。\n\n# 另一个\n\n正文。\n');
  assert.deepEqual(later.sections.map((s) => [s.title, s.level]), [['另一个', 1]]);
});

test('CRLF line ends and a BOM give the same lines', () => {
  const body = '一、甲\n\n正文。\n';
  const lf = structureSource('a.md', FM + body).doc!;
  const crlf = structureSource('a.md', `\uFEFF${FM}${body}`.replace(/\n/g, '\r\n')).doc!;
  assert.deepEqual(crlf, lf);
  assert.equal(lf.sections[0]!.line, 6);
  assert.equal(lf.paragraphs[0]!.line, 8);
});

test('a heading and its text on adjacent lines are split; a list written that way is not', () => {
  const doc = structure('一、总体要求\n坚持学用结合。\n\n二、主要任务\n1、学习\n2、调研\n');
  assert.deepEqual(doc.sections.map((s) => [s.title, s.line]), [['一、总体要求', 6], ['二、主要任务', 9]]);
  assert.deepEqual(doc.paragraphs.map((p) => [p.text, p.line]), [['坚持学用结合。', 7], ['1、学习\n2、调研', 10]]);
});

test('a document without headings is all opening remarks, then its closing remarks', () => {
  const doc = structure('同志们：\n\n正文。\n\n同志们，结束语。\n');
  assert.deepEqual(doc.sections, []);
  assert.deepEqual(doc.paragraphs.map((p) => p.role), ['opening', 'opening', 'closing']);
});

test('an empty body is an issue', () => {
  const result = structureSource('content/sources/a.md', `${FM}\n# 标题\n`);
  assert.deepEqual(result.issues, [{ file: 'content/sources/a.md', line: 6, message: '正文为空：标题之下没有任何内容' }]);
});

test('ordered-list markers are kept in the text and html', () => {
  const doc = structure('一、甲\n\n3) 第三项**加粗**\n4) 第四项\n');
  assert.deepEqual(doc.paragraphs.map((p) => [p.text, p.html]), [
    ['3) 第三项加粗', '3) 第三项<strong>加粗</strong>'],
    ['4) 第四项', '4) 第四项'],
  ]);
});
