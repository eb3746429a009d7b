import type { Element, ElementContent, Root as HastRoot, RootContent as HastContent } from 'hast';
import type { Definition, Nodes as MdastNodes, Paragraph, PhrasingContent, Root as MdastRoot, RootContent } from 'mdast';
import { raw } from 'hast-util-raw';
import { defaultSchema, sanitize, type Schema } from 'hast-util-sanitize';
import { toHtml } from 'hast-util-to-html';
import { toHast } from 'mdast-util-to-hast';

/** Markdown content to render: a block's children or a paragraph's inline content. */
export type MdastContent = RootContent[] | PhrasingContent[];

/** Sanitised HTML and the plain text a reader sees in it. */
export interface SafeRender {
  html: string;
  text: string;
}

/**
 * Render mdast nodes to HTML that is safe to inline in a page. Raw HTML in the Markdown is
 * parsed, then everything passes GitHub's sanitising schema: formatting (`<strong>`, `<em>`,
 * `<a href="https://…">`) survives; `<script>`, `<style>`, `<iframe>`, `on*` attributes and
 * `javascript:` URLs never do.
 */
export function toSafeHtml(nodes: MdastContent, options: RenderOptions = {}): string {
  return renderSafe(nodes, options).html;
}

/** Options for rendering part of a Markdown document. */
export interface RenderOptions {
  /**
   * Link reference definitions of the whole document, so that `[text][ref]` in the rendered
   * part still becomes a link. @default []
   */
  definitions?: readonly Definition[];
}

/** Render mdast nodes to sanitised HTML and its plain text in one pass. */
export function renderSafe(nodes: MdastContent, options: RenderOptions = {}): SafeRender {
  // Fast path: bare text needs no tree at all (most paragraphs of an imported source).
  if (nodes.every((n) => n.type === 'text')) {
    const text = (nodes as { value: string }[]).map((n) => n.value).join('');
    return { html: escapeHtml(text), text };
  }
  const hasRaw = containsHtml(nodes);
  try {
    const tree = toSafeHast(nodes, options, hasRaw);
    return { html: toHtml(tree), text: hasRaw ? hastText(tree) : plainText(nodes) };
  } catch (error) {
    // Pathologically deep trees exhaust the stack in the recursive hast utilities; keep the
    // words (escaped) rather than lose them.
    if (!(error instanceof RangeError)) throw error;
    const text = plainText(nodes, true);
    return { html: escapeHtml(text), text };
  }
}

/** mdast nodes → sanitised hast root. */
export function toSafeHast(nodes: MdastContent, options: RenderOptions = {}, parseRawHtml = containsHtml(nodes)): HastRoot {
  const definitions = options.definitions ?? [];
  let tree: HastRoot;
  if (nodes.every((n) => PHRASING.has(n.type))) {
    // Inline content goes through a paragraph: at the root, mdast-util-to-hast would put a
    // newline between every two nodes. The `<p>` itself is dropped again.
    const paragraph: Paragraph = { type: 'paragraph', children: nodes as PhrasingContent[] };
    const root = toHast({ type: 'root', children: [...definitions, paragraph] }, { allowDangerousHtml: parseRawHtml }) as HastRoot;
    const p = root.children.find((c): c is Element => c.type === 'element' && c.tagName === 'p');
    tree = { type: 'root', children: p ? p.children : [] };
  } else {
    const root: MdastRoot = { type: 'root', children: [...definitions, ...(nodes as RootContent[])] };
    tree = toHast(root, { allowDangerousHtml: parseRawHtml }) as HastRoot;
  }
  if (parseRawHtml) tree = raw(tree) as HastRoot;
  return sanitize(tree, SCHEMA) as HastRoot;
}

// GitHub's schema, but the text of a `<style>` goes too (not only that of a `<script>`).
const SCHEMA: Schema = { ...defaultSchema, strip: [...(defaultSchema.strip ?? []), 'style'] };

const PHRASING = new Set<string>([
  'text', 'emphasis', 'strong', 'delete', 'inlineCode', 'break', 'link', 'image',
  'linkReference', 'imageReference', 'html', 'footnoteReference',
]);

/**
 * Plain text of mdast nodes: text, code, image alt text; a hard break is a newline; raw HTML
 * counts for nothing (its visible text comes from the sanitised tree instead), unless `htmlText`
 * asks for the text between its tags (when the tree could not be built).
 */
export function plainText(nodes: readonly MdastNodes[], htmlText = false): string {
  let out = '';
  // Iterative walk: nesting depth must not be bounded by the call stack.
  const stack: MdastNodes[] = [...nodes].reverse();
  while (stack.length > 0) {
    const node = stack.pop()!;
    switch (node.type) {
      case 'text':
      case 'inlineCode':
      case 'code':
        out += node.value;
        break;
      case 'break':
        out += '\n';
        break;
      case 'image':
      case 'imageReference':
        out += node.alt ?? '';
        break;
      case 'html':
        // Only when the sanitiser could not run: the words between the tags, never the code.
        if (htmlText) out += node.value.replace(/<(script|style|template)\b[\s\S]*?<\/\1\s*>/gi, '').replace(/<!--[\s\S]*?(?:-->|$)|<[^>]*>?/g, '');
        break;
      default:
        if ('children' in node) for (let i = node.children.length - 1; i >= 0; i--) stack.push(node.children[i]!);
    }
  }
  return out;
}

/** Visible text of a hast tree: text nodes, `<br>` as a newline, image alt text. */
export function hastText(tree: HastRoot): string {
  let out = '';
  const stack: (HastContent | ElementContent)[] = [...tree.children].reverse();
  while (stack.length > 0) {
    const node = stack.pop()!;
    if (node.type === 'text') out += node.value;
    else if (node.type === 'element') {
      const el = node as Element;
      if (el.tagName === 'br') out += '\n';
      else if (el.tagName === 'img' && typeof el.properties.alt === 'string') out += el.properties.alt;
      for (let i = el.children.length - 1; i >= 0; i--) stack.push(el.children[i]!);
    }
  }
  return out;
}

/** Escape text for HTML content, as hast-util-to-html does (`&` and `<`). */
export function escapeHtml(text: string): string {
  return text.replace(/[&<]/g, (c) => (c === '&' ? '&#x26;' : '&#x3C;'));
}

function containsHtml(nodes: readonly MdastNodes[]): boolean {
  const stack: MdastNodes[] = [...nodes];
  while (stack.length > 0) {
    const node = stack.pop()!;
    if (node.type === 'html') return true;
    if ('children' in node) for (const child of node.children) stack.push(child);
  }
  return false;
}
