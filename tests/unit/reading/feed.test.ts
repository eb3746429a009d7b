import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { buildFeed, readingMonthUrl, siteRoot } from '../../../src/reading/index.ts';
import type { ReadingMonth } from '../../../src/shared/types.ts';

const MONTHS: ReadingMonth[] = [
  {
    month: '2026-09',
    intro: '<p>九月导读</p>',
    file: 'content/reading/2026-09.md',
    books: [{ title: '甲 & 乙', author: '张三', reason: '理由 <b>一</b>。', themes: ['si-feng'] }],
  },
  {
    month: '2026-11',
    intro: '',
    file: 'content/reading/2026-11.md',
    books: [
      { title: '丙', author: '李四', publisher: '某出版社', year: 2021, isbn: '9780306406157', reason: '理由二。', themes: [] },
      { title: '丁', author: '王五', reason: '理由三。', themes: ['san-ge-jie-he'] },
    ],
  },
  {
    month: '2026-10',
    intro: '',
    file: 'content/reading/2026-10.md',
    books: [{ title: '戊', author: '赵六', reason: '理由四。', themes: [] }],
  },
];

const OPTS = { siteUrl: 'https://example.org/', base: '/xuexi', title: '学习园地 · 每月荐书' };

interface AtomLink { '@_href': string; '@_rel'?: string }
interface AtomEntry {
  id: string;
  title: string;
  updated: string;
  link: AtomLink | AtomLink[];
  summary: string;
  content: { '#text': string; '@_type': string };
}

/** Parse the feed as XML, failing on anything that is not well-formed. */
function parseFeed(xml: string): { feed: { id: string; title: string; updated: string; author: { name: string }; link: AtomLink[]; entry: AtomEntry[] } } {
  assert.equal(XMLValidator.validate(xml), true);
  const parser = new XMLParser({ ignoreAttributes: false, isArray: (name) => name === 'entry' || name === 'link' });
  return parser.parse(xml);
}

describe('buildFeed', () => {
  it('is well-formed Atom with one entry per month, newest first, linking to the month pages', () => {
    const { feed } = parseFeed(buildFeed(MONTHS, OPTS));
    assert.equal(feed.title, '学习园地 · 每月荐书');
    assert.equal(feed.id, 'https://example.org/xuexi/reading/');
    assert.equal(feed.author.name, '学习园地 · 每月荐书');
    assert.deepEqual(
      feed.link.map((l) => [l['@_rel'], l['@_href']]),
      [['alternate', 'https://example.org/xuexi/reading/'], ['self', 'https://example.org/xuexi/reading/feed.xml']],
    );
    assert.equal(feed.entry.length, 3);
    assert.deepEqual(feed.entry.map((e) => e.title), ['2026年11月推荐书目', '2026年10月推荐书目', '2026年9月推荐书目']);
    for (const [i, month] of ['2026-11', '2026-10', '2026-09'].entries()) {
      const entry = feed.entry[i] as AtomEntry;
      const url = `https://example.org/xuexi/reading/${month}/`;
      assert.equal(entry.id, url);
      assert.deepEqual([entry.link].flat().map((l) => l['@_href']), [url]);
      assert.equal(entry.updated, `${month}-01T00:00:00+08:00`);
    }
  });

  it('dates the feed from its newest month, not from the clock', () => {
    const { feed } = parseFeed(buildFeed(MONTHS, OPTS));
    assert.equal(feed.updated, '2026-11-01T00:00:00+08:00');
  });

  it('is byte-for-byte the same for the same months in any order', () => {
    const a = buildFeed(MONTHS, OPTS);
    const b = buildFeed([...MONTHS].reverse(), OPTS);
    assert.equal(a, b);
    assert.equal(buildFeed(MONTHS, OPTS), a);
  });

  it('lists every book in the entry content, escaped once for XML', () => {
    const { feed } = parseFeed(buildFeed(MONTHS, OPTS));
    const september = feed.entry[2] as AtomEntry;
    assert.equal(september.content['@_type'], 'html');
    // After XML decoding, the content is HTML in which the book's own text is still escaped.
    assert.match(september.content['#text'], /^<p>九月导读<\/p><ol><li>/);
    assert.match(september.content['#text'], /《甲 &amp; 乙》/);
    assert.match(september.content['#text'], /理由 &lt;b&gt;一&lt;\/b&gt;。/);
    const november = feed.entry[0] as AtomEntry;
    assert.match(november.content['#text'], /《丙》.*李四；某出版社，2021年；ISBN 9780306406157.*《丁》/);
    assert.equal(november.summary, '《丙》《丁》');
  });

  it('takes an explicit updated (date or timestamp) and rejects anything else', () => {
    assert.equal(parseFeed(buildFeed(MONTHS, { ...OPTS, updated: '2026-11-15' })).feed.updated, '2026-11-15T00:00:00+08:00');
    assert.equal(parseFeed(buildFeed(MONTHS, { ...OPTS, updated: '2026-11-15T08:00:00Z' })).feed.updated, '2026-11-15T08:00:00Z');
    assert.throws(() => buildFeed(MONTHS, { ...OPTS, updated: 'yesterday' }), TypeError);
  });

  it('is still a valid feed with no months', () => {
    const { feed } = parseFeed(buildFeed([], OPTS));
    assert.equal(feed.entry, undefined);
    assert.equal(feed.updated, '1970-01-01T00:00:00Z');
  });
});

describe('site URLs', () => {
  it('joins siteUrl and base with exactly one slash between parts', () => {
    assert.equal(siteRoot('https://example.org', '/'), 'https://example.org/');
    assert.equal(siteRoot('https://example.org/', ''), 'https://example.org/');
    assert.equal(siteRoot('https://example.org', 'xuexi'), 'https://example.org/xuexi/');
    assert.equal(siteRoot('https://example.org//', '/a/b/'), 'https://example.org/a/b/');
    assert.equal(readingMonthUrl('2026-09', 'https://example.org', '/'), 'https://example.org/reading/2026-09/');
  });

  it('refuses a site URL that is not absolute', () => {
    assert.throws(() => siteRoot('/xuexi', '/'), TypeError);
  });
});
