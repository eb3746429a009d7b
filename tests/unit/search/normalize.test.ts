import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { containsAll, findMatches, normalizeChar, normalizeText, normalizeWithMap, normalizedChars } from '../../../src/search/normalize.ts';

describe('normalizeText', () => {
  it('keeps letters and digits only, so punctuation and quotes never split a phrase', () => {
    assert.equal(normalizeText('严格落实“三会一课”制度，按时召开'), '严格落实三会一课制度按时召开');
    assert.equal(normalizeText('“刹玩风”、“树正风”'), '刹玩风树正风');
    assert.equal(normalizeText('机关\u200B党\u200B建 工作'), '机关党建工作');
  });

  it('folds full-width forms and case (NFKC, lower case)', () => {
    assert.equal(normalizeText('ＡＢＣ１２３ Xyz'), 'abc123xyz');
    assert.equal(normalizeText('①㈠'), '1一');
  });

  it('keeps characters outside the Basic Multilingual Plane whole', () => {
    assert.deepEqual(normalizedChars('𠀀a'), ['𠀀', 'a']);
  });

  it('normalises one character at a time the same way as whole text', () => {
    const text = '第１条（一）“三会一课”……Ｏｋ！①𠀀';
    assert.equal([...text].map(normalizeChar).join(''), normalizeText(text));
  });
});

describe('findMatches', () => {
  it('maps matches back to the original text, across punctuation', () => {
    const text = '重点“刹玩风”、“树正风”。';
    const [[start, end]] = findMatches(text, ['刹玩风树正风']) as [[number, number]];
    assert.equal(text.slice(start, end), '刹玩风”、“树正风');
  });

  it('finds every occurrence of every term and merges overlaps', () => {
    const text = '党建、机关党建和党的建设';
    assert.deepEqual(
      findMatches(text, ['党建', '机关党建']).map(([s, e]) => text.slice(s, e)),
      ['党建', '机关党建'],
    );
  });

  it('maps multi-character foldings to their source character', () => {
    const mapped = normalizeWithMap('a①b');
    assert.equal(mapped.norm, 'a1b');
    assert.deepEqual([mapped.start[1], mapped.end[1]], [1, 2]);
  });
});

it('containsAll wants every term', () => {
  assert.equal(containsAll('制度，形式主义', ['度', '形式主义']), true);
  assert.equal(containsAll('形式多样的社会主义', ['形式主义']), false);
});
