import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, writeFileSync } from 'node:fs';
import { findDuplicateIds, formatIssue, parseQuizFile } from '../../../src/quiz/parse-file.ts';
import { FIXTURES } from './helpers.ts';

const known = { lessonIds: new Set(['jiguan-2', 'jiguan-3']) };
const FILE = 'content/quizzes/a.yaml';

/** Issues as `file:line: message` strings. */
const issuesOf = (text: string, k = known) => parseQuizFile(FILE, text, k).issues.map(formatIssue);

const GOOD = `- id: siFeng-1
  type: single
  prompt: 下列哪一项属于“四风”？
  options: [刹玩风, 三清]
  answer: 刹玩风
  explanation: 原文列举了刹玩风、树正风、倡廉风、治会风。
  themes: [si-feng]
  source:
    lessonId: jiguan-2
    quote: 重点“刹玩风”、“树正风”、“倡廉风”、“治会风”
`;

test('a valid file: url derived from lessonId, origin is the file, lines recorded', () => {
  const r = parseQuizFile(FILE, GOOD, known);
  assert.deepEqual(r.issues, []);
  assert.equal(r.questions.length, 1);
  const q = r.questions[0]!;
  assert.equal(q.source.url, '/lessons/jiguan-2/');
  assert.equal(q.origin, FILE);
  assert.equal(r.lines.get('siFeng-1'), 1);
});

test('fixture: every type, with order options and match targets filled in (UPDATE=1 rewrites)', () => {
  const dir = new URL('files/all-types/', FIXTURES);
  const r = parseQuizFile('content/quizzes/all-types.yaml', readFileSync(new URL('input.yaml', dir), 'utf8'), { lessonIds: new Set(['jiguan-dangjian-jianghua-3', 'jiguan-dangjian-jianghua-4']) });
  const actual = JSON.stringify(r.questions, null, 2) + '\n';
  if (process.env.UPDATE) writeFileSync(new URL('expected.json', dir), actual);
  assert.deepEqual(r.issues, []);
  assert.equal(actual, readFileSync(new URL('expected.json', dir), 'utf8'));
});

test('an answer that is not among the options names the answer line', () => {
  assert.deepEqual(issuesOf(GOOD.replace('answer: 刹玩风', 'answer: 树正风')), [`${FILE}:5: 答案“树正风”不在选项中`]);
});

test('a missing explanation names the question line', () => {
  assert.deepEqual(issuesOf(GOOD.replace(/  explanation: .*\n/u, '')), [`${FILE}:1: 缺少 explanation（解析）`]);
});

test('an empty explanation names its line', () => {
  assert.deepEqual(issuesOf(GOOD.replace(/explanation: .*/u, 'explanation: "  "')), [`${FILE}:6: explanation（解析） 不能为空`]);
});

test('an unknown type names the type line', () => {
  const issues = issuesOf(GOOD.replace('type: single', 'type: essay'));
  assert.deepEqual(issues, [`${FILE}:2: 未知题型“essay”，应为 single、multiple、cloze、judge、order、match 之一`]);
});

test('an unknown lessonId names the lessonId line', () => {
  assert.deepEqual(issuesOf(GOOD.replace('lessonId: jiguan-2', 'lessonId: nowhere-9')), [`${FILE}:9: 未知的课程 lessonId“nowhere-9”`]);
});

test('a duplicate id in one file names the second id line and the first', () => {
  const second = GOOD.replace('prompt: 下列哪一项属于“四风”？', 'prompt: 哪一项是“四风”之一？');
  const issues = issuesOf(GOOD + second);
  assert.deepEqual(issues, [`${FILE}:11: 题目 id“siFeng-1”重复（第 1 行已使用）`]);
});

test('duplicate ids across files are found with file and line', () => {
  const a = parseQuizFile('content/quizzes/a.yaml', GOOD, known);
  const b = parseQuizFile('content/quizzes/b.yaml', `# 第二个文件\n${GOOD}`, known);
  const issues = findDuplicateIds([...a.questions, ...b.questions]).map(formatIssue);
  assert.deepEqual(issues, ['content/quizzes/b.yaml:2: 题目 id“siFeng-1”重复（已在 content/quizzes/a.yaml:1 使用）']);
  assert.deepEqual(findDuplicateIds(a.questions), []);
});

test('unknown fields, wrong answer shapes and YAML errors are reported with lines', () => {
  assert.deepEqual(issuesOf(GOOD.replace('  themes:', '  hint: 提示\n  themes:')), [`${FILE}:1: 未知字段 hint`]);
  assert.deepEqual(issuesOf(GOOD.replace('answer: 刹玩风', 'answer: [刹玩风]')), [`${FILE}:5: 单选题的答案必须是一个选项`]);
  const broken = issuesOf('- id: a\n  type: single\n   prompt: x\n');
  assert.equal(broken.length, 1);
  assert.match(broken[0]!, /^content\/quizzes\/a\.yaml:\d+: YAML 格式错误：/u);
  assert.deepEqual(issuesOf('id: a\n'), [`${FILE}:1: 测验文件应是题目列表（每题以“- id: …”开头）`]);
  assert.deepEqual(issuesOf(''), []);
});

test('with the lessons given, a quote must be verbatim and prove the answer', () => {
  const lessons = [{ id: 'jiguan-2', text: '在机关党建方面重点“刹玩风”、“树正风”、“倡廉风”、“治会风”,机关作风明显好转。' }];
  assert.deepEqual(issuesOf(GOOD, { ...known, lessons } as typeof known), []);
  const bad = issuesOf(GOOD.replace('quote: 重点“刹玩风”', 'quote: 重点“刹歪风”'), { ...known, lessons } as typeof known);
  assert.deepEqual(bad, [`${FILE}:10: 引文不是课程原文的逐字摘录`]);
});

test('numbers written bare in YAML are taken as the text of the answer', () => {
  const cloze = `- id: n1
  type: cloze
  prompt: 已经清收了____多万元党费
  answer: 20
  explanation: 原文是 20 多万元。
  source:
    lessonId: jiguan-2
    quote: 已经清收了20多万元党费
`;
  const r = parseQuizFile(FILE, cloze, known);
  assert.deepEqual(r.issues, []);
  assert.equal(r.questions[0]!.answer, '20');
});
