import type { DocBlock } from '../doc-blocks.ts';

/** A heading or a paragraph as a page renders it: only the fields the markup shows. */
export type BlockView =
  | { kind: 'heading'; tag: 'h2' | 'h3' | 'h4' | 'h5' | 'h6'; anchor: string; title: string }
  | { kind: 'paragraph'; id: string; html: string };

/** The page-facing part of document blocks. */
export function blockViews(blocks: readonly DocBlock[]): BlockView[] {
  return blocks.map((b) => (b.kind === 'heading' ? { kind: 'heading', tag: b.tag, anchor: b.section.anchor, title: b.section.title } : { kind: 'paragraph', id: b.paragraph.id, html: b.paragraph.html }));
}

/** A link to a lesson with what listings show of it. */
export interface LessonLink {
  url: string;
  title: string;
  minutes: number;
}
