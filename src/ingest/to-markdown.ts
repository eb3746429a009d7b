import type { ImportMeta } from './metadata.ts';

/** A block ready to print: its escaped Markdown text and heading depth (0 for a paragraph). */
export interface RenderBlock {
  depth: number;
  markdown: string;
}

// Plain YAML scalars only when nothing in them can be read as syntax or as another type.
const PLAIN = /^[^\s\-?:,[\]{}#&*!|>'"%@`][^#:]*$/u;
const TYPED = /^(?:true|false|yes|no|on|off|null|~|[-+]?[0-9][0-9_.:eE+-]*)$/iu;

/** A YAML scalar for a frontmatter value: plain when safe, else a double-quoted JSON string. */
export function yamlScalar(value: string, date = false): string {
  if (date && /^\d{4}-\d{2}-\d{2}$/.test(value)) return value;
  if (value !== '' && PLAIN.test(value) && !TYPED.test(value) && value.trim() === value) return value;
  return JSON.stringify(value);
}

/**
 * Frontmatter (`title`, `date`, `kind`, `origin`, and `review` when a value is a placeholder or in
 * doubt) and the body: ATX headings and paragraphs, blank lines between.
 */
export function renderMarkdown(meta: ImportMeta, blocks: readonly RenderBlock[], review: readonly string[] = []): string {
  const front = [
    '---',
    `title: ${yamlScalar(meta.title)}`,
    `date: ${yamlScalar(meta.date, true)}`,
    `kind: ${yamlScalar(meta.kind)}`,
    ...(meta.speaker ? [`speaker: ${yamlScalar(meta.speaker)}`] : []),
    ...(meta.organization ? [`organization: ${yamlScalar(meta.organization)}`] : []),
    `origin: ${yamlScalar(meta.origin)}`,
    ...(review.length > 0 ? ['review:', ...review.map((r) => `  - ${yamlScalar(r)}`)] : []),
    '---',
  ].join('\n');
  const body = blocks.map((b) => (b.depth > 0 ? `${'#'.repeat(b.depth)} ${b.markdown}` : b.markdown));
  return `${front}\n\n${body.join('\n\n')}\n`;
}
