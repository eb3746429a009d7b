import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { Question } from '../../../src/shared/types.ts';
import { csvField, toAnkiCsv } from '../../../src/quiz/anki.ts';

/** A small RFC 4180 reader, to check that the output round-trips. */
function readCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i]!;
    if (quoted) {
      if (ch === '"' && text[i + 1] === '"') { field += '"'; i++; }
      else if (ch === '"') quoted = false;
      else field += ch;
    } else if (ch === '"' && field === '') quoted = true;
    else if (ch === ',') { row.push(field); field = ''; }
    else if (ch === '\n') { row.push(field); rows.push(row); row = []; field = ''; }
    else field += ch;
  }
  return rows;
}

const q = (over: Partial<Question>): Question => ({
  id: 'q-1', type: 'single', prompt: '下列哪一项属于“四风”？', options: ['刹玩风', '三清, 三会'], answer: '刹玩风',
  explanation: '“四风”包括刹玩风等。', themes: ['si-feng'], source: { lessonId: 'l', url: '/lessons/l/', quote: '重点"刹玩风"<b>' }, ...over,
});

test('header lines Anki reads, then one row of three fields per question', () => {
  const csv = toAnkiCsv([q({}), q({ id: 'q-2', type: 'judge', prompt: '已经清收了20多万元党费', answer: true, options: undefined })]);
  const lines = csv.split('\n');
  assert.deepEqual(lines.slice(0, 3), ['#separator:Comma', '#html:true', '#tags column:3']);
  const rows = readCsv(lines.slice(3).join('\n'));
  assert.equal(rows.length, 2);
  for (const row of rows) assert.equal(row.length, 3);
  assert.ok(csv.endsWith('\n'));
});

test('commas, quotes and markup survive: quoted fields, doubled quotes, escaped HTML', () => {
  const csv = toAnkiCsv([q({})]);
  const [row] = readCsv(csv.split('\n').slice(3).join('\n'));
  const [front, back, tags] = row!;
  assert.ok(front!.startsWith('【单选】下列哪一项属于“四风”？'));
  assert.ok(front!.includes('B. 三清, 三会'));
  assert.ok(back!.includes('A. 刹玩风'));
  assert.ok(back!.includes('重点&quot;刹玩风&quot;&lt;b&gt;'), back);
  assert.equal(tags, '学习园地 题型::单选 主题::si-feng');
});

test('csvField quotes only when needed', () => {
  assert.equal(csvField('简单'), '简单');
  assert.equal(csvField('a,b'), '"a,b"');
  assert.equal(csvField('say "hi"'), '"say ""hi"""');
  assert.equal(csvField('two\nlines'), '"two\nlines"');
  assert.equal(csvField('#not a comment'), '"#not a comment"');
});

test('every type renders an answer on the back', () => {
  const all: Question[] = [
    q({ type: 'multiple', options: ['甲', '乙', '丙'], answer: ['甲', '丙'] }),
    q({ type: 'cloze', prompt: '已经清收了____多万元党费', options: undefined, answer: '20' }),
    q({ type: 'judge', options: undefined, answer: false }),
    q({ type: 'order', options: ['乙', '甲'], answer: ['甲', '乙'] }),
    q({ type: 'match', options: ['助推器', '减震器'], targets: ['乙', '甲'], answer: { 助推器: '甲', 减震器: '乙' } }),
  ];
  const rows = readCsv(toAnkiCsv(all).split('\n').slice(3).join('\n'));
  assert.ok(rows[0]![1]!.startsWith('A. 甲<br>C. 丙'));
  assert.ok(rows[1]![1]!.startsWith('20<hr>'));
  assert.ok(rows[2]![1]!.startsWith('错误<hr>'));
  assert.ok(rows[3]![1]!.startsWith('1. 甲<br>2. 乙'));
  assert.ok(rows[4]![1]!.startsWith('助推器 → 甲<br>减震器 → 乙'));
  assert.ok(rows[4]![0]!.includes('1. 助推器') && rows[4]![0]!.includes('A. 乙'));
});
