import { escapeHtml, renderSafe, type SafeRender } from '../shared/markdown-html.ts';
import type { Doc, Paragraph, Section, SourceMeta } from '../shared/types.ts';
import type { Definition } from 'mdast';
import type { BlockContent } from './collect-blocks.ts';
import type { OutlineItem } from './outline.ts';
import { findPoints } from './points.ts';
import { findClosing } from './roles.ts';
import { splitContent } from './split-paragraph.ts';

/**
 * Assemble a `Doc` from the outline: sections get ids from their place in the tree (`s1`,
 * `s1-2`), paragraphs are numbered in reading order (`p1`, `p2`…) and belong to the innermost
 * section above them; the closing remarks of a speech belong to no section. A paragraph longer
 * than `PARAGRAPH_LIMIT` is cut into pieces that follow it (`p5`, `p5-2`…, see split-paragraph.ts).
 */
export function buildDoc(meta: SourceMeta, items: readonly OutlineItem[], definitions: readonly Definition[] = []): Doc {
  const sections: Section[] = [];
  const paragraphs: Paragraph[] = [];
  const stack: Section[] = [];
  let topCount = 0;
  let ordinal = 0;
  for (const item of items) {
    if (item.kind === 'heading') {
      while (stack.length > 0 && stack[stack.length - 1]!.level >= item.level) stack.pop();
      const parent = stack[stack.length - 1] ?? null;
      const id = parent ? `${parent.id}-${parent.childIds.length + 1}` : `s${++topCount}`;
      const section: Section = {
        id,
        level: item.level,
        number: item.number,
        title: item.title,
        label: item.label,
        parentId: parent ? parent.id : null,
        childIds: [],
        paragraphIds: [],
        points: [],
        anchor: id,
        line: item.line,
      };
      parent?.childIds.push(id);
      sections.push(section);
      stack.push(section);
      continue;
    }
    const pieces = splitContent(item.content).map((content) => render(content, definitions));
    // Raw HTML that sanitising empties (a `<script>`, a comment) leaves no paragraph.
    if (item.prefix === '' && pieces.every((r) => r.text === '' && r.html === '')) continue;
    const section = stack[stack.length - 1] ?? null;
    const id = `p${++ordinal}`;
    // A paragraph too long to keep whole goes on as `p5-2`, `p5-3`…: later ids do not move.
    pieces.forEach((rendered, k) => {
      const pieceId = k === 0 ? id : `${id}-${k + 1}`;
      const paragraph: Paragraph = {
        id: pieceId,
        text: (k === 0 ? item.prefix : '') + rendered.text,
        html: (k === 0 ? escapeHtml(item.prefix) : '') + rendered.html,
        line: item.line,
        sectionId: section ? section.id : null,
        role: section ? 'body' : 'opening',
      };
      if (k > 0) paragraph.continued = true;
      paragraphs.push(paragraph);
      section?.paragraphIds.push(pieceId);
    });
  }

  const closing = findClosing(paragraphs, sections.length > 0 ? sections[sections.length - 1]!.line : null);
  for (let i = closing; i < paragraphs.length; i++) {
    const p = paragraphs[i]!;
    p.role = 'closing';
    p.sectionId = null;
  }
  const byId = new Map(paragraphs.map((p) => [p.id, p]));
  for (const section of sections) {
    if (closing < paragraphs.length) section.paragraphIds = section.paragraphIds.filter((id) => byId.get(id)!.role !== 'closing');
    section.points = findPoints(section.paragraphIds.map((id) => byId.get(id)!));
  }
  return { meta, sections, paragraphs };
}

function render(content: BlockContent, definitions: readonly Definition[]): SafeRender {
  switch (content.type) {
    case 'phrasing':
      return renderSafe(content.nodes, { definitions });
    case 'code':
      return { html: `<code>${escapeHtml(content.value)}</code>`, text: content.value };
    case 'html':
      return renderSafe([content.node], { definitions });
  }
}
