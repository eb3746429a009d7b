import assert from 'node:assert/strict';
import { readFileSync, writeFileSync } from 'node:fs';
import { describe, it } from 'node:test';
import { decodeReferences, documentText, normalizeContent, pageUrl, type DocumentText } from '../../../src/search/document-text.ts';
import { indexedPages } from '../../../src/search/indexed-pages.ts';
import { documentFixtures } from './document-fixtures.ts';

describe('documentText fixtures', () => {
  for (const f of documentFixtures()) {
    it(f.name, () => {
      const got = documentText(f.path, f.html);
      if (process.env.UPDATE) writeFileSync(f.expectedFile, `${JSON.stringify(got, null, 2)}\n`);
      const expected = JSON.parse(readFileSync(f.expectedFile, 'utf8')) as DocumentText;
      assert.deepEqual(got, expected);
    });
  }
});

describe('documentText', () => {
  const doc = (body: string) => `<html><body><main data-pagefind-body>${body}</main></body></html>`;

  it('keeps words of nested inline tags together and splits at blocks, line breaks and anchors', () => {
    const t = documentText('a/index.html', doc('<h1>题<em>目</em></h1><p>三<b>会<i>一</i></b>课</p><p>甲<br>乙<span id="x">丙</span></p>'));
    assert.equal(t.content, '题目. 三会一课. 甲 乙 丙.');
    assert.equal(t.title, '题目');
  });

  it('drops ignored parts but keeps the filters inside them, unless excluded with "all"', () => {
    const t = documentText('a/index.html', doc('<p>留</p><div data-pagefind-ignore><span data-pagefind-filter="k:in"></span>去</div><div data-pagefind-ignore="all"><span data-pagefind-filter="k:all"></span>去</div><nav>去</nav>'));
    assert.equal(t.content, '留.');
    assert.deepEqual(t.filters, { k: ['in'] });
  });

  it('indexes hidden elements (Pagefind does not look at `hidden`)', () => {
    assert.equal(documentText('a/index.html', doc('<span hidden>藏</span>')).content, '藏');
  });

  it('refuses markup whose end tags close other elements, rather than guess', () => {
    assert.throws(() => documentText('a/index.html', doc('<ul><li>一<li>二</li></ul>')), /a\/index\.html: 第 1 行：<\/ul> 之前有未闭合的 <li>/);
    assert.throws(() => documentText('a/index.html', '<html><body><p title="x>'), /没有结束的 >/);
  });

  it('ignores stray end tags', () => {
    assert.equal(documentText('a/index.html', doc('<p>一</p></div><p>二</p>')).content, '一. 二.');
  });
});

describe('decodeReferences', () => {
  const cases: [string, string][] = [
    ['&amp;&lt;&gt;&quot;&apos;', `&<>"'`],
    ['&nbsp;&copy;&Aacute;&fjlig;&NotEqualTilde;', '\u00a0©Áfj\u2242\u0338'],
    ['&#65;&#x42;&#X43;&#x0044;&#0000069;&#x1F600;', 'ABCDE😀'],
    ['&#9;&#10;&#12;&#13;&#x7F;&#x80;&#xFFFF;', '\t\n\f\r\u007f\u0080\uffff'],
    // Not references: no semicolon, unknown or wrong-case names, NUL and C0 controls, surrogates, out of range, signs.
    ['&amp &Amp; &ampx; &#0; &#1; &#11; &#xD800; &#x110000; &#12345678901; &#+68; &#x+45; &#; &#x; &;', '&amp &Amp; &ampx; &#0; &#1; &#11; &#xD800; &#x110000; &#12345678901; &#+68; &#x+45; &#; &#x; &;'],
    // A broken reference ends where it breaks; the next `&` starts again.
    ['&#65 x &#&#65; &a&amp;b &foo bar; a&b;c', '&#65 x &#A &a&b &foo bar; a&b;c'],
    // One pass: the `&` a reference yields starts nothing.
    ['&amp;amp; &#38;#65;', '&amp; &#65;'],
  ];
  for (const [input, expected] of cases) it(JSON.stringify(input), () => assert.equal(decodeReferences(input), expected));
});

describe('normalizeContent', () => {
  it('decodes, trims and collapses runs of whitespace as Pagefind does', () => {
    assert.equal(normalizeContent('  a&amp;b\n\n c \u3000 d\te  '), 'a&b c d\te');
    assert.equal(normalizeContent('x\u00a0y'), 'x\u00a0y');
  });
});

describe('pageUrl', () => {
  it('turns a page file into its URL', () => {
    assert.equal(pageUrl('lessons/a/index.html'), '/lessons/a/');
    assert.equal(pageUrl('index.html'), '/');
    assert.equal(pageUrl('a/b.html'), '/a/b.html');
  });
  it('refuses paths Pagefind would read differently', () => {
    for (const p of ['', '/a/index.html', 'a//index.html', './a.html', 'a/../b.html', 'a\\b.html']) assert.throws(() => pageUrl(p), /搜索文档路径无效/, p);
  });
});

describe('indexedPages', () => {
  const text = (url: string, content: string, hasBody = true): DocumentText => ({ url, content, title: '', filters: {}, hasBody });

  it('orders pages by URL and keeps only those Pagefind indexes', () => {
    const pages = indexedPages([text('/b/', '乙'), text('/a/', '甲'), text('/c/', '。 “”&'), text('/d/', 'x', false), text('/e/', '①'), text('/f/', '😀'), text('/g/', '\u0345')]);
    assert.deepEqual(
      pages.map((p) => p.url),
      ['/a/', '/b/', '/e/', '/f/', '/g/'],
    );
  });

  it('keeps pages without a body when no page has one', () => {
    assert.deepEqual(
      indexedPages([text('/b/', '乙', false), text('/a/', '甲', false)]).map((p) => p.url),
      ['/a/', '/b/'],
    );
  });

  it('refuses two documents at one URL', () => {
    assert.throws(() => indexedPages([text('/a/', '甲'), text('/a/', '乙')]), /两个搜索文档的网址都是 \/a\//);
  });
});
