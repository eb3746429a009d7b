import type { Html, Paragraph, Parent, Root, Text } from 'mdast';
import { visit } from 'unist-util-visit';

/** Parents whose children are block (flow) content, where a bare text node is not allowed. */
const FLOW_PARENTS = new Set(['root', 'blockquote', 'listItem', 'footnoteDefinition']);

/**
 * Turn raw HTML in Markdown into literal text. Authors' HTML is never executed on the site,
 * but it is not silently dropped either ("nothing lost"): `<b>x</b>` shows as typed.
 */
export default function remarkHtmlAsText() {
  return (tree: Root): void => {
    visit(tree, 'html', (node: Html, index, parent: Parent | undefined) => {
      if (!parent || index === undefined) return;
      const text: Text = { type: 'text', value: node.value };
      if (node.position) text.position = node.position;
      const replacement: Text | Paragraph = FLOW_PARENTS.has(parent.type)
        ? { type: 'paragraph', children: [text] }
        : text;
      parent.children.splice(index, 1, replacement as Parent['children'][number]);
    });
  };
}
