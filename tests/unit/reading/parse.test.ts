import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { parseReadingFile, parseReadingFiles } from '../../../src/reading/index.ts';
import type { ContentIssue } from '../../../src/shared/types.ts';

const FILE = 'content/reading/2026-09.md';
const THEMES = new Set(['si-feng', 'san-ge-jie-he']);

/** Join lines so each test can count them; line 1 is the first element. */
const md = (...lines: string[]): string => `${lines.join('\n')}\n`;

/** The single issue of a parse, failing if there are none or several. */
function onlyIssue(text: string, file = FILE): ContentIssue {
  const { month, issues } = parseReadingFile(file, text, THEMES);
  assert.equal(month, undefined, 'an invalid file must not yield a month');
  assert.equal(issues.length, 1, `expected one issue, got: ${JSON.stringify(issues, null, 2)}`);
  return issues[0] as ContentIssue;
}

/** Assert the issue points at `file:line` and its message matches. */
function assertIssue(issue: ContentIssue, line: number, pattern: RegExp, file = FILE): void {
  assert.equal(issue.file, file);
  assert.equal(issue.line, line, `wrong line for: ${issue.message}`);
  assert.match(issue.message, pattern);
}

const GOOD_BOOK = ['  - title: 测试图书甲', '    author: 张三', '    reason: 值得一读。'];

describe('parseReadingFile: valid content', () => {
  it('parses a month with every field and keeps optional fields only when present', () => {
    const text = md(
      '---',
      'month: 2026-09',
      'books:',
      '  - title: 测试图书甲',
      '    author: 张三',
      '    publisher: 测试出版社',
      '    year: 2021',
      '    isbn: 978-0-306-40615-7',
      '    reason: 值得一读。',
      '    themes: [si-feng, san-ge-jie-he]',
      '  - title: 测试图书乙',
      '    author: 李四',
      '    reason: 也值得一读。',
      '---',
      '',
      '本月**导读**。',
    );
    const { month, issues } = parseReadingFile(FILE, text, THEMES);
    assert.deepEqual(issues, []);
    assert.deepEqual(month, {
      month: '2026-09',
      intro: '<p>本月<strong>导读</strong>。</p>',
      file: FILE,
      books: [
        {
          title: '测试图书甲',
          author: '张三',
          publisher: '测试出版社',
          year: 2021,
          isbn: '978-0-306-40615-7',
          reason: '值得一读。',
          themes: ['si-feng', 'san-ge-jie-he'],
        },
        { title: '测试图书乙', author: '李四', reason: '也值得一读。', themes: [] },
      ],
    });
  });

  it('accepts an ISBN written with spaces, or unquoted as a number', () => {
    const text = md(
      '---', 'month: 2026-09', 'books:',
      '  - title: 甲', '    author: 张三', '    reason: 好。', '    isbn: 978 0 306 40615 7',
      '  - title: 乙', '    author: 李四', '    reason: 好。', '    isbn: 9787500600008',
      '---',
    );
    const { month, issues } = parseReadingFile(FILE, text, THEMES);
    assert.deepEqual(issues, []);
    assert.deepEqual(month?.books.map((b) => b.isbn), ['978 0 306 40615 7', '9787500600008']);
  });

  it('accepts a BOM, CRLF line ends and an empty body', () => {
    const text = `\uFEFF${md('---', 'month: 2026-09', 'books:', ...GOOD_BOOK, '---')}`.replace(/\n/g, '\r\n');
    const { month, issues } = parseReadingFile(FILE, text, THEMES);
    assert.deepEqual(issues, []);
    assert.equal(month?.intro, '');
  });
});

describe('parseReadingFile: each problem names the file and the line', () => {
  it('month 2026-13 is not a real month', () => {
    const issue = onlyIssue(md('---', 'month: 2026-13', 'books:', ...GOOD_BOOK, '---'));
    assertIssue(issue, 2, /2026-13.*不是真实的月份/);
  });

  it('a month in the wrong shape (2026-9) is not a real month', () => {
    const issue = onlyIssue(md('---', 'books:', ...GOOD_BOOK, "month: '2026-9'", '---'));
    assertIssue(issue, 6, /不是真实的月份/);
  });

  it('month differs from the file name', () => {
    const issue = onlyIssue(md('---', 'books:', ...GOOD_BOOK, 'month: 2026-10', '---'));
    assertIssue(issue, 6, /2026-10.*2026-09\.md.*一致/);
  });

  it('a file name that is not YYYY-MM.md', () => {
    const file = 'content/reading/september.md';
    const issue = onlyIssue(md('---', 'month: 2026-09', 'books:', ...GOOD_BOOK, '---'), file);
    assertIssue(issue, 1, /文件名必须是 YYYY-MM\.md/, file);
  });

  it('month is missing', () => {
    const issue = onlyIssue(md('---', 'books:', ...GOOD_BOOK, '---'));
    assertIssue(issue, 2, /缺少 month/);
  });

  it('a book without title', () => {
    const issue = onlyIssue(
      md('---', 'month: 2026-09', 'books:', ...GOOD_BOOK, '  - author: 李四', '    reason: 好。', '---'),
    );
    assertIssue(issue, 7, /第 2 本书：缺少 title（书名）/);
  });

  it('a book without author', () => {
    const issue = onlyIssue(
      md('---', 'month: 2026-09', 'books:', ...GOOD_BOOK, '  - title: 乙', '    reason: 好。', '---'),
    );
    assertIssue(issue, 7, /第 2 本书《乙》：缺少 author（作者）/);
  });

  it('a book without reason', () => {
    const issue = onlyIssue(
      md('---', 'month: 2026-09', 'books:', '  - title: 乙', '    author: 李四', ...GOOD_BOOK, '---'),
    );
    assertIssue(issue, 4, /第 1 本书《乙》：缺少 reason（推荐理由）/);
  });

  it('a reason left empty points at its own line', () => {
    const issue = onlyIssue(
      md('---', 'month: 2026-09', 'books:', '  - title: 乙', '    author: 李四', '    reason:', '---'),
    );
    assertIssue(issue, 6, /reason（推荐理由）为空/);
  });

  it('a blank title is as bad as a missing one', () => {
    const issue = onlyIssue(
      md('---', 'month: 2026-09', 'books:', "  - title: '  '", '    author: 李四', '    reason: 好。', '---'),
    );
    assertIssue(issue, 4, /title（书名）不能为空/);
  });

  it('an ISBN-13 with a wrong check digit', () => {
    const issue = onlyIssue(
      md('---', 'month: 2026-09', 'books:', ...GOOD_BOOK, '    isbn: 978-0-306-40615-8', '---'),
    );
    assertIssue(issue, 7, /ISBN 978-0-306-40615-8 校验位错误：最后一位应为 7/);
  });

  it('a valid ISBN-10 is rejected with its ISBN-13 equivalent', () => {
    const issue = onlyIssue(md('---', 'month: 2026-09', 'books:', ...GOOD_BOOK, '    isbn: 0-306-40615-2', '---'));
    assertIssue(issue, 7, /ISBN-10.*9780306406157/);
  });

  it('an ISBN of the wrong length', () => {
    const issue = onlyIssue(md('---', 'month: 2026-09', 'books:', ...GOOD_BOOK, '    isbn: 978-7-01', '---'));
    assertIssue(issue, 7, /应为 13 位数字/);
  });

  it('a theme that does not exist points at the theme', () => {
    const issue = onlyIssue(
      md('---', 'month: 2026-09', 'books:', ...GOOD_BOOK, '    themes:', '      - si-feng', '      - wu-feng', '---'),
    );
    assertIssue(issue, 9, /主题 wu-feng 不存在/);
  });

  it('the same book twice (same ISBN, different title)', () => {
    const issue = onlyIssue(
      md(
        '---', 'month: 2026-09', 'books:',
        '  - title: 甲', '    author: 张三', '    reason: 好。', '    isbn: 9780306406157',
        '  - title: 甲（修订版）', '    author: 张三', '    reason: 好。', '    isbn: 978-0-306-40615-7',
        '---',
      ),
    );
    assertIssue(issue, 8, /与第 1 本书（第 4 行）重复：ISBN 相同/);
  });

  it('the same book twice (same title and author once normalised)', () => {
    const issue = onlyIssue(
      md(
        '---', 'month: 2026-09', 'books:',
        '  - title: 红岩', '    author: 罗广斌、杨益言', '    reason: 好。',
        '  - title: 红 岩', '    author: 罗广斌 杨益言', '    reason: 再读。',
        '---',
      ),
    );
    assertIssue(issue, 7, /第 2 本书《红 岩》：与第 1 本书（第 4 行）重复：书名和作者相同/);
  });

  it('broken YAML', () => {
    const issue = onlyIssue(md('---', 'month: 2026-09', 'books:', '  - title: [甲', '    author: 张三', '---'));
    // yaml notices the unclosed `[` of line 4 on the next line, and the message says so.
    assertIssue(issue, 5, /^YAML 格式错误：缩进不对或括号没有闭合，问题可能在这一行或上一行/);
  });

  it('tabs used as indentation are broken YAML', () => {
    const issue = onlyIssue(md('---', 'month: 2026-09', 'books:', '  - title: 甲', '\tauthor: 张三', '---'));
    assertIssue(issue, 5, /^YAML 格式错误：/);
  });

  it('a duplicated key is broken YAML at the second key', () => {
    const issue = onlyIssue(md('---', 'month: 2026-09', 'month: 2026-09', 'books:', ...GOOD_BOOK, '---'));
    assertIssue(issue, 3, /YAML 格式错误：同一层级的字段重复了（Map keys must be unique）/);
  });

  it('missing frontmatter', () => {
    const issue = onlyIssue(md('# 九月书目', '', '没有 frontmatter。'));
    assertIssue(issue, 1, /缺少 frontmatter/);
  });

  it('frontmatter that is never closed', () => {
    const issue = onlyIssue(md('---', 'month: 2026-09', 'books: []'));
    assertIssue(issue, 1, /frontmatter 没有结束/);
  });

  it('frontmatter that is not a mapping', () => {
    const issue = onlyIssue(md('---', '- 2026-09', '---'));
    assertIssue(issue, 2, /必须是键值对/);
  });

  it('an empty book list', () => {
    const issue = onlyIssue(md('---', 'month: 2026-09', 'books: []', '---'));
    assertIssue(issue, 3, /books（本月书目）不能为空/);
  });

  it('an unknown field is reported, not silently dropped', () => {
    const issue = onlyIssue(md('---', 'month: 2026-09', 'books:', ...GOOD_BOOK, '    autor: 王五', '---'));
    assertIssue(issue, 7, /未知字段 autor/);
  });

  it('a title wrapped in 书名号', () => {
    const issue = onlyIssue(md('---', 'month: 2026-09', 'books:', '  - title: 《红岩》', '    author: 罗广斌', '    reason: 好。', '---'));
    assertIssue(issue, 4, /不要加书名号/);
  });

  it('a year that is not a four-digit number', () => {
    const issue = onlyIssue(md('---', 'month: 2026-09', 'books:', ...GOOD_BOOK, '    year: 二〇二一', '---'));
    assertIssue(issue, 7, /year（出版年份）必须是四位数的年份/);
  });

  it('reports every problem of a file, in line order', () => {
    const { month, issues } = parseReadingFile(
      FILE,
      md(
        '---', 'month: 2026-13', 'books:',
        '  - title: 甲', '    author: 张三', '    isbn: 978-0-306-40615-0',
        '  - author: 李四', '    reason: 好。', '    themes: [nope]',
        '---',
      ),
      THEMES,
    );
    assert.equal(month, undefined);
    assert.deepEqual(
      issues.map((i) => [i.line, i.message.replace(/：.*$/, '')]),
      [
        [2, 'month 2026-13 不是真实的月份'],
        [4, '第 1 本书《甲》'],
        [6, '第 1 本书《甲》'],
        [7, '第 2 本书'],
        [9, '第 2 本书'],
      ],
    );
  });
});

describe('parseReadingFiles', () => {
  it('returns valid months newest first and collects every issue', () => {
    const month = (m: string): string => md('---', `month: ${m}`, 'books:', ...GOOD_BOOK, '---');
    const { months, issues } = parseReadingFiles(
      [
        { file: 'content/reading/2026-09.md', text: month('2026-09') },
        { file: 'content/reading/2026-11.md', text: month('2026-11') },
        { file: 'content/reading/2026-10.md', text: month('2026-12') },
      ],
      THEMES,
    );
    assert.deepEqual(months.map((m) => m.month), ['2026-11', '2026-09']);
    assert.equal(issues.length, 1);
    assertIssue(issues[0] as ContentIssue, 2, /2026-12.*2026-10\.md/, 'content/reading/2026-10.md');
  });

  it('reports two files for the same month', () => {
    const text = md('---', 'month: 2026-09', 'books:', ...GOOD_BOOK, '---');
    const { months, issues } = parseReadingFiles(
      [
        { file: 'content/reading/2026-09.md', text },
        { file: 'other/2026-09.md', text },
      ],
      THEMES,
    );
    assert.equal(months.length, 1);
    assertIssue(issues[0] as ContentIssue, 1, /已在 content\/reading\/2026-09\.md 中给出/, 'other/2026-09.md');
  });
});
