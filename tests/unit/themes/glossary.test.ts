import { test } from 'node:test';
import assert from 'node:assert/strict';
import { leadingNumeral, sortThemesForGlossary } from '../../../src/themes/index.ts';

test('glossary order: by numeral value, then by pinyin', () => {
  const names = ['四风', '三清', '两大关系', '三个结合', '四谈心', '十四个坚持', '三会一课', '放管服', '两个维护', '八项规定'];
  const sorted = sortThemesForGlossary(names.map((name) => ({ name }))).map((t) => t.name);
  assert.deepEqual(sorted, ['两大关系', '两个维护', '三个结合', '三会一课', '三清', '四风', '四谈心', '八项规定', '十四个坚持', '放管服']);
  assert.deepEqual(names, ['四风', '三清', '两大关系', '三个结合', '四谈心', '十四个坚持', '三会一课', '放管服', '两个维护', '八项规定'], 'input untouched');
});

test('leading numeral', () => {
  assert.equal(leadingNumeral('三个结合'), 3);
  assert.equal(leadingNumeral('两大关系'), 2);
  assert.equal(leadingNumeral('十四个坚持'), 14);
  assert.equal(leadingNumeral('放管服'), Infinity);
});
