import assert from 'node:assert/strict';
import { test } from 'node:test';
import { mergeGlossaries, parseGlossaryFile } from '../../../src/schemas/glossary.ts';
import { shippedGlossary } from '../../../src/themes/shipped-glossary.ts';

test('the shipped glossary holds at least 40 standard formulations, each explained and sourced', () => {
  const entries = shippedGlossary();
  assert.ok(entries.length >= 40, `${entries.length} entries`);
  for (const e of entries) {
    assert.ok(e.explanation.length >= 8, e.name);
    assert.match(e.source, /[0-9]{4}年|《中国共产党章程》/u, `${e.name}: where and when it was stated`);
    assert.equal(new Set(e.members).size, e.members.length, e.name);
  }
  const byName = new Map(entries.map((e) => [e.name, e.members]));
  // The ones members are examined on most, spot-checked against their canonical wording.
  assert.deepEqual(byName.get('四个意识'), ['政治意识', '大局意识', '核心意识', '看齐意识']);
  assert.deepEqual(byName.get('四个自信'), ['道路自信', '理论自信', '制度自信', '文化自信']);
  assert.deepEqual(byName.get('四风'), ['形式主义', '官僚主义', '享乐主义', '奢靡之风']);
  assert.deepEqual(byName.get('五位一体'), ['经济建设', '政治建设', '文化建设', '社会建设', '生态文明建设']);
  for (const name of ['两个维护', '两个确立', '四个全面', '三严三实', '两学一做', '八项规定', '三会一课', '四个伟大', '两个一百年']) assert.ok(byName.has(name), name);
});

test('a bad entry is one line naming the file, the line and what to fix', () => {
  const source = '- name: 四个意识\n  members: [政治意识]\n  source: 2016年\n- name: 四个意识\n  members: []\n  explanation: 重复\n  source: 2016年\n  note: x\n- 只是文字\n';
  const { entries, issues } = parseGlossaryFile('content/glossary.yaml', source);
  assert.deepEqual(entries, []);
  assert.deepEqual(
    issues.map((i) => `${i.file}:${i.line}: ${i.message}`),
    [
      'content/glossary.yaml:1: 规范表述第 1 项：缺少必填字段 explanation',
      'content/glossary.yaml:4: 规范表述第 2 项：未知字段 note（可用：name、aliases、members、explanation、source）',
      'content/glossary.yaml:9: 规范表述第 3 项：必须是含 name、members、explanation、source 的条目',
    ],
  );
  assert.match(parseGlossaryFile('g.yaml', 'name: x\n').issues[0]!.message, /必须是列表/u);
  assert.match(parseGlossaryFile('g.yaml', '- name: 甲\n  members: []\n  explanation: 一\n  source: 二\n- name: 甲\n  members: []\n  explanation: 三\n  source: 四\n').issues[0]!.message, /「甲」重复/u);
});

test('an editor’s entry replaces the shipped one of the same name and adds new ones', () => {
  const editor = parseGlossaryFile('content/glossary.yaml', '- name: 四风\n  members: []\n  explanation: 本单位另有所指。\n  source: 本单位文件，2026年\n- name: 三个一\n  members: [一, 二, 三]\n  explanation: 本单位的提法。\n  source: 本单位文件，2026年\n');
  assert.deepEqual(editor.issues, []);
  const merged = mergeGlossaries(shippedGlossary(), editor.entries);
  assert.equal(merged.length, shippedGlossary().length + 1);
  assert.equal(merged.find((e) => e.name === '四风')?.explanation, '本单位另有所指。');
  assert.ok(merged.some((e) => e.name === '三个一'));
});
