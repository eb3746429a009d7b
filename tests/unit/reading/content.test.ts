import assert from 'node:assert/strict';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { XMLValidator } from 'fast-xml-parser';
import { parse } from 'yaml';
import { booksByTheme, buildFeed, parseReadingFiles } from '../../../src/reading/index.ts';

/** The shipped reading lists (`content/reading/*.md`) must pass the same checks as any content. */
const CONTENT = join(import.meta.dirname, '../../../content');

/** Theme ids of content/themes.yaml once it exists; the two it is guaranteed to hold meanwhile. */
function themeIds(): Set<string> {
  const ids = new Set(['si-feng', 'san-ge-jie-he']);
  const file = join(CONTENT, 'themes.yaml');
  if (!existsSync(file)) return ids;
  const themes: unknown = parse(readFileSync(file, 'utf8'));
  if (Array.isArray(themes)) {
    for (const theme of themes) {
      if (theme && typeof theme === 'object' && typeof (theme as { id?: unknown }).id === 'string') {
        ids.add((theme as { id: string }).id);
      }
    }
  }
  return ids;
}

describe('content/reading', () => {
  const dir = join(CONTENT, 'reading');
  const files = readdirSync(dir)
    .filter((name) => name.endsWith('.md'))
    .sort()
    .map((name) => ({ file: `content/reading/${name}`, text: readFileSync(join(dir, name), 'utf8') }));
  const { months, issues } = parseReadingFiles(files, themeIds());

  it('has no content issues', () => {
    assert.deepEqual(issues, []);
  });

  it('ships at least 2026-09, 2026-10 and 2026-11, with 4–6 books each', () => {
    const names = months.map((m) => m.month);
    for (const month of ['2026-09', '2026-10', '2026-11']) assert.ok(names.includes(month), month);
    for (const month of months) {
      assert.ok(month.books.length >= 4 && month.books.length <= 6, `${month.month}: ${month.books.length} books`);
    }
  });

  it('gives every book a reason of one to three sentences', () => {
    for (const { month, books } of months) {
      for (const book of books) {
        const sentences = book.reason.split(/[。！？]/).filter((part) => part.trim() !== '').length;
        assert.ok(sentences >= 1 && sentences <= 3, `${month} 《${book.title}》: ${sentences} sentences`);
        assert.match(book.reason, /[。！？]$/, `${month} 《${book.title}》 reason should end a sentence`);
      }
    }
  });

  it('tags some books with the configured themes', () => {
    const grouped = booksByTheme(months);
    assert.ok((grouped.get('si-feng')?.length ?? 0) > 0);
    assert.ok((grouped.get('san-ge-jie-he')?.length ?? 0) > 0);
  });

  it('makes a well-formed feed', () => {
    const xml = buildFeed(months, { siteUrl: 'https://example.org', base: '/', title: '学习园地' });
    assert.equal(XMLValidator.validate(xml), true);
    assert.equal(xml.match(/<entry>/g)?.length, months.length);
  });
});
