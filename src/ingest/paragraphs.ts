import type { HeadingNumber, NumberStyle } from '../shared/numbering.ts';
import { parseChineseNumeral, styleRank } from '../shared/numbering.ts';
import {
  advanceSequence,
  articleAt,
  classifySegment,
  fitsSequence,
  isChapterStyle,
  isTitleLike,
  MAX_HEADING,
  MAX_TITLE,
  numberAt,
  type NumberSequence,
} from './headings.ts';
import { isSpace, SENTENCE_END } from './lines.ts';

/** What may follow a chapter number's space within its name: a few characters, no punctuation. */
const SPREAD_NAME = /^[\p{Script=Han}\s\u3000]{1,8}$/u;

/** A block of the Markdown body; offsets are into the text it was cut from. */
export interface Block {
  type: 'title' | 'heading' | 'paragraph';
  start: number;
  end: number;
  /** Headings: the number that made it one. */
  number?: HeadingNumber;
  /** Markdown heading depth: 1 for the title, 2 for the outermost numbering style used, … */
  level?: number;
  /** Headings: offset of a `。` dropped after the heading text. */
  dropped?: number;
  /** Headings cut from the start of a paragraph (`1、完善一批制度。一是要…`). */
  runIn?: boolean;
  /** Paragraphs that start with a heading number but are not headings (list items, long leads). */
  item?: HeadingNumber;
  /** Headings cut from their paragraph at a space, not at a sentence end: the split that did it. */
  spaceSplit?: Split;
}

/** Where one paragraph became two: `text[start, end)` (whitespace, or nothing) became a break. */
export interface Split {
  start: number;
  end: number;
}

/** Blocks of a text, the splits made, and the line indents removed. */
export interface Segmented {
  blocks: Block[];
  splits: Split[];
  indents: Split[];
  /** The copy numbers its paragraphs as articles (`第一条`): only chapters are headings. */
  articleMode: boolean;
}

/** Characters that cannot start a paragraph: whitespace before them is not a break. */
const NO_START = new Set([...'、，。；：！？,.;:!?）)》」』”’%…—·']);
const OPEN = new Set(['《', '（', '(']);
const CLOSE = new Set(['》', '）', ')']);
const CLOSING_MARK = new Set(['”', '’', '」', '』', '）', ')', '》']);
const HAN = /\p{Script=Han}/u;
const ARTICLES = /(?:^|[\r\n。\s\u3000])第[〇零一二两三四五六七八九十百0-9０-９]+条[\s\u3000]/gu;

/** Whether the copy numbers its paragraphs as articles of a regulation. */
export function hasArticles(text: string): boolean {
  let count = 0;
  ARTICLES.lastIndex = 0;
  while (ARTICLES.exec(text)) if (++count >= 2) return true;
  return false;
}

/**
 * Cut text into paragraphs and headings in one linear pass. Lines are paragraphs; within a line,
 * whitespace after a sentence end, after a heading or after the title is a paragraph break (copies
 * that run paragraphs together keep single spaces between them), and a heading number that continues
 * the document's numbering right after a sentence end starts a new paragraph (one-line copies).
 * `joined` holds the offsets of spaces that rejoined a hard-wrapped line: they never break.
 */
export function segmentText(text: string, joined: ReadonlySet<number> = new Set()): Segmented {
  const articleMode = hasArticles(text);
  const blocks: Block[] = [];
  const splits: Split[] = [];
  const indents: Split[] = [];
  let sequence: NumberSequence = new Map();
  let articles = 0;

  // State of the segment being read.
  let segStart = 0;
  let current: HeadingNumber | null = null;
  let saved: NumberSequence = sequence;
  let sawEnd = false;
  let sawSpace = false;
  let lineEnd = 0;
  /** Where the current line's text starts, after its indent. */
  let lineStart = 0;

  const start = (at: number) => {
    segStart = at;
    sawEnd = false;
    sawSpace = false;
    saved = new Map(sequence);
    current = numberAt(text, at, lineEnd, articleMode) ?? (at === lineStart ? bareNumeral(text.slice(at, lineEnd), sequence, articleMode) : null);
    // Count this number now so that the next one in the same line is seen to follow it.
    if (current) advanceSequence(sequence, current);
    const article = articleMode ? articleAt(text, at, lineEnd) : null;
    if (article) articles = article.value;
  };

  const emit = (from: number, to: number) => {
    while (to > from && isSpace(text[to - 1])) to--;
    if (to <= from) return;
    // `一` on a line of its own numbers the section below it.
    if (current && (current as HeadingNumber).rest === '' && from === segStart && to - from === (current as HeadingNumber).raw.length) {
      blocks.push({ type: 'heading', start: from, end: to, number: current });
      return;
    }
    if (blocks.length === 0 && !current && to - from <= MAX_TITLE && isTitleLike(text.slice(from, to))) {
      blocks.push({ type: 'title', start: from, end: to, level: 1 });
      return;
    }
    const shape = classifySegment(text, from, to, articleMode);
    if (shape.kind === 'paragraph') {
      if (current) sequence = saved;
      const item = numberAt(text, from, to, false);
      blocks.push({ type: 'paragraph', start: from, end: to, ...(item ? { item } : {}) });
      return;
    }
    blocks.push({
      type: 'heading',
      start: from,
      end: shape.textEnd,
      number: shape.number,
      ...(shape.dropped !== undefined ? { dropped: shape.dropped } : {}),
      ...(shape.restStart !== undefined ? { runIn: true } : {}),
    });
    if (shape.restStart !== undefined) blocks.push({ type: 'paragraph', start: shape.restStart, end: to });
  };

  /** A heading (or article) number right after a sentence end, continuing the numbering. */
  const startsHere = (at: number): boolean => {
    if (articleMode) {
      const article = articleAt(text, at, lineEnd);
      if (article) return article.value === articles + 1;
    }
    const n = numberAt(text, at, lineEnd, articleMode);
    if (!n || !fitsSequence(sequence, n)) return false;
    return classifySegment(text, at, lineEnd, articleMode).kind === 'heading';
  };

  const breaksAt = (space: number, next: number): boolean => {
    if (next - space === 1 && joined.has(space)) return false;
    const after = text[next] as string;
    if (NO_START.has(after)) return false;
    const before = text[space - 1] as string;
    if (SENTENCE_END.has(before) || before === '：' || before === ':') return true;
    if (CLOSING_MARK.has(before) && SENTENCE_END.has(text[space - 2] as string)) return true;
    if (current) {
      // `第一章　总　　则`: a chapter name spread out with spaces is one heading, not a run-in one.
      if (isChapterStyle((current as HeadingNumber).style) && SPREAD_NAME.test(text.slice(next, lineEnd))) return false;
      const lead = space - (segStart + (current as HeadingNumber).raw.length);
      if (lead > 0 && lead <= MAX_HEADING && !sawEnd) return true;
    }
    // `机关党建工作会上讲话 同志们:` — but not `带 BOM 的文本`: a title break follows a title
    // without spaces and sits between Chinese characters, and the whole line is not itself a title
    // (`机关党总支二支部召开教职工 政治理论学习暨主题党日活动`).
    if (blocks.length === 0 && !current && !sawSpace && HAN.test(before) && HAN.test(after) && space - segStart <= MAX_TITLE && isTitleLike(text.slice(segStart, space)) && !isTitleLike(text.slice(segStart, lineEnd))) return true;
    const n = numberAt(text, next, lineEnd, articleMode);
    if (n && (fitsSequence(sequence, n) || isChapterStyle(n.style))) return true;
    return articleMode && articleAt(text, next, lineEnd)?.value === articles + 1;
  };

  let i = 0;
  while (i < text.length) {
    // One line.
    lineEnd = i;
    while (lineEnd < text.length && text[lineEnd] !== '\n' && text[lineEnd] !== '\r') lineEnd++;
    let p = i;
    while (p < lineEnd && isSpace(text[p])) p++;
    lineStart = p;
    if (p < lineEnd) {
      if (p > i) indents.push({ start: i, end: p });
      start(p);
      // `2023X市政府工作报告各位代表:现在,…`: a one-line copy glues the title to the salutation.
      const glued = blocks.length === 0 ? RUN_IN_TITLE.exec(text.slice(p, Math.min(lineEnd, p + MAX_TITLE + 8))) : null;
      if (glued && isTitleLike(glued[1]!)) {
        const q = p + glued[1]!.length;
        emit(p, q);
        splits.push({ start: q, end: q });
        start(q);
        p = q;
      }
      let depth = 0;
      while (p < lineEnd) {
        const ch = text[p] as string;
        if (OPEN.has(ch)) depth++;
        else if (CLOSE.has(ch)) depth = Math.max(0, depth - 1);
        else if (ch === '；' || ch === ';') sawEnd = true;
        else if (SENTENCE_END.has(ch)) {
          // Book titles and asides do not run past a sentence end: an unbalanced bracket stops here.
          depth = 0;
          sawEnd = true;
          const q = p + 1;
          if (q < lineEnd && !isSpace(text[q]) && startsHere(q)) {
            emit(segStart, q);
            splits.push({ start: q, end: q });
            start(q);
          }
        } else if (isSpace(ch)) {
          let q = p;
          while (q < lineEnd && isSpace(text[q])) q++;
          if (q < lineEnd && depth === 0 && breaksAt(p, q)) {
            const before = text[p - 1] as string;
            const count = blocks.length;
            emit(segStart, p);
            const split = { start: p, end: q };
            splits.push(split);
            // A heading cut off at a space, not after a sentence: its number's series decides later.
            const emitted = blocks[count];
            if (emitted?.type === 'heading' && blocks.length === count + 1 && !SENTENCE_END.has(before) && before !== '：' && before !== ':') emitted.spaceSplit = split;
            start(q);
          } else sawSpace = true;
          p = q;
          continue;
        }
        p++;
      }
      emit(segStart, lineEnd);
    }
    i = lineEnd;
    if (text[i] === '\r' && text[i + 1] === '\n') i += 2;
    else if (i < text.length) i++;
  }

  demoteLists(blocks);
  demoteMixedSeries(blocks, splits);
  assignLevels(blocks);
  return { blocks, splits, indents, articleMode };
}

/**
 * Consecutive one-sentence numbered paragraphs (`1、…。` `2、…。` with nothing between) are a
 * list, not headings: give them back their `。` and make them paragraphs.
 */
function demoteLists(blocks: Block[]): void {
  const listy = (b: Block) => (b.type === 'heading' && !b.runIn && b.dropped !== undefined) || b.item !== undefined;
  const numberOf = (b: Block) => b.number ?? b.item;
  const marked = new Set<Block>();
  for (let k = 0; k + 1 < blocks.length; k++) {
    const a = blocks[k]!;
    const b = blocks[k + 1]!;
    if (!listy(a) || !listy(b)) continue;
    const x = numberOf(a)!;
    const y = numberOf(b)!;
    if (x.style === y.style && y.value === x.value + 1) marked.add(a).add(b);
  }
  for (const block of marked) {
    if (block.type !== 'heading') continue;
    block.type = 'paragraph';
    block.end = block.dropped! + 1;
    block.item = block.number!;
    delete block.dropped;
    delete block.number;
  }
}

/**
 * The members of one numbered series (`1.` `2.` `3.` under one heading) are alike: when one of them
 * is a paragraph (a list item, a long lead), those cut from their paragraph — run-in headings and
 * headings split off at a space — are items too (`2.将《…条例》第七条 项修改为:…` lost a digit,
 * not its paragraph). Standalone headings keep their place.
 */
function demoteMixedSeries(blocks: Block[], splits: Split[]): void {
  // Series by style, started over under each heading of an outer style.
  const series = new Map<NumberStyle, number[]>();
  const groups: number[][] = [];
  blocks.forEach((b, k) => {
    const n = b.type === 'heading' ? b.number : b.type === 'paragraph' ? b.item : undefined;
    if (!n) return;
    if (b.type === 'heading') for (const [style, members] of [...series]) if (styleRank(style) > styleRank(n.style)) {
      groups.push(members);
      series.delete(style);
    }
    const members = series.get(n.style) ?? [];
    if (members.length > 0) {
      const last = blocks[members.at(-1)!]!;
      const value = (last.number ?? last.item)!.value;
      if (n.value !== value + 1) {
        groups.push(members);
        series.set(n.style, [k]);
        return;
      }
    }
    members.push(k);
    series.set(n.style, members);
  });
  groups.push(...series.values());
  const merged = new Set<number>();
  for (const members of groups) {
    if (!members.some((k) => blocks[k]!.type === 'paragraph')) continue;
    for (const k of members) {
      const b = blocks[k]!;
      const next = blocks[k + 1];
      if (b.type !== 'heading' || !(b.runIn || b.spaceSplit) || next?.type !== 'paragraph' || next.item) continue;
      if (b.spaceSplit) splits.splice(splits.indexOf(b.spaceSplit), 1);
      blocks[k] = { type: 'paragraph', start: b.start, end: next.end, item: b.number! };
      merged.add(k + 1);
    }
  }
  for (const k of [...merged].sort((a, b) => b - a)) blocks.splice(k, 1);
}

const RUN_IN_TITLE = /^(\S.{3,48}?(?:报告|讲话|发言|致辞))(?=(?:各位代表|同志们|各位委员|尊敬的)[，,:：\p{Script=Han}])/u;

const BARE_NUMERAL = /^([一二三四五六七八九十]{1,3})[ \t\u3000]*$/u;

/**
 * A line that is only a Chinese numeral (`一`, `二`), as theory articles number their sections:
 * a heading number when it is the next in the document's `一、` series.
 */
function bareNumeral(line: string, sequence: NumberSequence, articleMode: boolean): HeadingNumber | null {
  const m = BARE_NUMERAL.exec(line);
  if (!m || articleMode) return null;
  const value = parseChineseNumeral(m[1]!);
  if (value === undefined || value !== (sequence.get('cn') ?? 0) + 1) return null;
  return { style: 'cn', value, raw: m[1]!, rest: '' };
}

/** Heading depth from the numbering styles the document uses, outermost first, after the title. */
function assignLevels(blocks: Block[]): void {
  const used = new Set<NumberStyle>();
  for (const b of blocks) if (b.type === 'heading' && b.number) used.add(b.number.style);
  const order = [...used].sort((x, y) => styleRank(x) - styleRank(y));
  for (const b of blocks) {
    if (b.type === 'heading' && b.number) b.level = Math.min(6, 2 + order.indexOf(b.number.style));
  }
}
