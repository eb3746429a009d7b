import { test } from 'node:test';
import assert from 'node:assert/strict';
import { chineseNumber, collectPools, generateCorpus, headingLabel, splitSentences } from '../../../src/bench/index.ts';
import { SAMPLES } from './samples.ts';

const bytes = (text: string) => Buffer.byteLength(text, 'utf8');

test('same N and samples give the identical corpus', () => {
  const a = generateCorpus(30, SAMPLES);
  const b = generateCorpus(30, SAMPLES);
  assert.deepEqual(a, b);
  assert.equal(a.length, 30);
});

test('a smaller corpus is the prefix of a larger one, so growth compares like with like', () => {
  const small = generateCorpus(10, SAMPLES);
  const large = generateCorpus(40, SAMPLES);
  assert.deepEqual(
    small.map((f) => f.text),
    large.slice(0, 10).map((f) => f.text),
  );
});

test('documents differ from each other and have unique file names', () => {
  const corpus = generateCorpus(50, SAMPLES);
  assert.equal(new Set(corpus.map((f) => f.text)).size, 50);
  assert.equal(new Set(corpus.map((f) => f.file)).size, 50);
  assert.match(corpus[0]!.file, /^bench-0001\.md$/);
});

test('documents are about 12 KB on average', () => {
  const corpus = generateCorpus(100, SAMPLES);
  const mean = corpus.reduce((s, f) => s + bytes(f.text), 0) / corpus.length;
  assert.ok(mean > 11_000 && mean < 14_000, `mean ${mean}`);
  for (const f of corpus) assert.ok(bytes(f.text) > 9_000 && bytes(f.text) < 20_000, `${f.file}: ${bytes(f.text)}`);
});

test('frontmatter has a title, a real YYYY-MM-DD date and a kind', () => {
  for (const f of generateCorpus(60, SAMPLES)) {
    const fm = /^---\ntitle: (".+")\ndate: (\d{4}-\d{2}-\d{2})\nkind: (\S+)\n---\n/.exec(f.text);
    assert.ok(fm, f.file);
    assert.equal(typeof JSON.parse(fm[1]!), 'string');
    assert.equal(new Date(`${fm[2]}T00:00:00Z`).toISOString().slice(0, 10), fm[2]);
    assert.ok(['讲话', '文件', '通知', '报告'].includes(fm[3]!));
  }
});

test('documents have numbered headings in order, enumerations and formulations', () => {
  for (const f of generateCorpus(20, SAMPLES)) {
    const tops = [...f.text.matchAll(/^## (.+?)、/gm)].map((m) => m[1]);
    assert.ok(tops.length >= 3, f.file);
    assert.deepEqual(tops, tops.map((_, k) => chineseNumber(k + 1)));
    for (const section of f.text.split(/^## /m).slice(1)) {
      const subs = [...section.matchAll(/^### (\d+)、/gm)].map((m) => Number(m[1]));
      assert.ok(subs.length >= 1);
      assert.deepEqual(subs, subs.map((_, k) => k + 1));
    }
    assert.match(f.text, /一是|一要/);
    assert.match(f.text, /二是|二要/);
    assert.match(f.text, /三个结合|刹玩风|三清|两大关系/);
  }
});

test('chineseNumber writes heading numbers', () => {
  assert.deepEqual([1, 2, 9, 10, 11, 20, 21, 99].map(chineseNumber), ['一', '二', '九', '十', '十一', '二十', '二十一', '九十九']);
});

test('pools keep formulation sub-sections whole with their enumerations', () => {
  const pools = collectPools(SAMPLES);
  const unit = pools.units.find((u) => u.label === '注重三个结合');
  assert.ok(unit);
  assert.equal(unit.formulation, true);
  assert.equal(unit.enumeration, true);
  assert.match(unit.paragraphs[0]!, /^一是注重与业务工作相结合/);
  assert.deepEqual(pools.topLabels.slice(0, 3), ['深化机关党建工作的认识', '突出机关党建工作的重点', '抓住机关党建工作的关键']);
  assert.ok(pools.topLabels.includes('总则'));
  assert.equal(pools.openings.length, 1);
  // Filler sentences never carry an enumeration marker or a heading number.
  for (const s of pools.sentences) assert.doesNotMatch(s, /^[一二三四五六七八九十]、|[一二三四五]是/);
});

test('headingLabel strips numbers and trailing punctuation; splitSentences keeps closing marks', () => {
  assert.equal(headingLabel('一、深化认识'), '深化认识');
  assert.equal(headingLabel('第一章　总则'), '总则');
  assert.equal(headingLabel('3、加强作风建设，监督党员。'), '加强作风建设，监督党员');
  assert.deepEqual(splitSentences('他说：“好。”我们走吧！真的？'), ['他说：“好。”', '我们走吧！', '真的？']);
});

test('too few samples is a clear error', () => {
  assert.throws(() => generateCorpus(1, [{ name: 'x', markdown: '只有一句话。' }]), /样本太少/);
});
