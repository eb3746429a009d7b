import { decodeBytes } from './decode.ts';
import { isSpace, lineEnding } from './lines.ts';
import { ImportError } from './errors.ts';
import { findDumpResidue } from './dump-residue.ts';
import { findFurniture, isPageFurniture } from './furniture.ts';
import { findLineJoins, type HardWrap } from './line-joins.ts';
import { composeMapped, removeSpans, type MappedText, type Span } from './mapped-text.ts';
import { fallbackDate, resolveMeta, type MetaEvidence } from './metadata.ts';
import type { MetaFact } from './metadata-blocks.ts';
import { findPageJoins } from './page-joins.ts';
import { segmentText, type Block } from './paragraphs.ts';
import { lineStarts, positionAt } from './positions.ts';
import { reviewBlock } from './block-review.ts';
import type { ChangeKind, ImportChange, ImportFlag, ImportReport } from './report.ts';
import { escapeMarkdown } from './escape.ts';
import { slugForFile } from './slug.ts';
import { renderMarkdown, type RenderBlock } from './to-markdown.ts';

/** Per-file options of an import. */
export interface ImportOptions {
  /** The input file name: the `origin` in the frontmatter and the source of the slug. */
  fileName: string;
  /** Overrides for what the text says (or does not say). */
  title?: string;
  /** YYYY-MM-DD */
  date?: string;
  kind?: string;
  /**
   * Date to use when neither `date` nor the text gives one.
   * @default the date of SOURCE_DATE_EPOCH if set, else {@link PLACEHOLDER_DATE}
   */
  fallbackDate?: string;
  /** Keep every line break: do not rejoin the lines of a copy read as hard-wrapped. */
  keepLines?: boolean;
}

/** A Markdown source, its slug and the report of what was changed and what to review. */
export interface ImportResult {
  markdown: string;
  slug: string;
  /** The frontmatter's `review` entries: values the editor must settle before the source builds. */
  review: string[];
  report: ImportReport;
}

const EXCERPT = 10;
/** Longest line read as a date line (`某某县委办公室 2024年3月5日`). */
const DATE_LINE = 24;
const show = (text: string) => text.replace(/\r\n|\r|\n/gu, '⏎').replace(/\f/gu, '␌');

/** A block's final text: its slice of the text with the lost quotation marks put back. */
interface FinalBlock {
  block: Block;
  text: string;
  /** Block-relative offsets where `”` was inserted, ascending. */
  inserts: number[];
}

/**
 * Import one raw copy: decode it, remove page furniture, rejoin page breaks and the lines of a
 * hard-wrapped copy, split paragraphs, find headings, close unambiguous quotation marks and flag suspected substitutions. Throws an
 * `ImportError` (Chinese message) for input that is not a usable text.
 */
export function importText(bytes: Uint8Array, options: ImportOptions): ImportResult {
  const { text: input, encoding } = decodeBytes(bytes);
  // A dump's literal escapes, tags and entities go first: every later step reads real lines.
  const residue = findDumpResidue(input);
  const repaired = removeSpans(input, residue);
  const source = repaired.text;
  const toInput = (offset: number) => repaired.offsets[offset] as number;
  /** The input text behind `source.slice(start, end)`. */
  const inputOf = (start: number, end: number) => (end > start ? input.slice(toInput(start), toInput(end - 1) + 1) : '');
  const starts = lineStarts(input);
  const pos = (offset: number) => positionAt(starts, toInput(offset));

  const furniture = findFurniture(source);
  const joins = findPageJoins(source, furniture);
  const removedSpans: Span[] = [...furniture.items, ...joins];
  const unwrapped = removeSpans(source, removedSpans);
  if (!/[\p{L}\p{N}]/u.test(unwrapped.text)) {
    throw new ImportError(furniture.items.length > 0 ? '只有页码、页眉等版面内容，没有正文' : '文件没有文字内容');
  }
  const wrap = options.keepLines ? null : findLineJoins(unwrapped.text, { furnitureIn: furnitureBetween(unwrapped, furniture.items.filter((i) => isPageFurniture(i.kind))) });
  const logical = wrap ? composeMapped(unwrapped, removeSpans(unwrapped.text, wrap.joins)) : unwrapped;
  const { blocks, splits, indents, articleMode } = segmentText(logical.text, new Set(logical.inserted));
  const at = (index: number) => logical.offsets[Math.min(index, logical.text.length)] as number;

  const changes: ImportChange[] = [];
  const flags: ImportFlag[] = [];
  const change = (kind: ChangeKind, offset: number, before: string, after: string, removed?: string) => {
    const p = pos(offset);
    changes.push({ kind, line: p.line, column: p.column, offset: toInput(offset), before: show(before), after: show(after), ...(removed !== undefined ? { removed } : {}) });
  };
  for (const item of residue) {
    const p = positionAt(starts, item.start);
    const from = Math.max(0, item.start - EXCERPT);
    const to = Math.min(input.length, item.end + EXCERPT);
    const removed = input.slice(item.start, item.end);
    changes.push({ kind: item.kind, line: p.line, column: p.column, offset: item.start, before: show(input.slice(from, to)), after: show(input.slice(from, item.start) + (item.insert ?? '') + input.slice(item.end, to)), removed });
  }

  // Furniture, shown with what surrounds it before and after removal.
  const removedMask = new Uint8Array(source.length);
  for (const span of removedSpans) removedMask.fill(1, span.start, span.end);
  for (const item of [...furniture.items].sort((a, b) => a.start - b.start)) {
    const from = Math.max(0, item.start - EXCERPT);
    const to = Math.min(source.length, item.end + EXCERPT);
    let after = '';
    for (let i = from; i < to; i++) if (!removedMask[i]) after += source[i];
    const lead = from > 0 ? '…' : '';
    const trail = to < source.length ? '…' : '';
    change(item.kind, item.start, lead + source.slice(from, to) + trail, lead + after + trail, inputOf(item.start, item.end));
  }
  if (wrap) {
    const u = unwrapped.text;
    for (const join of wrap.joins) {
      // Excerpts of the two lines only: the lines around them say nothing about this join.
      const from = Math.max(0, join.start - EXCERPT);
      const to = Math.min(u.length, join.end + EXCERPT);
      const left = u.slice(from, join.start).replace(/^[\s\S]*[\r\n]/u, '');
      const right = u.slice(join.end, to).replace(/[\r\n][\s\S]*$/u, '');
      const lead = left.length === join.start - from && from > 0 && !/[\r\n]/u.test(u[from - 1] ?? '\n') ? '…' : '';
      const trail = right.length === to - join.end && to < u.length && !/[\r\n]/u.test(u[to] ?? '\n') ? '…' : '';
      const gap = u.slice(join.start, join.end);
      change('line-join', unwrapped.offsets[join.start] as number, `${lead}${left}${gap}${right}${trail}`, `${lead}${left}${join.insert}${right}${trail}`);
    }
    for (const end of wrap.doubtful) {
      const left = u.slice(Math.max(0, end - EXCERPT), end).replace(/^[\s\S]*[\r\n]/u, '');
      let next = end;
      while (next < u.length && (isSpace(u[next]) || u[next] === '\n' || u[next] === '\r')) next++;
      const right = u.slice(next, next + EXCERPT).replace(/[\r\n][\s\S]*$/u, '');
      flags.push({
        kind: 'line-break',
        ...pos(unwrapped.offsets[end] as number),
        text: left,
        message: `「…${left}」排满一行并以句末标点结束，已按段落结束处理；如果下一行「${right}…」接着本段，请把两段合并`,
      });
    }
  }
  for (const indent of indents) {
    const ws = logical.text.slice(indent.start, indent.end);
    const next = logical.text.slice(indent.end, indent.end + EXCERPT);
    change('indent', at(indent.start), ws + next + '…', next + '…');
  }
  const t = logical.text;
  for (const split of splits) {
    const left = t.slice(Math.max(0, split.start - EXCERPT), split.start);
    const right = t.slice(split.end, split.end + EXCERPT);
    change('paragraph-split', at(split.start), `…${left}${t.slice(split.start, split.end)}${right}…`, `…${left}⏎⏎${right}…`);
  }

  // Final block texts: lost closing quotes put back where the closing point is unambiguous.
  const finals: FinalBlock[] = blocks.map((block) => {
    const raw = t.slice(block.start, block.end);
    const review = reviewBlock(raw);
    const place = (index: number) => pos(at(block.start + index));
    for (const insert of review.inserts) {
      const before = raw.slice(insert.open, insert.at + 1);
      change('close-quote', at(block.start + insert.at), before, `${raw.slice(insert.open, insert.at)}”${raw.slice(insert.at, insert.at + 1)}`);
    }
    for (const q of review.unclosed) {
      const passage = raw.slice(q.open, Math.min(q.end, q.open + 16)) + (q.end > q.open + 16 ? '…' : '');
      flags.push({ kind: 'unclosed-quote', ...place(q.open), text: passage, message: `「${passage}」的引号没有闭合，无法确定闭合位置，请对照原文补上` });
    }
    for (const hit of review.substitutions) {
      const context = raw.slice(Math.max(0, hit.index - 6), hit.index + hit.find.length + 6);
      flags.push({ kind: 'substitution', ...place(hit.index), text: hit.find, suggestion: hit.suggest, message: `「${context}」中的「${hit.find}」疑为「${hit.suggest}」（未修改）` });
    }
    for (const gap of review.gaps) {
      const context = raw.slice(Math.max(0, gap.index - 6), gap.index + gap.length + 6);
      flags.push({ kind: 'suspect-gap', ...place(gap.index), text: context, message: `「${context}」标点前有空格，可能缺了字（未修改）` });
    }
    return { block, text: review.text, inserts: review.inserts.map((i) => i.at) };
  });

  // Headings, the title, escapes: the Markdown marks the text gets.
  const render: RenderBlock[] = [];
  for (const [k, final] of finals.entries()) {
    const { block, text } = final;
    const depth = block.type === 'paragraph' ? 0 : (block.level ?? 2);
    const escaped = escapeMarkdown(text, depth === 0);
    render.push({ depth, markdown: escaped.text });
    for (const e of escaped.escaped) {
      const rawIndex = e - final.inserts.filter((i) => i <= e).length;
      change('escape', at(block.start + rawIndex), text.slice(e, e + 1), `\\${text.slice(e, e + 1)}`);
    }
    if (block.type === 'title') change('title', at(block.start), text, `# ${text}`);
    else if (block.type === 'heading') {
      const mark = `${'#'.repeat(depth)} `;
      const dropped = block.dropped !== undefined ? t.slice(block.dropped, block.dropped + 1) : '';
      if (block.runIn) {
        const rest = finals[k + 1]?.text.slice(0, EXCERPT) ?? '';
        change('run-in-heading', at(block.start), `${text}${dropped}${rest}…`, `${mark}${text}⏎⏎${rest}…`);
      } else change('heading', at(block.start), text + dropped, mark + text);
    }
  }

  const facts = furniture.facts.map(({ offset, ...fact }) => ({ ...fact, line: pos(offset).line }));
  const evidence = gatherEvidence(finals, facts, articleMode, (index) => pos(at(index)).line);
  const resolved = resolveMeta(evidence, {
    fileName: options.fileName,
    ...(options.title !== undefined ? { title: options.title } : {}),
    ...(options.date !== undefined ? { date: options.date } : {}),
    ...(options.kind !== undefined ? { kind: options.kind } : {}),
    fallbackDate: options.fallbackDate ?? fallbackDate(process.env.SOURCE_DATE_EPOCH),
  });
  const metaFlags: ImportFlag[] = resolved.notes.map((n) => ({ kind: n.field, text: resolved.meta[n.field], message: n.message }));

  const slug = slugForFile(options.fileName);
  changes.sort((a, b) => a.offset - b.offset);
  flags.sort((a, b) => (a.offset ?? 0) - (b.offset ?? 0));
  const allFlags = [...metaFlags, ...flags];
  const report: ImportReport = {
    file: options.fileName,
    output: `${slug}.md`,
    encoding,
    lineEnding: lineEnding(source),
    meta: resolved.meta,
    metaFrom: resolved.from,
    metaEvidence: resolved.evidence,
    stats: {
      headings: blocks.filter((b) => b.type === 'heading').length,
      paragraphs: blocks.filter((b) => b.type === 'paragraph').length,
      changes: changes.length,
      flags: allFlags.length,
    },
    ...(wrap ? { hardWrap: wrapSummary(wrap) } : {}),
    changes,
    flags: allFlags,
  };
  // What the editor must settle before the site is built (check and build refuse the source until
  // `review` is gone); a value given as an option is the editor's own and needs no review.
  const review = resolved.notes.filter((n) => resolved.from[n.field] !== 'option').map((n) => `${n.field}：${n.message}`);
  return { markdown: renderMarkdown(resolved.meta, render, review), slug, review, report };
}

/** The report's account of a hard-wrapped copy. */
function wrapSummary(wrap: HardWrap): NonNullable<ImportReport['hardWrap']> {
  return { width: wrap.width, marks: wrap.marks, doubleSpaced: wrap.doubleSpaced, joins: wrap.joins.length };
}

/** Whether page furniture was removed between two offsets of `text` (made from the input by removing it). */
function furnitureBetween(text: MappedText, items: readonly Span[]): (from: number, to: number) => boolean {
  const starts = items.map((i) => i.start).sort((a, b) => a - b);
  return (from, to) => {
    const lo = text.offsets[from] as number;
    const hi = text.offsets[to] as number;
    // The first furniture start at or after `lo`, by binary search.
    let a = 0;
    let b = starts.length;
    while (a < b) {
      const mid = (a + b) >> 1;
      if ((starts[mid] as number) < lo) a = mid + 1;
      else b = mid;
    }
    return a < starts.length && (starts[a] as number) < hi;
  };
}

/** What the blocks and the removed page lines say about the metadata. */
function gatherEvidence(finals: FinalBlock[], facts: MetaFact[], articleMode: boolean, lineOf: (index: number) => number): MetaEvidence {
  return {
    blocks: finals.map((f) => ({ type: f.block.type, text: f.text, line: lineOf(f.block.start) })),
    facts,
    articleMode,
  };
}
