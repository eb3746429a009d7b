import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { buildLessons } from '../../../src/lessons/index.ts';
import { buildThemes, parseThemesFile } from '../../../src/themes/index.ts';
import type { Doc, Section, Theme } from '../../../src/shared/types.ts';
import { sampleDoc, sampleDocs } from '../lessons/sample-sources.ts';

const ROOT = join(import.meta.dirname, '../../..');

function build(docs: Doc[]): Theme[] {
  const config = parseThemesFile('content/themes.yaml', readFileSync(join(ROOT, 'content/themes.yaml'), 'utf8'));
  assert.deepEqual(config.issues, []);
  return buildThemes(docs, buildLessons(docs), config.themes).themes;
}

function theme(themes: Theme[], name: string): Theme {
  const t = themes.find((x) => x.name === name);
  assert.ok(t, `${name} missing; have ${themes.map((x) => x.name).join('、')}`);
  return t;
}

function section(doc: Doc, titleStart: string): Section {
  const s = doc.sections.find((x) => x.title.startsWith(titleStart));
  assert.ok(s, `section ${titleStart} missing`);
  return s;
}

test('real sample: 四风 members each have a passage in 二.3 作风建设', () => {
  const docs = sampleDocs();
  const speech = sampleDoc(docs, 'jiguan-dangjian-jianghua');
  const zuofeng = section(speech, '3、加强作风建设');
  assert.equal(zuofeng.parentId, section(speech, '二、').id);
  const t = theme(build(docs), '四风');
  assert.deepEqual(t.members.map((m) => m.name), ['刹玩风', '树正风', '倡廉风', '治会风']);
  for (const m of t.members) assert.ok(m.passages.some((p) => zuofeng.paragraphIds.includes(p.paragraphId)), m.name);
});

test('real sample: 三个结合 members each have a passage in 三.3', () => {
  const docs = sampleDocs();
  const speech = sampleDoc(docs, 'jiguan-dangjian-jianghua');
  const jiehe = section(speech, '3、注重三个结合');
  assert.equal(jiehe.parentId, section(speech, '三、').id);
  const t = theme(build(docs), '三个结合');
  assert.equal(t.id, 'san-ge-jie-he');
  assert.equal(t.members.length, 3);
  for (const m of t.members) assert.ok(m.passages.some((p) => jiehe.paragraphIds.includes(p.paragraphId)), m.name);
});

test('real sample: detected formulations with their members, and no counts or durations', () => {
  const themes = build(sampleDocs());
  const guanxi = theme(themes, '两大关系');
  assert.equal(guanxi.id, 'liang-da-guan-xi');
  assert.equal(guanxi.members.length, 2);
  assert.match(guanxi.members[0]!.name, /县直机关工委与各机关党组织的关系/);
  assert.match(guanxi.members[1]!.name, /机关党组织负责人与班子成员的关系/);
  assert.deepEqual(theme(themes, '三清').members.map((m) => m.name), ['清理交纳党费', '结转组织关系', '参加组织生活']);
  assert.ok(theme(themes, '三会一课').passages.length > 0);
  assert.ok(theme(themes, '四谈心').passages.length > 0);
  for (const name of ['四个意识', '四个自信', '两个维护']) {
    const t = theme(themes, name);
    assert.ok(t.passages.every((p) => p.sourceId === 'fazhan-dangyuan-gongzuo-xize') && t.passages.length > 0, name);
  }
  assert.deepEqual(themes.filter((t) => t.origin === 'detected').map((t) => t.name).sort(), [
    '三个代表', '三会一课', '三清', '两个确立', '两个积极性', '两个维护', '两大关系', '四个意识', '四个自信', '四谈心',
  ].sort());
});
