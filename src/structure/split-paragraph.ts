import type { PhrasingContent, Text } from 'mdast';
import { plainText } from '../shared/markdown-html.ts';
import type { BlockContent } from './collect-blocks.ts';
import { cutPoints, PARAGRAPH_LIMIT } from './cut-points.ts';

function hasHtml(nodes: readonly PhrasingContent[]): boolean {
  const stack: PhrasingContent[] = [...nodes];
  while (stack.length > 0) {
    const node = stack.pop()!;
    if (node.type === 'html') return true;
    if ('children' in node) stack.push(...node.children);
  }
  return false;
}

/**
 * Cut inline content at text offsets: inside top-level text nodes or between top-level nodes
 * (formatting such as a bold run or a link is never cut).
 */
function cutPhrasing(nodes: readonly PhrasingContent[], limit: number): PhrasingContent[][] {
  const texts = nodes.map((n) => plainText([n]));
  const text = texts.join('');
  if (text.length <= limit) return [[...nodes]];
  // Offsets where a cut may fall: node boundaries, and anywhere inside a text node.
  const starts: number[] = [];
  let at = 0;
  for (const t of texts) {
    starts.push(at);
    at += t.length;
  }
  const inside = (offset: number) => {
    let lo = 0;
    let hi = starts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (starts[mid]! <= offset) lo = mid;
      else hi = mid - 1;
    }
    return lo;
  };
  const allowed = (offset: number) => {
    const k = inside(offset);
    return starts[k] === offset || nodes[k]!.type === 'text';
  };
  const cuts = cutPoints(text, limit, allowed);
  const pieces: PhrasingContent[][] = [[]];
  let next = 0;
  nodes.forEach((node, k) => {
    const start = starts[k]!;
    const end = start + texts[k]!.length;
    let from = start;
    // Cuts at or before this node's start close the piece before it.
    while (next < cuts.length && cuts[next]! <= start) {
      if (pieces[pieces.length - 1]!.length > 0) pieces.push([]);
      next++;
    }
    while (next < cuts.length && cuts[next]! < end) {
      const value = (node as Text).value;
      pieces[pieces.length - 1]!.push({ type: 'text', value: value.slice(from - start, cuts[next]! - start) });
      pieces.push([]);
      from = cuts[next]!;
      next++;
    }
    pieces[pieces.length - 1]!.push(from === start ? node : { type: 'text', value: (node as Text).value.slice(from - start) });
  });
  return pieces.filter((p) => p.length > 0);
}

/**
 * A block's content as pieces of at most `limit` characters of text, cut where `cutPoints`
 * says (a sentence end if possible), so that a paragraph with no line break — a scraped
 * single-line dump — still makes short lessons and short search pages. The pieces' text joined
 * is the block's text. Raw HTML blocks, and inline content holding raw HTML (a tag opened in
 * one piece could not be closed in the next), stay whole.
 */
export function splitContent(content: BlockContent, limit = PARAGRAPH_LIMIT): BlockContent[] {
  switch (content.type) {
    case 'phrasing':
      if (hasHtml(content.nodes)) return [content];
      return cutPhrasing(content.nodes, limit).map((nodes) => ({ type: 'phrasing', nodes }));
    case 'code': {
      const cuts = [0, ...cutPoints(content.value, limit), content.value.length];
      return cuts.slice(1).map((end, k) => ({ type: 'code', value: content.value.slice(cuts[k], end) }));
    }
    case 'html':
      return [content];
  }
}
