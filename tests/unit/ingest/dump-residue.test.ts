import assert from 'node:assert/strict';
import { test } from 'node:test';
import { findDumpResidue } from '../../../src/ingest/dump-residue.ts';
import { removeSpans } from '../../../src/ingest/mapped-text.ts';

const repair = (source: string) => removeSpans(source, findDumpResidue(source)).text;

test('literal \\r\\n escapes of a database export become real breaks', () => {
  assert.equal(repair('第一段。\\r\\n\\r\\n　　第二段。\\r\\n'), '第一段。\n\n　　第二段。\n');
  assert.equal(repair('甲。\\n乙。\\n丙。'), '甲。\n乙。\n丙。', 'lone \\n when the copy has no real breaks');
});

test('a backslash sequence the text talks about stays', () => {
  assert.equal(repair('换行符写作 \\n。\n下一行。'), '换行符写作 \\n。\n下一行。');
});

test('a page’s tags go, block tags become breaks; entities become what they stand for', () => {
  assert.equal(repair('<p>第一段&nbsp;文字</p><p>第二段<img src="a.jpg" alt="照片">&ldquo;引文&rdquo;</p>'), '\n第一段 文字\n\n第二段“引文”\n');
  assert.equal(repair('甲&amp;乙'), '甲&乙');
  assert.equal(repair('&#20013;国'), '&#20013;国', 'an entity for a letter is left alone: putting letters in would rewrite the text');
});

test('a lone <b> in a plain text is the text’s own', () => {
  assert.equal(repair('<b>尖括号</b>和文字'), '<b>尖括号</b>和文字');
});
