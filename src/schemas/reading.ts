import { z } from 'zod';
import { checkIsbn } from '../reading/isbn.ts';
import { isRealMonth } from '../reading/month.ts';

/**
 * Frontmatter of `content/reading/YYYY-MM.md`. The schema checks everything that can be
 * checked from the file alone; checks that need context (file name, known themes, duplicate
 * books, line numbers) live in `src/reading/parse.ts`. Messages are Chinese because authors
 * read them.
 */

/** The error for a field that is missing, empty (`key:` with no value) or of the wrong type. */
function fieldError(label: string, expected: string) {
  // Labels end in a Chinese gloss (`title（书名）`), so no space before the Chinese message.
  return (issue: { input?: unknown }): string => {
    if (issue.input === undefined) return `缺少 ${label}`;
    if (issue.input === null) return `${label}为空：请填写，或删除这一行`;
    return `${label}必须是${expected}`;
  };
}

/** A required piece of text that may not be blank. */
function requiredText(label: string) {
  return z
    .string({ error: fieldError(label, '文本') })
    .refine((value) => value.trim() !== '', { error: `${label}不能为空` });
}

/** An optional piece of text: absent is fine, blank is not (it would look like a mistake). */
function optionalText(label: string) {
  return requiredText(label).optional();
}

/** A theme id as written in `content/themes.yaml`. */
const themeIdSchema = z
  .string({ error: fieldError('themes 中的主题', '主题 id 文本（如 si-feng）') })
  .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, {
    error: (issue) => `主题 ${String(issue.input)} 格式不对：应为小写拼音 id，如 si-feng`,
  });

/** The ISBN as written; YAML reads an unquoted ISBN without hyphens as a number. */
const isbnSchema = z
  .union([z.string(), z.number().int().nonnegative()], {
    error: fieldError('isbn', '13 位数字的文本'),
  })
  .transform((value) => String(value))
  .superRefine((value, ctx) => {
    const check = checkIsbn(value);
    if (!check.ok) ctx.addIssue({ code: 'custom', message: check.message });
  });

/** One recommended book. */
export const readingBookSchema = z.strictObject(
  {
    title: requiredText('title（书名）').refine((title) => !/^《.*》$/.test(title.trim()), {
      error: 'title（书名）不要加书名号《》，页面会自动加上',
    }),
    author: requiredText('author（作者）'),
    publisher: optionalText('publisher（出版社）'),
    year: z
      .number({ error: fieldError('year（出版年份）', '四位数的年份，如 2021') })
      .int({ error: 'year（出版年份）必须是整数年份，如 2021' })
      .min(1000, { error: 'year（出版年份）必须是四位数的年份，如 2021' })
      .max(9999, { error: 'year（出版年份）必须是四位数的年份，如 2021' })
      .optional(),
    isbn: isbnSchema.optional(),
    reason: requiredText('reason（推荐理由）'),
    themes: z
      .array(themeIdSchema, { error: fieldError('themes（主题）', '主题 id 的列表') })
      .optional(),
  },
  { error: fieldError('书目', '包含 title、author、reason 等字段的条目') },
);

/** The frontmatter of one month's file. */
export const readingFrontmatterSchema = z.strictObject({
  month: z
    .string({ error: fieldError('month（月份）', 'YYYY-MM 格式的文本，如 2026-09') })
    .refine(isRealMonth, {
      error: (issue) => `month ${String(issue.input)} 不是真实的月份：应为 YYYY-MM，月份 01–12`,
    }),
  books: z
    .array(readingBookSchema, { error: fieldError('books（本月书目）', '书目列表') })
    .min(1, { error: 'books（本月书目）不能为空，至少推荐一本书' }),
});

/** Field names a book may have, for the message about an unknown field. */
export const READING_BOOK_FIELDS = Object.keys(readingBookSchema.shape);

/** Field names the frontmatter may have. */
export const READING_FRONTMATTER_FIELDS = Object.keys(readingFrontmatterSchema.shape);

/** A book as validated by the schema (before theme ids are checked against the taxonomy). */
export type ReadingBookInput = z.infer<typeof readingBookSchema>;

/** A month's frontmatter as validated by the schema. */
export type ReadingFrontmatter = z.infer<typeof readingFrontmatterSchema>;
