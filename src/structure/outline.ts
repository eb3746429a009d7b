import type { PhrasingContent } from 'mdast';
import { plainText, renderSafe } from '../shared/markdown-html.ts';
import { matchHeadingNumber, matchNumberedHeading, styleRank, type HeadingNumber } from '../shared/numbering.ts';
import type { Block, BlockContent, FlatDocument, TextBlock } from './collect-blocks.ts';

/** A heading of the document, with its level relative to the levels the document uses. */
export interface OutlineHeading {
  kind: 'heading';
  level: number;
  /** Heading text as written, number included. */
  title: string;
  number: string;
  label: string;
  line: number;
}

/** A paragraph of the document: its content and the list marker it starts with. */
export interface OutlineParagraph {
  kind: 'paragraph';
  content: BlockContent;
  prefix: string;
  line: number;
}

/** A heading or a paragraph of the outline, in reading order. */
export type OutlineItem = OutlineHeading | OutlineParagraph;

/** A heading before its level is known: `key` orders the kinds of heading the document uses. */
interface Pending {
  kind: 'heading';
  key: number;
  title: string;
  number: HeadingNumber | null;
  line: number;
  /** What it falls back to if it turns out not to be a heading. */
  fallback?: OutlineParagraph;
}

/**
 * Find the headings of a document, in reading order among its paragraphs. With `#` headings,
 * those are the headings (the title H1 excepted); without, numbered paragraphs that look like
 * headings are. Levels are relative: the kinds of heading the document uses, outermost first.
 */
export function outline({ blocks, definitions }: FlatDocument, docTitle: string): OutlineItem[] {
  const texts = blocks.map((b) => (b.kind === 'heading' ? renderSafe(b.nodes, { definitions }).text.trim() : ''));
  const titleIndex = findTitleHeading(blocks, texts, docTitle);
  const hashMode = blocks.some((b, i) => b.kind === 'heading' && i !== titleIndex && texts[i] !== '');
  const items: (Pending | OutlineParagraph)[] = [];
  const listed = hashMode ? new Set<number>() : numberedLists(blocks);
  blocks.forEach((block, i) => {
    if (block.kind === 'heading') {
      const title = texts[i]!;
      // The title and empty headings hold no text of the body.
      if (i === titleIndex || title === '') return;
      items.push({ kind: 'heading', key: block.depth, title, number: matchHeadingNumber(title), line: block.line });
    } else if (!hashMode && block.headingEligible && block.content.type === 'phrasing' && !listed.has(i)) {
      findNumberedHeadings(block, items);
    } else {
      items.push(paragraph(block));
    }
  });
  if (!hashMode) demoteLists(items);

  const keys = [...new Set(items.filter((it) => it.kind === 'heading').map((it) => (it as Pending).key))].sort((a, b) => a - b);
  const levelOf = new Map(keys.map((k, i) => [k, i + 1]));
  return items.map((it): OutlineItem => {
    if (it.kind === 'paragraph') return it;
    return {
      kind: 'heading',
      level: levelOf.get(it.key)!,
      title: it.title,
      number: it.number ? it.number.raw.trim() : '',
      label: it.number ? it.number.rest.trim() : it.title,
      line: it.line,
    };
  });
}

/** The H1 that is the document's title: the one equal to the title, else an H1 opening the body. */
function findTitleHeading(blocks: readonly Block[], texts: readonly string[], docTitle: string): number {
  const title = docTitle.trim();
  const equal = blocks.findIndex((b, i) => b.kind === 'heading' && b.depth === 1 && texts[i] === title);
  if (equal >= 0) return equal;
  const first = blocks[0];
  return first?.kind === 'heading' && first.depth === 1 ? 0 : -1;
}

/**
 * A numbered paragraph is a heading when it reads like one. A hand-written source may put a
 * heading and its text on consecutive lines of one paragraph (`一、总体要求` / `坚持…`): such
 * leading heading lines are peeled off, unless the next line carries a number of the same
 * kind (then the lines are a list written without blank lines).
 */
function findNumberedHeadings(block: TextBlock, items: (Pending | OutlineParagraph)[]): void {
  let nodes = (block.content as { nodes: PhrasingContent[] }).nodes;
  let prefix = block.prefix;
  let line = block.line;
  for (;;) {
    const part: OutlineParagraph = { kind: 'paragraph', content: { type: 'phrasing', nodes }, prefix, line };
    const text = prefix + plainText(nodes);
    const newline = text.indexOf('\n');
    const firstLine = (newline < 0 ? text : text.slice(0, newline)).trim();
    const number = matchNumberedHeading(firstLine);
    if (!number) {
      items.push(part);
      return;
    }
    if (newline < 0) {
      items.push({ kind: 'heading', key: styleRank(number.style), title: firstLine, number, line, fallback: part });
      return;
    }
    const nextLine = text.slice(newline + 1).split('\n', 1)[0]!.trim();
    const parts = matchHeadingNumber(nextLine)?.style === number.style ? null : splitFirstLine(nodes);
    if (!parts || plainText(parts[1]).trim() === '') {
      items.push(part);
      return;
    }
    const head: OutlineParagraph = { kind: 'paragraph', content: { type: 'phrasing', nodes: parts[0] }, prefix, line };
    items.push({ kind: 'heading', key: styleRank(number.style), title: firstLine, number, line, fallback: head });
    nodes = parts[1];
    prefix = '';
    line += 1;
  }
}

/**
 * Indexes of numbered paragraphs that belong to a list rather than to the outline. Numbered
 * paragraphs of one kind counting up (`（一）`, `（二）`…, until an outer number intervenes) are
 * siblings, and siblings are alike: when one ends like a list item (`；`) or fewer than half
 * read as headings, none is a heading. So the last item of a regulation's list,
 * `（四）向党支部提出…的意见。`, stays with `（一）…；` to `（三）…；`.
 */
function numberedLists(blocks: readonly Block[]): Set<number> {
  interface Group {
    last: number;
    members: number[];
    headings: number;
    listItem: boolean;
  }
  const listed = new Set<number>();
  const open = new Map<number, Group>();
  const close = (rank: number) => {
    const group = open.get(rank);
    open.delete(rank);
    if (!group) return;
    if (group.listItem || group.headings * 2 < group.members.length) for (const i of group.members) listed.add(i);
  };
  blocks.forEach((block, i) => {
    if (block.kind !== 'text' || !block.headingEligible || block.content.type !== 'phrasing') return;
    const text = block.prefix + plainText(block.content.nodes);
    const firstLine = text.split('\n', 1)[0]!.trim();
    const number = matchHeadingNumber(firstLine);
    if (!number) return;
    const rank = styleRank(number.style);
    // An outer number ends the lists inside the previous one.
    for (const r of [...open.keys()]) if (r > rank) close(r);
    let group = open.get(rank);
    if (!group || number.value !== group.last + 1) {
      close(rank);
      group = { last: 0, members: [], headings: 0, listItem: false };
      open.set(rank, group);
    }
    group.last = number.value;
    group.members.push(i);
    if (matchNumberedHeading(firstLine)) group.headings += 1;
    if (/[；;]$/u.test(firstLine)) group.listItem = true;
  });
  for (const r of [...open.keys()]) close(r);
  return listed;
}

/**
 * Two or more numbered lines of the same kind in a row, with no text between them, are a list
 * (`1、学习` `2、调研` `3、检视`), not a run of empty sections.
 */
function demoteLists(items: (Pending | OutlineParagraph)[]): void {
  let i = 0;
  while (i < items.length) {
    const first = items[i]!;
    if (first.kind !== 'heading' || !first.fallback) {
      i++;
      continue;
    }
    let j = i + 1;
    while (j < items.length) {
      const next = items[j]!;
      if (next.kind !== 'heading' || !next.fallback || next.key !== first.key) break;
      j++;
    }
    if (j - i >= 2) for (let k = i; k < j; k++) items[k] = (items[k] as Pending).fallback!;
    i = j;
  }
}

/** Split inline content at its first line break; `null` if the break is inside markup. */
export function splitFirstLine(nodes: PhrasingContent[]): [PhrasingContent[], PhrasingContent[]] | null {
  for (let i = 0; i < nodes.length; i++) {
    const node = nodes[i]!;
    if (node.type === 'break') return [nodes.slice(0, i), nodes.slice(i + 1)];
    if (node.type === 'text') {
      const k = node.value.indexOf('\n');
      if (k < 0) continue;
      const before = node.value.slice(0, k);
      const after = node.value.slice(k + 1);
      return [
        [...nodes.slice(0, i), ...(before ? [{ type: 'text' as const, value: before }] : [])],
        [...(after ? [{ type: 'text' as const, value: after }] : []), ...nodes.slice(i + 1)],
      ];
    }
    if (plainText([node]).includes('\n')) return null;
  }
  return null;
}

function paragraph(block: TextBlock): OutlineParagraph {
  return { kind: 'paragraph', content: block.content, prefix: block.prefix, line: block.line };
}
