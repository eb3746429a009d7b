import { test } from 'node:test';
import assert from 'node:assert/strict';
import { encodeRecord, decodeRecord, toBase64Url, fromBase64Url, CODE_PREFIX } from '../../../../src/islands/record/export-code.ts';
import { crc32 } from '../../../../src/islands/record/crc32.ts';
import { emptyRecord, recordAnswer, setBookmark, setStudied, type StudyRecord } from '../../../../src/islands/record/record.ts';

const AT = { now: Date.UTC(2024, 4, 1, 12), day: '2024-05-01' };

function sample(): StudyRecord {
  let r = emptyRecord();
  for (let i = 0; i < 40; i++) r = recordAnswer(r, { id: `jiguan-dangjian-jianghua-2-q${i}`, themes: ['si-feng'] }, i % 3 !== 0, AT);
  r = setBookmark(r, 'jiguan-dangjian-jianghua-2-q4', true, AT);
  r = setStudied(r, { id: 'jiguan-dangjian-jianghua-2', title: '二、突出机关党建工作的重点', themes: ['si-feng'] }, true, '2024-05-01');
  return r;
}

test('crc32 matches the standard check value', () => {
  assert.equal(crc32(new TextEncoder().encode('123456789')), 0xcbf43926);
});

test('base64url round trip, including lengths that need padding', () => {
  for (let n = 0; n < 10; n++) {
    const bytes = Uint8Array.from({ length: n }, (_, i) => (i * 97 + 250) & 0xff);
    const text = toBase64Url(bytes);
    assert.match(text, /^[A-Za-z0-9_-]*$/);
    assert.deepEqual(fromBase64Url(text), bytes);
  }
  assert.equal(fromBase64Url('ab+c'), null);
  assert.equal(fromBase64Url('abcde'), null);
});

for (const compress of [true, false]) {
  test(`round trip (${compress ? 'deflate' : 'plain'})`, async () => {
    const record = sample();
    const code = await encodeRecord(record, { compress });
    assert.match(code, new RegExp(`^${CODE_PREFIX}\\.${compress ? 'z' : 'j'}[A-Za-z0-9_-]+\\.[0-9a-f]{8}$`));
    const decoded = await decodeRecord(code);
    assert.deepEqual(decoded, { ok: true, record });
  });
}

test('compression makes the code shorter', async () => {
  const record = sample();
  const zipped = await encodeRecord(record);
  const plain = await encodeRecord(record, { compress: false });
  assert.ok(zipped.length < plain.length / 2, `${zipped.length} vs ${plain.length}`);
});

test('an empty record round-trips', async () => {
  assert.deepEqual(await decodeRecord(await encodeRecord(emptyRecord())), { ok: true, record: emptyRecord() });
});

test('whitespace and line breaks from chat apps are ignored', async () => {
  const code = await encodeRecord(sample());
  const wrapped = `  ${code.slice(0, 20)}\n${code.slice(20, 50)} \r\n${code.slice(50)}\n`;
  assert.equal((await decodeRecord(wrapped)).ok, true);
});

test('every single-character change is detected', async () => {
  const code = await encodeRecord(sample());
  const alphabet = 'AbZ09_-.x';
  for (let i = 0; i < code.length; i++) {
    const other = alphabet.split('').find((c) => c !== code[i])!;
    const broken = code.slice(0, i) + other + code.slice(i + 1);
    const result = await decodeRecord(broken);
    assert.equal(result.ok, false, `change at ${i}`);
    if (!result.ok) assert.match(result.error, /[\u4e00-\u9fff]/);
  }
});

test('truncated, empty and foreign codes are refused with Chinese messages', async () => {
  const code = await encodeRecord(sample());
  const cases: [string, RegExp][] = [
    ['', /请先粘贴/],
    ['   ', /请先粘贴/],
    ['hello world', /不是学习园地/],
    [code.slice(0, code.length - 3), /校验失败/],
    [code.slice(0, code.lastIndexOf('.')), /不完整/],
    [code.replace(/^XXYD1/, 'XXYD9'), /不同版本/],
  ];
  for (const [input, message] of cases) {
    const result = await decodeRecord(input);
    assert.equal(result.ok, false, input);
    if (!result.ok) assert.match(result.error, message, input);
  }
});

test('a code with a valid checksum but a bad record is refused', async () => {
  const body = `j${toBase64Url(new TextEncoder().encode(JSON.stringify({ v: 1, answers: { a: { r: 9, n: 1, k: 0 } }, wrong: [], bookmarks: [], studied: {} })))}`;
  const crc = crc32(new TextEncoder().encode(body)).toString(16).padStart(8, '0');
  const result = await decodeRecord(`${CODE_PREFIX}.${body}.${crc}`);
  assert.equal(result.ok, false);
  if (!result.ok) assert.match(result.error, /损坏的条目/);
  const notJson = `j${toBase64Url(new TextEncoder().encode('{oops'))}`;
  const result2 = await decodeRecord(`${CODE_PREFIX}.${notJson}.${crc32(new TextEncoder().encode(notJson)).toString(16).padStart(8, '0')}`);
  assert.equal(result2.ok, false);
});

test('the review schedule and study days travel with the code', async () => {
  const record = sample();
  assert.ok(Object.keys(record.review).length > 10 && Object.keys(record.days).length > 0);
  const decoded = await decodeRecord(await encodeRecord(record));
  assert.ok(decoded.ok);
  assert.deepEqual(decoded.record.review, record.review);
  assert.deepEqual(decoded.record.days, record.days);
});

test('a code made by the previous version (a v1 record) still imports, its wrong answers scheduled', async () => {
  const body = `j${toBase64Url(new TextEncoder().encode(JSON.stringify({ v: 1, answers: { a: { r: 0, n: 1, k: 0 } }, wrong: ['a'], bookmarks: ['b'], studied: {} })))}`;
  const crc = crc32(new TextEncoder().encode(body)).toString(16).padStart(8, '0');
  const result = await decodeRecord(`${CODE_PREFIX}.${body}.${crc}`, AT.now);
  assert.ok(result.ok);
  assert.equal(result.record.v, 2);
  assert.deepEqual(Object.keys(result.record.review).sort(), ['a', 'b']);
});
