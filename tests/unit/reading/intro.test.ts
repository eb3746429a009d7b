import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { renderIntro } from '../../../src/reading/index.ts';

describe('renderIntro', () => {
  it('renders Markdown to HTML', () => {
    assert.equal(renderIntro('本月**重点**：\n\n- 甲\n- 乙'), '<p>本月<strong>重点</strong>：</p>\n<ul>\n<li>甲</li>\n<li>乙</li>\n</ul>');
  });

  it('gives an empty string for a blank body', () => {
    assert.equal(renderIntro('\n  \n'), '');
  });

  it('never lets raw HTML through as markup, but keeps it visible as text', () => {
    const html = renderIntro('<script>alert(1)</script>\n\n文字 <img src=x onerror="alert(1)"> 与 <b>粗</b>');
    // The only real tags are the paragraphs; the rest is text with `<` escaped.
    assert.deepEqual([...new Set(html.match(/<\/?[a-z][a-z0-9]*/gi))], ['<p', '</p']);
    assert.match(html, /&#x3C;script>alert\(1\)&#x3C;\/script>/);
    assert.match(html, /&#x3C;b>粗&#x3C;\/b>/);
  });

  it('drops javascript: links but keeps their text', () => {
    const html = renderIntro('[点我](javascript:alert(1))');
    assert.doesNotMatch(html, /javascript:/);
    assert.match(html, /点我/);
  });
});
