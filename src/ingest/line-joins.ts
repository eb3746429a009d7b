import { matchArticleNumber, matchHeadingNumber } from '../shared/numbering.ts';
import { isTitleLike, MAX_HEADING } from './headings.ts';
import { isSpace } from './lines.ts';
import type { Edit } from './mapped-text.ts';

/** How a hard-wrapped copy marks where its paragraphs start. */
export type ParagraphMarks = 'blank-line' | 'indent' | 'blank-line+indent' | 'none';

/** One line break of a hard-wrapped copy that is not a paragraph break: `text[start, end)` goes. */
export interface LineJoin extends Edit {
  /** `''` between Chinese characters, `' '` between two Latin words. */
  insert: '' | ' ';
  /** A numbered heading rejoined with its short second line (`一、深化机关党建工作` / `的认识`). */
  heading: boolean;
}

/** What the copy's layout says and the joins it calls for. */
export interface HardWrap {
  /** The typical full line, in full-width characters (a half-width character counts as half). */
  width: number;
  marks: ParagraphMarks;
  /** Blank lines between all lines: one blank line means nothing, two end a paragraph. */
  doubleSpaced: boolean;
  joins: LineJoin[];
}

/** Options: what the text no longer shows. */
export interface LineJoinOptions {
  /** Whether page furniture (a page number, a running header) was removed from `text[from, to)`. */
  furnitureIn?: (from: number, to: number) => boolean;
}

/** A non-blank line of the text and what is known about it. */
interface TextLine {
  /** Where the line starts, its first and after its last visible character, and its break. */
  start: number;
  content: number;
  end: number;
  /** Width in full-width characters, the indent included. */
  width: number;
  /** Width of the leading whitespace. */
  indent: number;
  /** Blank lines between this line and the one before (the whitespace-only lines). */
  blanksBefore: number;
  /** Page furniture was removed between this line and the one before. */
  pageBefore: boolean;
  /** Ends a sentence: `。！？…` (closing quotes and brackets after them allowed), or is a `（…）` line. */
  ends: boolean;
  /** Ends with `；：` or a sentence end: a break after it is no evidence of wrapping. */
  stops: boolean;
  /** Ends with any punctuation. */
  punctEnd: boolean;
  /** Has punctuation (or spaces between Latin words) before its end: prose, not a list or a poem. */
  prose: boolean;
  /** Has clause punctuation (`，、；：。`) before its end: not a title. */
  clauses: boolean;
  /** Starts with a heading, chapter or article number. */
  numbered: boolean;
  /** A numbered heading without punctuation at its end: the length of its text after the number, else -1. */
  headingText: number;
  /** A table-of-contents line (`一、总体要求……3`, `目　录`). */
  toc: boolean;
  /** Starts with a dash: a subtitle or an attribution (`——在…会议上的讲话`). */
  dash: boolean;
  /** Has `。！？；：` inside. */
  sentence: boolean;
}

/** Narrowest column read as a page's line width; list items and verse are shorter. */
const MIN_WIDTH = 10;
/** Fewest lines that must read as cut mid-sentence before a copy is treated as hard-wrapped. */
const MIN_EVIDENCE = 3;
/** Indent (over the copy's margin) from which a line is centred or set right: a title, a signature. */
const CENTRED = 3;

const SENTENCE_FINAL = new Set(['。', '！', '？', '!', '?', '…', '.', '．']);
const STOPS = new Set([...SENTENCE_FINAL, '；', ';', '：', ':']);
const CLOSERS = new Set(['”', '’', '」', '』', '）', ')', '》', '】', '〕', '"', "'"]);
const LATIN = /[A-Za-z0-9\u00c0-\u024f]/u;
const LATIN_LETTER = /[A-Za-z\u00c0-\u024f]/u;
const HAN = /\p{Script=Han}/u;
const PUNCT = /\p{P}/u;
const TOC_ENTRY = /(?:[.…·．・_—-]{2,}|[ \t\u3000]{2,})[ \t\u3000]*[0-9０-９]{1,4}$/u;
const TOC_TITLE = /^目[ \t\u3000]*录$/u;
const SENTENCE_INSIDE = /[。！？；：!?;]/u;
const PROSE = /\p{P}|[A-Za-z] +[A-Za-z]/u;
const CLAUSES = /[，、,；;：:。！？!?]/u;

/** Width of one UTF-16 code unit in half-width columns: CJK, full-width forms and `“”…—` take two. */
function columns(code: number): number {
  if (code < 0x2000) return 1;
  if (code >= 0xdc00 && code <= 0xdfff) return 0;
  if (code >= 0xff61 && code <= 0xffdc) return 1;
  return 2;
}

/** Read the copy's lines: one linear pass, each line's measures from its own characters. */
function readLines(text: string, furnitureIn: (from: number, to: number) => boolean): TextLine[] {
  const lines: TextLine[] = [];
  let blanks = 0;
  let previousEnd = -1;
  let i = 0;
  while (i <= text.length) {
    let lineEnd = i;
    while (lineEnd < text.length && text[lineEnd] !== '\n' && text[lineEnd] !== '\r') lineEnd++;
    let content = i;
    let indentCols = 0;
    while (content < lineEnd && isSpace(text[content])) indentCols += columns(text.charCodeAt(content++));
    let end = lineEnd;
    while (end > content && isSpace(text[end - 1])) end--;
    if (end > content) {
      let cols = indentCols;
      for (let k = content; k < end; k++) cols += columns(text.charCodeAt(k));
      let last = end - 1;
      while (last > content && CLOSERS.has(text[last] as string)) last--;
      const final = text[last] as string;
      const first = text[content] as string;
      const window = text.slice(content, Math.min(end, content + 80));
      const closedAside = /^[（(]/u.test(first) && /[）)]/u.test(text[end - 1] as string);
      const heading = matchHeadingNumber(window);
      const inner = end - content > 1 ? text.slice(content, end - 1) : '';
      const tail = text.slice(Math.max(content, end - 40), end);
      lines.push({
        start: i,
        content,
        end,
        width: cols / 2,
        indent: indentCols / 2,
        blanksBefore: blanks,
        pageBefore: previousEnd >= 0 && furnitureIn(previousEnd, i),
        ends: SENTENCE_FINAL.has(final) || closedAside,
        stops: STOPS.has(final) || closedAside,
        punctEnd: PUNCT.test(text[end - 1] as string),
        prose: PROSE.test(inner),
        clauses: CLAUSES.test(inner),
        numbered: heading !== null || matchArticleNumber(window) !== null,
        headingText: heading !== null && !PUNCT.test(text[end - 1] as string) ? end - content - heading.raw.length : -1,
        toc: TOC_ENTRY.test(tail) || TOC_TITLE.test(tail),
        dash: /^[—–-]{2}/u.test(window),
        sentence: SENTENCE_INSIDE.test(inner),
      });
      blanks = 0;
      previousEnd = end;
    } else blanks++;
    if (lineEnd >= text.length) break;
    i = text[lineEnd] === '\r' && text[lineEnd + 1] === '\n' ? lineEnd + 2 : lineEnd + 1;
  }
  return lines;
}

/** Tolerance of "as wide as the column": justified Chinese lines vary by a character or two. */
const tolerance = (width: number) => Math.max(1.5, width * 0.1);

/**
 * The copy's typical full line width: the top of the densest band of line widths (a band is
 * `tolerance` wide), among lines at least `MIN_WIDTH` wide; ties go to the wider band.
 */
function typicalWidth(lines: TextLine[]): number {
  const widths = lines.map((l) => l.width).filter((w) => w >= MIN_WIDTH).sort((a, b) => a - b);
  let best = 0;
  let bestCount = 0;
  let lo = 0;
  for (let hi = 0; hi < widths.length; hi++) {
    const w = widths[hi] as number;
    if (hi + 1 < widths.length && widths[hi + 1] === w) continue;
    while ((widths[lo] as number) < w - tolerance(w)) lo++;
    const count = hi - lo + 1;
    if (count >= bestCount) {
      best = w;
      bestCount = count;
    }
  }
  return best;
}

/** Width of what would have had to fit on the line above for `line` not to start where it does. */
function leadWidth(text: string, line: TextLine): number {
  if (!LATIN.test(text[line.content] as string)) return columns(text.charCodeAt(line.content)) / 2;
  let k = line.content;
  while (k < line.end && k - line.content < 40 && /[A-Za-z0-9\u00c0-\u024f'’-]/u.test(text[k] as string)) k++;
  // The word and the space before it.
  return (k - line.content + 1) / 2;
}

/** How a copy's Latin words meet Chinese characters: with a space or without. */
function spacesLatin(text: string): boolean {
  let spaced = 0;
  let tight = 0;
  const n = Math.min(text.length, 200_000);
  for (let k = 1; k < n; k++) {
    const c = text[k] as string;
    const p = text[k - 1] as string;
    if ((HAN.test(p) && LATIN_LETTER.test(c)) || (LATIN_LETTER.test(p) && HAN.test(c))) tight++;
    else if (c === ' ' && k + 1 < n) {
      const q = text[k + 1] as string;
      if ((HAN.test(p) && LATIN_LETTER.test(q)) || (LATIN_LETTER.test(p) && HAN.test(q))) spaced++;
    }
  }
  return spaced > tight;
}

/** The separator a join puts between `left`, the last character of a line, and `right`, the next line's first. */
function separator(left: string, right: string, latinSpaced: boolean): '' | ' ' {
  const rightLatin = LATIN.test(right);
  if (LATIN.test(left) && rightLatin) return ' ';
  // `Party members,` / `and` — a space after Latin punctuation before a Latin word.
  if (/[,.;:!?)%"']/u.test(left) && (rightLatin || right === '(')) return ' ';
  // Digits meet Chinese without a space (`2024年`); Latin words as the copy writes them elsewhere.
  if (latinSpaced && ((HAN.test(left) && LATIN_LETTER.test(right)) || (LATIN_LETTER.test(left) && HAN.test(right)))) return ' ';
  return '';
}

const share = (part: number, whole: number) => (whole === 0 ? 0 : part / whole);

/**
 * Find the line breaks of a hard-wrapped copy (each paragraph broken into lines of about the same
 * width, as copied from a PDF) that are not paragraph breaks. Returns `null` when the copy is not
 * hard-wrapped: too few lines as wide as the copy's column end mid-sentence. Paragraphs end at a
 * blank line or an indented line when the copy marks them so, at a short line, and at a sentence
 * end when nothing else marks them; headings, contents lines, centred lines and dash lines are
 * never joined to their neighbours. Linear apart from sorting the line widths.
 */
export function findLineJoins(text: string, options: LineJoinOptions = {}): HardWrap | null {
  const furnitureIn = options.furnitureIn ?? (() => false);
  const lines = readLines(text, furnitureIn);
  if (lines.length < MIN_EVIDENCE + 1) return null;
  const width = typicalWidth(lines);
  if (width < MIN_WIDTH) return null;
  const tol = tolerance(width);
  const inBand = (l: TextLine) => l.width >= width - tol && l.width <= width + tol;
  // A line is full when the next line's first word would not have fitted after it.
  const full = (a: TextLine, b: TextLine) => a.width + leadWidth(text, b) > width - tol;
  const wide = (l: TextLine) => l.width + 1 > width - tol;

  // The copy's margin: the smallest indent of its full lines.
  let margin = Infinity;
  for (const l of lines) if (inBand(l)) margin = Math.min(margin, l.indent);
  if (!Number.isFinite(margin)) margin = 0;
  const indented = (l: TextLine) => l.indent - margin >= 1 && l.indent - margin < CENTRED;
  const centred = (l: TextLine) => l.indent - margin >= CENTRED;

  // Evidence: full lines of prose that stop mid-sentence, followed by a line that may continue them.
  let band = 0;
  let long = 0;
  const cut: number[] = [];
  for (let k = 0; k < lines.length; k++) {
    const l = lines[k]!;
    if (l.width >= MIN_WIDTH) long++;
    if (!inBand(l)) continue;
    band++;
    const next = lines[k + 1];
    if (!next || l.stops || l.toc || !l.prose || next.numbered || next.toc || next.pageBefore) continue;
    cut.push(k);
  }
  // Most full lines are cut, and full lines are common: verse and lists vary more in length.
  if (cut.length < MIN_EVIDENCE || share(cut.length, band) < 0.5 || share(band, long) < 0.35 || share(cut.length, long) < 0.2) return null;

  // Blank lines: between every line (double spacing), between paragraphs, or none.
  const doubleSpaced = share(cut.filter((k) => lines[k + 1]!.blanksBefore > 0).length, cut.length) >= 0.6;
  const blank = (b: TextLine) => !b.pageBefore && b.blanksBefore >= (doubleSpaced ? 2 : 1);
  // Paragraph ends: short lines that end a sentence.
  const ends: number[] = [];
  for (let k = 0; k + 1 < lines.length; k++) {
    const a = lines[k]!;
    const b = lines[k + 1]!;
    if (a.stops && !full(a, b) && !b.pageBefore) ends.push(k);
  }
  const byBlank = ends.length >= 2 && share(ends.filter((k) => blank(lines[k + 1]!)).length, ends.length) >= 0.7;
  const continuations = cut.filter((k) => !blank(lines[k + 1]!)).map((k) => lines[k + 1]!);
  const starts = ends.map((k) => lines[k + 1]!);
  const byIndent =
    lines.filter(indented).length >= 2 &&
    continuations.length > 0 &&
    share(continuations.filter(indented).length, continuations.length) <= 0.2 &&
    (starts.length === 0 || share(starts.filter(indented).length, starts.length) >= 0.6);
  const marks: ParagraphMarks = byBlank && byIndent ? 'blank-line+indent' : byBlank ? 'blank-line' : byIndent ? 'indent' : 'none';

  const latinSpaced = spacesLatin(text);
  const joins: LineJoin[] = [];
  for (let k = 0; k + 1 < lines.length; k++) {
    const a = lines[k]!;
    const b = lines[k + 1]!;
    if (!joinable(a, b, k === 0)) continue;
    const left = text[a.end - 1] as string;
    const right = text[b.content] as string;
    // `well-` / `known`: the hyphen stays, nothing goes between.
    const hyphen = left === '-' && LATIN_LETTER.test(text[a.end - 2] ?? '') && LATIN_LETTER.test(right);
    joins.push({ start: a.end, end: b.content, insert: hyphen ? '' : separator(left, right, latinSpaced), heading: headingJoin(a, b) });
  }
  return { width, marks, doubleSpaced, joins };

  /** A numbered heading without end punctuation, then a short line that finishes it. */
  function headingJoin(a: TextLine, b: TextLine): boolean {
    return a.headingText >= 0 && !full(a, b) && !b.punctEnd && !b.sentence && a.headingText + b.end - b.content <= MAX_HEADING;
  }

  function joinable(a: TextLine, b: TextLine, first: boolean): boolean {
    if (b.numbered || b.toc || a.toc || b.dash || centred(a) || centred(b)) return false;
    if (byIndent && indented(b)) return false;
    if (b.pageBefore) {
      // The page's break says nothing about the paragraph's, except in a copy that indents paragraphs.
      if (!byIndent || !full(a, b)) return false;
    } else if (blank(b)) return false;
    if (headingJoin(a, b)) return true;
    if (!full(a, b)) return false;
    // A title line (no punctuation at all) goes on only into a short end of itself, not into a subtitle.
    if (first && !a.numbered && !a.clauses && isTitleLike(text.slice(a.content, a.end))) {
      return !wide(b) && !b.punctEnd && !/^[（(]/u.test(text[b.content] as string) && !/^[0-9０-９〇零一二三四五六七八九十○]+年/u.test(text.slice(b.content, b.content + 6));
    }
    if (!a.ends) return true;
    // A sentence end at the end of a full line ends the paragraph only where nothing else marks paragraphs.
    if (marks === 'none') return false;
    // …and what follows it must read as the paragraph's next line, not as a short heading of its own.
    return b.punctEnd || wide(b);
  }
}
