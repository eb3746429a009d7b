import { z } from 'zod';
import type { Frontmatter } from '../shared/frontmatter.ts';
import type { ContentIssue } from '../shared/types.ts';

/** An ASCII slug: lower-case letters and digits joined by single hyphens (no `/`, no `..`). */
export const SLUG_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

const DATE_PATTERN = /^(\d{4})-(\d{2})-(\d{2})$/;

/** Whether `text` is a real calendar date written as YYYY-MM-DD (`2026-02-30` is not). */
export function isIsoDate(text: string): boolean {
  const m = DATE_PATTERN.exec(text);
  if (!m) return false;
  const [year, month, day] = [Number(m[1]), Number(m[2]), Number(m[3])];
  if (month < 1 || month > 12 || day < 1) return false;
  // Day 0 of the next month is the last day of this one; UTC avoids time-zone shifts.
  return day <= new Date(Date.UTC(year, month, 0)).getUTCDate();
}

const required = (key: string) =>
  z
    .string({ error: (issue) => (issue.input === undefined ? `frontmatter 缺少 ${key}` : `${key} 必须是文本`) })
    .trim()
    .min(1, { error: `${key} 不能为空` });

const optional = (key: string) => z.string({ error: `${key} 必须是文本` }).trim().optional();

/** Frontmatter of a Markdown source (`content/sources/*.md`). Unknown keys are ignored. */
export const sourceFrontmatterSchema = z.object({
  title: required('title'),
  date: z
    .string({ error: (issue) => (issue.input === undefined ? 'frontmatter 缺少 date' : 'date 必须是 YYYY-MM-DD 格式的真实日期') })
    .refine(isIsoDate, { error: 'date 必须是 YYYY-MM-DD 格式的真实日期' }),
  kind: required('kind'),
  speaker: optional('speaker'),
  organization: optional('organization'),
  origin: optional('origin'),
  slug: z
    .string({ error: 'slug 必须是文本' })
    .regex(SLUG_PATTERN, { error: 'slug 只能由小写字母、数字和单个连字符组成（如 jiguan-dangjian）' })
    .optional(),
  // Written by the importer for values it could not find or is unsure of; removed by the editor.
  review: z.array(z.string({ error: 'review 的每一项必须是文本' }), { error: 'review 必须是列表' }).optional(),
});

/** Validated source frontmatter; empty optional fields are left out. */
export type SourceFrontmatter = z.infer<typeof sourceFrontmatterSchema>;

/** Validate a source's parsed frontmatter; each issue points at the line of the offending key. */
export function validateSourceFrontmatter(
  file: string,
  frontmatter: Frontmatter,
): { value?: SourceFrontmatter; issues: ContentIssue[] } {
  const parsed = sourceFrontmatterSchema.safeParse(frontmatter.data);
  if (!parsed.success) {
    const issues = parsed.error.issues.map((issue) => ({
      file,
      line: frontmatter.lineOf(issue.path),
      message: issue.message,
    }));
    // In file order, as an editor reads them.
    return { issues: issues.sort((a, b) => a.line - b.line) };
  }
  const review = parsed.data.review ?? [];
  if (review.length > 0) {
    // A placeholder title or date would be published as if it were true: the source waits for the editor.
    const message = `导入时留下 ${review.length} 项需核对：${review.join('；')}。请改好这些字段后删去 review，再构建`;
    return { issues: [{ file, line: frontmatter.lineOf(['review']), message }] };
  }
  const value: SourceFrontmatter = { title: parsed.data.title, date: parsed.data.date, kind: parsed.data.kind };
  for (const key of ['speaker', 'organization', 'origin', 'slug'] as const) {
    const v = parsed.data[key];
    if (v) value[key] = v;
  }
  return { value, issues: [] };
}
