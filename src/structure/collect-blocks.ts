import type { Definition, Html, Nodes, PhrasingContent, Root } from 'mdast';

/** Inline content of a block, or the literal value of a code block or an HTML block. */
export type BlockContent =
  | { type: 'phrasing'; nodes: PhrasingContent[] }
  | { type: 'code'; value: string }
  | { type: 'html'; node: Html };

/** A `#` heading at the top level of the document. */
export interface HeadingBlock {
  kind: 'heading';
  depth: number;
  nodes: PhrasingContent[];
  line: number;
}

/** A run of text that becomes one paragraph (unless it turns out to be a numbered heading). */
export interface TextBlock {
  kind: 'text';
  content: BlockContent;
  /** The marker of the ordered list item it opens (`1. `), which mdast keeps only as `start`. */
  prefix: string;
  /** Top-level paragraph, or the first paragraph of a top-level one-item ordered list. */
  headingEligible: boolean;
  line: number;
}

/** A block of the flattened document, in reading order. */
export type Block = HeadingBlock | TextBlock;

/** The blocks of a document and its link reference definitions (for rendering `[x][ref]`). */
export interface FlatDocument {
  blocks: Block[];
  definitions: Definition[];
}

type Context = 'root' | 'root-item' | 'item-first' | 'nested';

interface Work {
  node: Nodes;
  prefix: string;
  context: Context;
}

/**
 * Flatten an mdast tree into headings and text blocks, in order, keeping every piece of text:
 * list items and quotes become text blocks of their own, code and HTML blocks stay whole.
 * Iterative, so a deeply nested document cannot overflow the stack.
 *
 * @param source the Markdown text the tree was parsed from (to recover list markers)
 * @param lineOffset added to every mdast line to get the line in the file
 */
export function collectBlocks(tree: Root, source: string, lineOffset: number, out: FlatDocument): void {
  const stack: Work[] = [];
  for (let i = tree.children.length - 1; i >= 0; i--) stack.push({ node: tree.children[i]!, prefix: '', context: 'root' });
  while (stack.length > 0) {
    const { node, prefix, context } = stack.pop()!;
    const line = (node.position?.start.line ?? 1) + lineOffset;
    switch (node.type) {
      case 'paragraph':
        out.blocks.push({ kind: 'text', content: { type: 'phrasing', nodes: node.children }, prefix, headingEligible: context === 'root' || context === 'item-first', line });
        break;
      case 'heading':
        if (context === 'root' && prefix === '') out.blocks.push({ kind: 'heading', depth: node.depth, nodes: node.children, line });
        else out.blocks.push({ kind: 'text', content: { type: 'phrasing', nodes: node.children }, prefix, headingEligible: false, line });
        break;
      case 'code':
        out.blocks.push({ kind: 'text', content: { type: 'code', value: node.value }, prefix, headingEligible: false, line });
        break;
      case 'html':
        out.blocks.push({ kind: 'text', content: { type: 'html', node }, prefix, headingEligible: false, line });
        break;
      case 'list': {
        // A numbered line written as `1. 标题` parses as a one-item ordered list; a list of several
        // items is a list, never a run of headings.
        const itemContext: Context = context === 'root' && node.ordered && node.children.length === 1 ? 'root-item' : 'nested';
        const start = node.start ?? 1;
        for (let i = node.children.length - 1; i >= 0; i--) {
          const item = node.children[i]!;
          const marker = node.ordered ? orderedMarker(source, item, start + i) : '';
          stack.push({ node: item, prefix: (i === 0 ? prefix : '') + marker, context: itemContext });
        }
        break;
      }
      case 'listItem':
      case 'blockquote': {
        if (node.children.length === 0) {
          if (prefix) out.blocks.push(markerOnly(prefix, line));
          break;
        }
        const firstContext: Context = context === 'root-item' ? 'item-first' : 'nested';
        for (let i = node.children.length - 1; i >= 0; i--) {
          stack.push({ node: node.children[i]!, prefix: i === 0 ? prefix : '', context: i === 0 ? firstContext : 'nested' });
        }
        break;
      }
      case 'definition':
        out.definitions.push(node);
        if (prefix) out.blocks.push(markerOnly(prefix, line));
        break;
      default:
        // thematicBreak: no text of its own. Anything else from an extension is
        // kept as text so that nothing is lost.
        if ('value' in node && typeof node.value === 'string' && node.value !== '') {
          out.blocks.push({ kind: 'text', content: { type: 'code', value: node.value }, prefix, headingEligible: false, line });
        } else if ('children' in node && node.children.length > 0) {
          for (let i = node.children.length - 1; i >= 0; i--) {
            stack.push({ node: node.children[i] as Nodes, prefix: i === 0 ? prefix : '', context: 'nested' });
          }
        } else if (prefix) {
          out.blocks.push(markerOnly(prefix, line));
        }
    }
  }
}

/** The ordered-list marker as written (`3.`, `3)`), plus the space that separates it. */
function orderedMarker(source: string, item: Nodes, fallback: number): string {
  const offset = item.position?.start.offset;
  if (offset !== undefined) {
    const m = /^[ \t]*(\d{1,9}[.)])/.exec(source.slice(offset, offset + 24));
    if (m) return `${m[1]} `;
  }
  return `${fallback}. `;
}

function markerOnly(prefix: string, line: number): TextBlock {
  return { kind: 'text', content: { type: 'phrasing', nodes: [] }, prefix, headingEligible: false, line };
}
