import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseThemesFile } from '../../../src/themes/index.ts';

const FILE = 'content/themes.yaml';

test('the shipped content/themes.yaml: 四风 and 三个结合', () => {
  const text = readFileSync(join(import.meta.dirname, '../../../content/themes.yaml'), 'utf8');
  const { themes, issues } = parseThemesFile(FILE, text);
  assert.deepEqual(issues, []);
  const byId = new Map(themes.map((t) => [t.id, t]));
  assert.deepEqual(byId.get('si-feng')?.members.map((m) => m.name), ['刹玩风', '树正风', '倡廉风', '治会风']);
  assert.deepEqual(byId.get('san-ge-jie-he')?.members.map((m) => m.name), ['与业务工作相结合', '与干部职工的切身利益相结合', '与其它创立活动相结合']);
  const siFeng = byId.get('si-feng')!.summary!;
  // The sample's 四风 are its own four campaigns; the summary must not let a reader confuse them
  // with the national 四风 (形式主义、官僚主义、享乐主义和奢靡之风).
  assert.match(siFeng, /形式主义、官僚主义、享乐主义和奢靡之风/);
  assert.match(siFeng, /不要混淆/);
  assert.doesNotMatch(siFeng, /\s/, 'no stray spaces from folded YAML');
  for (const t of themes) assert.ok(t.summary && /\p{Script=Han}/u.test(t.summary), `${t.id} has a Chinese summary`);
});

test('members as strings or { name, aliases }, with lines', () => {
  const text = ['- id: a-b', '  name: 甲乙', '  aliases: [甲乙两项]', '  members:', '    - 甲', '    - name: 乙', '      aliases: [乙项]', '- id: c', '  name: 丙', '  members: []'].join('\n');
  const { themes, issues } = parseThemesFile(FILE, text);
  assert.deepEqual(issues, []);
  assert.deepEqual(themes, [
    { id: 'a-b', name: '甲乙', aliases: ['甲乙两项'], members: [{ name: '甲', aliases: [] }, { name: '乙', aliases: ['乙项'] }], line: 1 },
    { id: 'c', name: '丙', aliases: [], members: [], line: 8 },
  ]);
});

test('an empty file has no themes and no issues', () => {
  assert.deepEqual(parseThemesFile(FILE, ''), { themes: [], issues: [] });
  assert.deepEqual(parseThemesFile(FILE, '# 只有注释\n'), { themes: [], issues: [] });
});

test('bad entries are reported with their line, good ones kept', () => {
  const text = [
    '- id: Si Feng', // 1: not a slug
    '  name: 四风',
    '  members: [刹玩风]',
    '- id: ok', // 4
    '  name: 好',
    '  members: [甲, ""]', // 6: empty member
    '- id: ok', // 7: same id as an invalid entry: kept
    '  name: 又一个',
    '  members: [乙]',
    '- id: no-name', // 10
    '  members: [丙]',
    '  colour: red', // 12: unknown key
    '- id: fine', // 13
    '  name: 正常',
    '  members: [丁]',
  ].join('\n');
  const { themes, issues } = parseThemesFile(FILE, text);
  assert.deepEqual(themes.map((t) => [t.id, t.name]), [['ok', '又一个'], ['fine', '正常']]);
  const lines = issues.map((i) => [i.line, i.message]);
  assert.ok(issues.every((i) => i.file === FILE));
  assert.ok(lines.some(([line, m]) => line === 1 && /id：只能由小写字母/.test(String(m))), JSON.stringify(lines));
  assert.ok(lines.some(([line, m]) => line === 6 && /不能为空/.test(String(m))), JSON.stringify(lines));
  assert.ok(lines.some(([line, m]) => line === 10 && /缺少必填字段 name/.test(String(m))), JSON.stringify(lines));
  assert.ok(lines.some(([line, m]) => line === 10 && /未知字段 colour/.test(String(m))), JSON.stringify(lines));
  const dup = parseThemesFile(FILE, '- id: x\n  name: 甲\n  members: []\n- id: x\n  name: 乙\n  members: []\n');
  assert.deepEqual(dup.issues, [{ file: FILE, line: 4, message: '专题 id「x」重复（第 1 行已使用）' }]);
  assert.deepEqual(dup.themes.map((t) => t.name), ['甲']);
});

test('duplicate names and members, syntax errors, wrong shape', () => {
  const names = parseThemesFile(FILE, '- id: x\n  name: 甲\n  members: []\n- id: y\n  name: 乙\n  aliases: [甲]\n  members: [丙, 丙]\n');
  assert.deepEqual(names.issues.map((i) => [i.line, i.message]), [
    [4, '专题名称或别名「甲」已用于专题「x」'],
    [7, '专题「y」的成员「丙」重复'],
  ]);
  const syntax = parseThemesFile(FILE, '- id: x\n  name: [甲\n');
  assert.equal(syntax.issues.length > 0, true);
  assert.match(syntax.issues[0]!.message, /^YAML 语法错误/);
  assert.equal(typeof syntax.issues[0]!.line, 'number');
  const map = parseThemesFile(FILE, 'id: x\nname: 甲\n');
  assert.deepEqual(map.issues, [{ file: FILE, line: 1, message: '专题文件必须是列表：每项为 - id, name, members' }]);
});
