import { test } from 'node:test';
import assert from 'node:assert/strict';
import { renderStatic } from '../../../src/site/static-dom.ts';
import { h } from '../../../src/islands/quiz/dom.ts';

test('an island builder runs at build time and gives escaped HTML', () => {
  const html = renderStatic(() => {
    const input = h('input', { type: 'radio', id: 'a-1', checked: true });
    const label = h('label', { class: 'x', for: input.id }, input, h('span', { text: '<script>alert(1)</script> & "引号"' }));
    label.classList.add('y');
    label.classList.toggle('x', false);
    return [label, 'tail <b>'];
  });
  assert.equal(html, '<label class="y" for="a-1"><input type="radio" id="a-1" checked><span>&lt;script&gt;alert(1)&lt;/script&gt; &amp; "引号"</span></label>tail &lt;b&gt;');
  assert.equal((globalThis as { document?: unknown }).document, undefined);
});
