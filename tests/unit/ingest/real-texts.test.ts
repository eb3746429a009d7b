import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { importText } from '../../../src/ingest/import-text.ts';

const REAL = 'tests/fixtures/real';
const cases = readdirSync(REAL).filter((d) => !d.includes('.'));

test('real copies: the same file imports identically whatever the clock says', () => {
  for (const name of cases) {
    const bytes = readFileSync(join(REAL, name, 'input.txt'));
    const first = importText(bytes, { fileName: 'input.txt' }).markdown;
    const realNow = Date.now;
    Date.now = () => realNow() + 86_400_000 * 400;
    try {
      assert.equal(importText(bytes, { fileName: 'input.txt' }).markdown, first, name);
    } finally {
      Date.now = realNow;
    }
  }
});

test('real copies: a chapter name spread with spaces stays one heading', () => {
  const md = (name: string) => importText(readFileSync(join(REAL, name, 'input.txt')), { fileName: 'input.txt', fallbackDate: '2026-01-01' }).markdown;
  assert.match(md('guizhou-yuye-tiaoli'), /^## 第一章   总  则$/mu);
  assert.match(md('shenzhen-tingzheng-tiaoli'), /^## 第一章 总 则$/mu);
  assert.doesNotMatch(md('shenzhen-tingzheng-tiaoli'), /^则$/mu);
});

test('real copies: a title line with a space inside stays one title', () => {
  const { report } = importText(readFileSync(join(REAL, 'yctei-zhibu-xuexi', 'input.txt')), { fileName: 'input.txt', fallbackDate: '2026-01-01' });
  assert.equal(report.meta.title, '机关党总支二支部召开教职工 政治理论学习暨主题党日活动');
});

test('real copies: a text without a date gets the fixed placeholder and a 需核对 flag, never today', () => {
  const { report } = importText(readFileSync(join(REAL, 'shiwei-zuofeng-jianghua', 'input.txt')), { fileName: 'input.txt' });
  assert.equal(report.meta.date, '1970-01-01');
  assert.equal(report.metaFrom.date, 'fallback');
  assert.ok(report.flags.some((f) => f.kind === 'date'));
});
