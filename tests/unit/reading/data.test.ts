import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { booksByTheme, buildReadingData } from '../../../src/reading/index.ts';
import type { Book, ReadingMonth } from '../../../src/shared/types.ts';

const book = (title: string, themes: string[]): Book => ({ title, author: '作者', reason: '理由。', themes });
const month = (m: string, books: Book[]): ReadingMonth => ({ month: m, intro: '<p>导读</p>', books, file: `content/reading/${m}.md` });

const MONTHS: ReadingMonth[] = [
  month('2026-09', [book('甲', ['si-feng']), book('乙', ['san-ge-jie-he', 'si-feng'])]),
  month('2026-11', [book('丙', ['si-feng']), book('丁', [])]),
  month('2026-10', [book('戊', ['san-ge-jie-he'])]),
];

describe('buildReadingData', () => {
  it('gives { month, books } newest first, without intro or file', () => {
    const data = buildReadingData(MONTHS);
    assert.deepEqual(data.map((d) => d.month), ['2026-11', '2026-10', '2026-09']);
    assert.deepEqual(Object.keys(data[0] ?? {}), ['month', 'books']);
    assert.deepEqual(data[2]?.books.map((b) => b.title), ['甲', '乙']);
  });

  it('does not reorder its input', () => {
    const input = [...MONTHS];
    buildReadingData(input);
    assert.deepEqual(input, MONTHS);
  });
});

describe('booksByTheme', () => {
  it('groups books by theme id, newest month first, month order within a month', () => {
    const grouped = booksByTheme(MONTHS);
    assert.deepEqual([...grouped.keys()], ['san-ge-jie-he', 'si-feng']);
    assert.deepEqual(
      grouped.get('si-feng')?.map(({ month: m, book: b }) => `${m} ${b.title}`),
      ['2026-11 丙', '2026-09 甲', '2026-09 乙'],
    );
    assert.deepEqual(
      grouped.get('san-ge-jie-he')?.map(({ month: m, book: b }) => `${m} ${b.title}`),
      ['2026-10 戊', '2026-09 乙'],
    );
  });

  it('hands back the same Book objects and leaves books without themes out', () => {
    const grouped = booksByTheme(MONTHS);
    assert.equal(grouped.get('si-feng')?.[0]?.book, MONTHS[1]?.books[0]);
    const all = [...grouped.values()].flat().map((entry) => entry.book.title);
    assert.ok(!all.includes('丁'));
  });

  it('does not depend on the order of its input', () => {
    const a = booksByTheme(MONTHS);
    const b = booksByTheme([...MONTHS].reverse());
    assert.deepEqual([...a.entries()], [...b.entries()]);
  });
});
