import { parseFrontmatter } from '../shared/frontmatter.ts';
import type { ContentIssue, Doc, SourceMeta } from '../shared/types.ts';
import { validateSourceFrontmatter } from '../schemas/source.ts';
import { buildDoc } from './build-doc.ts';
import { findDeepNesting, MAX_NESTING } from './nesting-depth.ts';
import { outline } from './outline.ts';
import { parseBlocks } from './parse-blocks.ts';
import { sourceId } from './source-id.ts';

/** A structured source, or the reasons it could not be structured. */
export interface StructureResult {
  /** Set unless the frontmatter or the body is unusable. */
  doc?: Doc;
  /** Content errors as `file:line: message`; any issue fails `npm run check`. */
  issues: ContentIssue[];
}

/**
 * Turn a Markdown source (frontmatter + body) into a `Doc`: sections from `#` headings or from
 * numbered paragraphs, paragraphs with plain text and sanitised HTML, the opening and closing
 * remarks, and each section's inline enumerations as points. Never throws on bad content.
 *
 * @param file path of the source as shown in messages (e.g. `content/sources/a.md`)
 */
export function structureSource(file: string, markdown: string): StructureResult {
  // Line endings are not content; micromark and the line counting below agree on `\n`.
  const text = markdown.includes('\r') ? markdown.replace(/\r\n?/g, '\n') : markdown;
  const frontmatter = parseFrontmatter(file, text);
  const issues: ContentIssue[] = [...frontmatter.issues];
  const validated =
    frontmatter.issues.length > 0
      ? { issues: [] }
      : frontmatter.present
        ? validateSourceFrontmatter(file, frontmatter)
        : { issues: [{ file, line: 1, message: '缺少 frontmatter：文件开头需要 --- 之间的 title、date、kind' }] };
  issues.push(...validated.issues);

  const deep = findDeepNesting(frontmatter.body);
  if (deep !== null) {
    issues.push({ file, line: deep + frontmatter.bodyLine - 1, message: `列表或引用嵌套超过 ${MAX_NESTING} 层，无法可靠解析；请减少嵌套层级` });
  }
  if (!('value' in validated) || !validated.value || deep !== null) return { issues };

  const fm = validated.value;
  const meta: SourceMeta = { id: sourceId(file, fm.title, fm.slug), title: fm.title, date: fm.date, kind: fm.kind, file };
  if (fm.speaker) meta.speaker = fm.speaker;
  if (fm.organization) meta.organization = fm.organization;
  if (fm.origin) meta.origin = fm.origin;

  const flat = parseBlocks(frontmatter.body, frontmatter.bodyLine);
  const doc = buildDoc(meta, outline(flat, fm.title), flat.definitions);
  if (doc.paragraphs.length === 0 && doc.sections.length === 0) {
    issues.push({ file, line: frontmatter.bodyLine, message: '正文为空：标题之下没有任何内容' });
  }
  return { doc, issues };
}
