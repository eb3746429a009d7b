import assert from 'node:assert/strict';
import { test } from 'node:test';
import { fromMarkdown } from 'mdast-util-from-markdown';
import { toString } from 'mdast-util-to-string';
import type { ImportResult } from '../../../src/ingest/index.ts';
import { bodyOf, fixtureNames, importFixture, importSample, inputMinusFurniture, lettersOf } from './helpers.ts';

const SAMPLE_FILES = ['jiguan-dangjian-jianghua.txt', 'fazhan-dangyuan-gongzuo-xize.txt', 'zhishichanquan-fangguanfu-wenda.txt'];

/**
 * The letters and digits of the Markdown body — as written, and as Markdown reads it back — are
 * those of the input minus the furniture the report lists, in the same order.
 */
function assertNothingLost(bytes: Uint8Array, result: ImportResult): void {
  const expected = lettersOf(inputMinusFurniture(bytes, result.report));
  const body = bodyOf(result.markdown);
  assert.equal(lettersOf(body), expected);
  assert.equal(lettersOf(toString(fromMarkdown(body))), expected);
}

for (const file of SAMPLE_FILES) {
  test(`nothing lost: sample ${file}`, () => {
    const { bytes, result } = importSample(file);
    assertNothingLost(bytes, result);
  });
}

for (const name of fixtureNames()) {
  test(`nothing lost: fixture ${name}`, () => {
    const { bytes, result } = importFixture(name);
    assertNothingLost(bytes, result);
  });
}

test('the check can fail: a dropped character is noticed', () => {
  const { bytes, result } = importSample(SAMPLE_FILES[0]!);
  const broken = { ...result, markdown: result.markdown.replace('机关党员干部的作风如何', '机关党员干部的作如何') };
  assert.throws(() => assertNothingLost(bytes, broken));
});
