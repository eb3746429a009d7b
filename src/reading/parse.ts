import { LineCounter, parseDocument, type YAMLError } from 'yaml';
import type { ZodIssue } from 'zod';
import {
  READING_BOOK_FIELDS,
  READING_FRONTMATTER_FIELDS,
  readingFrontmatterSchema,
  type ReadingBookInput,
} from '../schemas/reading.ts';
import type { Book, ContentIssue, ReadingMonth } from '../shared/types.ts';
import { bookIdentityKeys } from './book-identity.ts';
import { splitFrontmatter } from './frontmatter.ts';
import { renderIntro } from './intro.ts';
import { compareMonthsNewestFirst, isRealMonth } from './month.ts';
import { lineOfPath } from './yaml-lines.ts';

/** Chinese explanations of the YAML mistakes authors make most; yaml's own text follows. */
const YAML_HINTS: Partial<Record<YAMLError['code'], string>> = {
  DUPLICATE_KEY: '同一层级的字段重复了',
  TAB_AS_INDENT: '不能用 Tab 缩进，请改用空格',
  MISSING_CHAR: '缺少配对的引号或括号，问题可能在这一行或上一行',
  BAD_INDENT: '缩进不对或括号没有闭合，问题可能在这一行或上一行',
  BLOCK_AS_IMPLICIT_KEY: '一行里出现了两个“键: 值”，值里含英文冒号时请给值加引号',
  MULTILINE_IMPLICIT_KEY: '字段名必须写在一行里',
};

/** The result of reading one month's file: the month when it is valid, and every problem. */
export interface ParsedReadingFile {
  /** Present only when `issues` is empty, so bad content never reaches the build. */
  month?: ReadingMonth;
  issues: ContentIssue[];
}

/** `content/reading/2026-09.md` → `2026-09`; undefined when the name is not a month. */
function monthFromFileName(file: string): string | undefined {
  const name = /[^/\\]*$/.exec(file)?.[0] ?? file;
  const match = /^(\d{4}-\d{2})\.md$/i.exec(name);
  return match?.[1];
}

/**
 * Parse and validate `content/reading/YYYY-MM.md`. Every problem is reported (not just the
 * first) as `file:line: message` data with the line of the offending key or book.
 * `themeIds` are the ids of `content/themes.yaml` plus the detected themes.
 */
export function parseReadingFile(
  file: string,
  text: string,
  themeIds: ReadonlySet<string>,
): ParsedReadingFile {
  const issues: ContentIssue[] = [];
  const report = (line: number, message: string): void => {
    issues.push({ file, line, message });
  };

  const split = splitFrontmatter(text);
  if ('error' in split) {
    report(
      split.line,
      split.error === 'missing'
        ? '缺少 frontmatter：文件必须以 --- 开头，写明 month 和 books，再以 --- 结束'
        : 'frontmatter 没有结束：缺少结尾的 --- 行',
    );
    return { issues };
  }
  const toFileLine = (yamlLine: number): number => yamlLine + split.yamlLine - 1;

  const lineCounter = new LineCounter();
  const doc = parseDocument(split.yaml, { lineCounter, prettyErrors: true, uniqueKeys: true });
  const yamlProblems = [...doc.errors, ...doc.warnings];
  if (yamlProblems.length > 0) {
    const reportedLines = new Set<number>();
    for (const problem of yamlProblems) {
      const line = toFileLine(problem.linePos?.[0].line ?? lineCounter.linePos(problem.pos[0]).line);
      // One mistake often trips several follow-on errors on the same line; the first says most.
      if (reportedLines.has(line)) continue;
      reportedLines.add(line);
      const detail = (problem.message.split('\n')[0] ?? '').replace(/ at line \d+, column \d+:?$/, '');
      const hint = YAML_HINTS[problem.code];
      report(line, `YAML 格式错误：${hint ? `${hint}（${detail}）` : detail}`);
    }
    return { issues };
  }

  const lineOf = (path: readonly PropertyKey[]): number =>
    toFileLine(lineOfPath(doc, lineCounter, path));

  const data: unknown = doc.toJS();
  if (data === null || typeof data !== 'object' || Array.isArray(data)) {
    report(split.yamlLine, 'frontmatter 必须是键值对，至少包含 month 和 books');
    return { issues };
  }

  const result = readingFrontmatterSchema.safeParse(data);
  if (!result.success) {
    for (const issue of result.error.issues) {
      reportSchemaIssue(issue, data, lineOf, report);
    }
    // Context checks below still run on the parts that are well-formed, so one run lists
    // every problem in the file.
  }

  const rawMonth = (data as { month?: unknown }).month;
  const fileMonth = monthFromFileName(file);
  if (fileMonth === undefined) {
    report(1, '文件名必须是 YYYY-MM.md（如 2026-09.md），与 month 一致');
  } else if (typeof rawMonth === 'string' && isRealMonth(rawMonth) && rawMonth !== fileMonth) {
    report(lineOf(['month']), `month 是 ${rawMonth}，但文件名是 ${fileMonth}.md：两者必须一致`);
  }

  const rawBooks = (data as { books?: unknown }).books;
  if (Array.isArray(rawBooks)) checkBooksInContext(rawBooks, themeIds, lineOf, report);

  // Report in file order, whichever check found the problem.
  issues.sort((a, b) => (a.line ?? 0) - (b.line ?? 0));
  if (issues.length > 0 || !result.success) return { issues };

  const books = result.data.books.map(toBook);
  return {
    month: { month: result.data.month, intro: renderIntro(split.body), books, file },
    issues,
  };
}

/** Turn a schema issue into a located, Chinese `ContentIssue`. */
function reportSchemaIssue(
  issue: ZodIssue,
  data: object,
  lineOf: (path: readonly PropertyKey[]) => number,
  report: (line: number, message: string) => void,
): void {
  const prefix = bookPrefix(issue.path, data);
  if (issue.code === 'unrecognized_keys') {
    const inBook = prefix !== '';
    const allowed = (inBook ? READING_BOOK_FIELDS : READING_FRONTMATTER_FIELDS).join('、');
    for (const key of issue.keys) {
      report(lineOf([...issue.path, key]), `${prefix}未知字段 ${key}（可用字段：${allowed}）`);
    }
    return;
  }
  report(lineOf(issue.path), `${prefix}${issue.message}`);
}

/** `第 2 本书《红岩》：` for a path inside `books`, '' otherwise. */
function bookPrefix(path: readonly PropertyKey[], data: object): string {
  if (path[0] !== 'books' || typeof path[1] !== 'number') return '';
  const books = (data as { books?: unknown }).books;
  const book: unknown = Array.isArray(books) ? books[path[1]] : undefined;
  const title =
    book !== null && typeof book === 'object' && typeof (book as { title?: unknown }).title === 'string'
      ? (book as { title: string }).title.trim()
      : '';
  return `第 ${path[1] + 1} 本书${title ? `《${title.replace(/^《|》$/g, '')}》` : ''}：`;
}

/** Checks that need more than one book or the theme taxonomy: unknown themes and duplicates. */
function checkBooksInContext(
  books: readonly unknown[],
  themeIds: ReadonlySet<string>,
  lineOf: (path: readonly PropertyKey[]) => number,
  report: (line: number, message: string) => void,
): void {
  const seenIsbn = new Map<string, number>();
  const seenTitleAuthor = new Map<string, number>();
  books.forEach((book, index) => {
    if (book === null || typeof book !== 'object' || Array.isArray(book)) return;
    const { title, author, isbn, themes } = book as Record<string, unknown>;
    const prefix = bookPrefix(['books', index], { books });

    if (Array.isArray(themes)) {
      const seenThemes = new Set<string>();
      themes.forEach((theme, themeIndex) => {
        if (typeof theme !== 'string') return;
        const line = lineOf(['books', index, 'themes', themeIndex]);
        if (seenThemes.has(theme)) {
          report(line, `${prefix}主题 ${theme} 重复`);
        } else if (!themeIds.has(theme)) {
          report(line, `${prefix}主题 ${theme} 不存在：content/themes.yaml 和检测到的主题里都没有这个 id`);
        }
        seenThemes.add(theme);
      });
    }

    if (typeof title !== 'string' || typeof author !== 'string') return;
    if (title.trim() === '' || author.trim() === '') return;
    const keys = bookIdentityKeys({
      title,
      author,
      isbn: typeof isbn === 'string' || typeof isbn === 'number' ? String(isbn) : undefined,
    });
    const line = lineOf(['books', index]);
    const sameIsbn = keys.isbn === undefined ? undefined : seenIsbn.get(keys.isbn);
    const sameTitle = seenTitleAuthor.get(keys.titleAuthor);
    if (sameIsbn !== undefined) {
      report(line, `${prefix}与第 ${sameIsbn + 1} 本书（第 ${lineOf(['books', sameIsbn])} 行）重复：ISBN 相同`);
    } else if (sameTitle !== undefined) {
      report(line, `${prefix}与第 ${sameTitle + 1} 本书（第 ${lineOf(['books', sameTitle])} 行）重复：书名和作者相同`);
    }
    if (keys.isbn !== undefined && !seenIsbn.has(keys.isbn)) seenIsbn.set(keys.isbn, index);
    if (!seenTitleAuthor.has(keys.titleAuthor)) seenTitleAuthor.set(keys.titleAuthor, index);
  });
}

/** A schema-valid book as the shared `Book` type, optional fields only when present, in the
 * order of the `Book` interface so `reading.json` reads naturally. */
function toBook(input: ReadingBookInput): Book {
  return {
    title: input.title,
    author: input.author,
    ...(input.publisher !== undefined && { publisher: input.publisher }),
    ...(input.year !== undefined && { year: input.year }),
    ...(input.isbn !== undefined && { isbn: input.isbn }),
    reason: input.reason,
    themes: input.themes ?? [],
  };
}

/** A content file handed to `parseReadingFiles`. */
export interface ReadingSourceFile {
  /** Path relative to the project (used in messages), e.g. `content/reading/2026-09.md`. */
  file: string;
  text: string;
}

/**
 * Parse every month's file; also reports two files for the same month. Months come back
 * newest first; files with problems are left out of `months` and listed in `issues`.
 */
export function parseReadingFiles(
  files: readonly ReadingSourceFile[],
  themeIds: ReadonlySet<string>,
): { months: ReadingMonth[]; issues: ContentIssue[] } {
  const months: ReadingMonth[] = [];
  const issues: ContentIssue[] = [];
  const byMonth = new Map<string, string>();
  for (const { file, text } of files) {
    const parsed = parseReadingFile(file, text, themeIds);
    issues.push(...parsed.issues);
    if (!parsed.month) continue;
    const other = byMonth.get(parsed.month.month);
    if (other !== undefined) {
      issues.push({ file, line: 1, message: `${parsed.month.month} 的书目已在 ${other} 中给出，每个月只能有一个文件` });
      continue;
    }
    byMonth.set(parsed.month.month, file);
    months.push(parsed.month);
  }
  months.sort((a, b) => compareMonthsNewestFirst(a.month, b.month));
  return { months, issues };
}
