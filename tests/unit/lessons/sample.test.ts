import { test } from 'node:test';
import assert from 'node:assert/strict';
import { buildLessons, CLOSING_TITLE, OPENING_TITLE } from '../../../src/lessons/index.ts';
import { sampleDoc, sampleDocs } from './sample-sources.ts';

const chars = (text: string): number => [...text.replace(/\s/gu, '')].length;

test('real sample: every paragraph of every source in exactly one lesson, in order', () => {
  const docs = sampleDocs();
  const lessons = buildLessons(docs);
  for (const doc of docs) {
    const own = lessons.filter((l) => l.sourceId === doc.meta.id);
    assert.deepEqual(own.flatMap((l) => l.paragraphIds), doc.paragraphs.map((p) => p.id), doc.meta.id);
    assert.deepEqual(own.map((l) => l.id), own.map((_, i) => `${doc.meta.id}-${i + 1}`));
    for (const l of own) {
      // Over the limit only when a single paragraph or subsection is itself that long.
      if (chars(l.text) > 4000) assert.equal(l.paragraphIds.length, 1, `${l.id} is ${chars(l.text)} characters`);
    }
  }
});

test('real sample speech: lessons for the opening, 一、二、三 and the closing', () => {
  const docs = sampleDocs();
  const speech = sampleDoc(docs, 'jiguan-dangjian-jianghua');
  const lessons = buildLessons([speech]);
  assert.deepEqual(lessons.map((l) => l.title), [OPENING_TITLE, '一、深化机关党建工作的认识', '二、突出机关党建工作的重点', '三、抓住机关党建工作的关键', CLOSING_TITLE]);
  assert.ok(lessons[0]!.text.startsWith('同志们'));
  assert.ok(lessons[4]!.text.startsWith('同志们,加强和改进县直机关党建工作'));
  const three = lessons[3]!;
  assert.deepEqual(three.parts.map((p) => p.title), ['1、完善一批制度', '2、理顺两大关系', '3、注重三个结合']);
  assert.ok(three.points.some((p) => p.title.startsWith('处理好县直机关工委与各机关党组织的关系')));
  for (const part of three.parts) assert.ok(speech.sections.some((s) => s.anchor === part.anchor), part.anchor);
});

test('real sample regulation and Q&A: one lesson per chapter / question', () => {
  const docs = sampleDocs();
  const rules = buildLessons([sampleDoc(docs, 'fazhan-dangyuan-gongzuo-xize')]);
  assert.deepEqual(rules.filter((l) => l.title !== OPENING_TITLE).map((l) => l.title.slice(0, 3)), ['第一章', '第二章', '第三章', '第四章', '第五章', '第六章', '第七章']);
  const qa = buildLessons([sampleDoc(docs, 'zhishichanquan-fangguanfu-wenda')]);
  assert.deepEqual(qa.map((l) => l.title.slice(0, 2)), ['一、', '二、', '三、', '四、', '五、', '六、', '七、', '八、']);
});
