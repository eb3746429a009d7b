import assert from 'node:assert/strict';
import { it } from 'node:test';
import { makeExcerpt, parsePagefindExcerpt } from '../../../src/search/excerpt.ts';

const render = (parts: { text: string; mark: boolean }[]) => parts.map((p) => (p.mark ? `[${p.text}]` : p.text)).join('');

it('centres the excerpt on the first match and marks every match inside it', () => {
  const content = `${'前文'.repeat(40)}严格落实“三会一课”制度，上好党课。三会一课要常态化。${'后文'.repeat(80)}`;
  const out = render(makeExcerpt(content, ['三会一课'], { length: 60, before: 10 }));
  assert.match(out, /^…/);
  assert.match(out, /…$/);
  assert.match(out, /“\[三会一课\]”制度/);
  assert.match(out, /\[三会一课\]要常态化/);
});

it('marks a phrase across quotation marks as one passage', () => {
  assert.equal(render(makeExcerpt('重点“刹玩风”、“树正风”。', ['刹玩风树正风'])), '重点“[刹玩风”、“树正风]”。');
});

it('starts at the beginning when nothing matches and never cuts a match', () => {
  assert.equal(render(makeExcerpt('没有相关的内容', ['党建'])), '没有相关的内容');
  const out = render(makeExcerpt('一二三四五六七八九十机关党建', ['机关党建'], { length: 12, before: 0 }));
  assert.match(out, /\[机关党建\]/);
});

it('reads Pagefind excerpts into parts without HTML', () => {
  assert.deepEqual(parsePagefindExcerpt('a&lt;b <mark>党\u200B建</mark> c'), [
    { text: 'a<b ', mark: false },
    { text: '党建', mark: true },
    { text: ' c', mark: false },
  ]);
});
