import { matchArticleNumber, matchHeadingNumber } from '../shared/numbering.ts';
import { isTitleLike, isTocEntry, MAX_HEADING } from './headings.ts';
import { isSpace } from './lines.ts';
import type { Edit } from './mapped-text.ts';

/** How a hard-wrapped copy marks where its paragraphs start. */
export type ParagraphMarks = 'blank-line' | 'indent' | 'blank-line+indent' | 'none';

/** One line break of a hard-wrapped copy that is not a paragraph break: `text[start, end)` goes. */
export interface LineJoin extends Edit {
  /** `''` between Chinese characters, `' '` between two Latin words, `'　'` where the copy had one at the break. */
  insert: '' | ' ' | '\u3000';
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
  /**
   * Breaks kept on a guess (offsets of the line ends): a full line ends a sentence and nothing
   * marks paragraphs, so whether the next line goes on with the paragraph cannot be told.
   */
  doubtful: number[];
}

/** Options: what the text no longer shows. */
export interface LineJoinOptions {
  /** Whether page furniture (a page number, a running header) was removed from `text[from, to)`. */
  furnitureIn?: (from: number, to: number) => boolean;
}

/** A non-blank line of the text and what is known about it. */
interface TextLine {
  /** Where its first visible character is, and where its visible text ends. */
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
const MIN_WIDTH = 12;
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
const TOC_TITLE = /^目[ \t\u3000]*录$/u;
const SENTENCE_INSIDE = /[。！？；：!?;]/u;
const PROSE = /\p{P}|[A-Za-z] +[A-Za-z]/u;
const CLAUSES = /[，、,；;：:。！？!?]/u;

/**
 * Width of one UTF-16 code unit in half-width columns: CJK, full-width forms and `“”…—` take two;
 * a tab, which word processors use to indent paragraphs, takes a paragraph indent's four.
 */
function columns(code: number): number {
  if (code === 0x09) return 4;
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
        toc: isTocEntry(tail) || TOC_TITLE.test(tail),
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
 * The copy's typical full line width: the commonest width in the densest band of line widths
 * (a band is `tolerance` wide), among lines at least `MIN_WIDTH` wide; ties go to the wider.
 */
function typicalWidth(lines: TextLine[]): number {
  const widths = lines.filter((l) => !l.toc && l.width >= MIN_WIDTH).map((l) => l.width).sort((a, b) => a - b);
  let band = [0, -1];
  let lo = 0;
  for (let hi = 0; hi < widths.length; hi++) {
    const w = widths[hi] as number;
    if (hi + 1 < widths.length && widths[hi + 1] === w) continue;
    while ((widths[lo] as number) < w - tolerance(w)) lo++;
    if (hi - lo >= (band[1] as number) - (band[0] as number)) band = [lo, hi];
  }
  let best = 0;
  let bestRun = 0;
  for (let k = band[0] as number; k <= (band[1] as number); ) {
    let j = k;
    while (j <= (band[1] as number) && widths[j] === widths[k]) j++;
    if (j - k >= bestRun) {
      best = widths[k] as number;
      bestRun = j - k;
    }
    k = j;
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

/** Whether the copy puts a space between Chinese characters and Latin words, and digits. */
interface LatinHabit {
  letters: boolean;
  digits: boolean;
}

/** How the copy's Latin words and numbers meet Chinese characters elsewhere: with a space or without. */
function latinHabit(text: string): LatinHabit {
  const spaced = { L: 0, D: 0 };
  const tight = { L: 0, D: 0 };
  const kind = (c: string): 'L' | 'D' | 'H' | undefined => (/[0-9]/u.test(c) ? 'D' : LATIN_LETTER.test(c) ? 'L' : HAN.test(c) ? 'H' : undefined);
  const count = (a: string, b: string, into: { L: number; D: number }) => {
    const x = kind(a);
    const y = kind(b);
    if (x === 'H' && (y === 'L' || y === 'D')) into[y]++;
    else if (y === 'H' && (x === 'L' || x === 'D')) into[x]++;
  };
  // A sample is enough to know the habit, and keeps this linear in a bounded way.
  const n = Math.min(text.length, 200_000);
  for (let k = 1; k < n; k++) {
    const c = text[k] as string;
    if (c === ' ') {
      if (k + 1 < n && text[k + 1] !== ' ') count(text[k - 1] as string, text[k + 1] as string, spaced);
    } else count(text[k - 1] as string, c, tight);
  }
  return { letters: spaced.L > tight.L, digits: spaced.D > tight.D };
}

/** The separator a join puts between `left`, the last character of a line, and `right`, the next line's first. */
function separator(left: string, right: string, habit: LatinHabit): '' | ' ' {
  const rightLatin = LATIN.test(right);
  if (LATIN.test(left) && rightLatin) return ' ';
  // `Learning,` / `Innovation` — a space after Latin punctuation before a Latin word.
  if (/[,.;:!?)%"']/u.test(left) && (rightLatin || right === '(')) return ' ';
  // Chinese meets Latin words and numbers as the copy writes them elsewhere (`使用 Word`, `2024年`).
  const mixed = HAN.test(left) ? right : HAN.test(right) ? left : '';
  if (/[0-9]/u.test(mixed)) return habit.digits ? ' ' : '';
  if (LATIN_LETTER.test(mixed)) return habit.letters ? ' ' : '';
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
    // Contents lines are as wide as the page with their leader dots, and say nothing about wrapping.
    if (l.toc) continue;
    if (l.width >= MIN_WIDTH) long++;
    if (!inBand(l)) continue;
    band++;
    const next = lines[k + 1];
    if (!next || l.stops || !l.prose || next.numbered || next.toc || next.pageBefore) continue;
    cut.push(k);
  }
  // Most full lines are cut, and full lines are common: verse and lists vary more in length.
  if (cut.length < MIN_EVIDENCE || share(cut.length, band) < 0.5 || share(band, long) < 0.35 || share(cut.length, long) < 0.2) return null;
  // Wrapped sentences end somewhere: some cut line is followed by a line that ends a sentence.
  // A list of slogans of about the same length (no punctuation at their ends) is not wrapped.
  if (!cut.some((k) => lines[k + 1]!.stops)) return null;

  // Blank lines: between every line (double spacing), between paragraphs, or none.
  const doubleSpaced = share(cut.filter((k) => lines[k + 1]!.blanksBefore > 0).length, cut.length) >= 0.6;
  const blank = (b: TextLine) => !b.pageBefore && b.blanksBefore >= (doubleSpaced ? 2 : 1);
  // Short lines end paragraphs, headings and titles: what follows them shows how paragraphs start.
  const short: number[] = [];
  for (let k = 0; k + 1 < lines.length; k++) {
    const a = lines[k]!;
    const b = lines[k + 1]!;
    if (!full(a, b) && !b.pageBefore) short.push(k);
  }
  const ends = short.filter((k) => lines[k]!.stops);
  const byBlank = short.length >= 2 && share(short.filter((k) => blank(lines[k + 1]!)).length, short.length) >= 0.7;
  const continuations = cut.filter((k) => !blank(lines[k + 1]!)).map((k) => lines[k + 1]!);
  // Headings start lines of their own whether or not they are indented.
  const starts = ends.map((k) => lines[k + 1]!).filter((l) => !l.numbered && !centred(l));
  const byIndent =
    lines.filter(indented).length >= 2 &&
    continuations.length > 0 &&
    share(continuations.filter(indented).length, continuations.length) <= 0.2 &&
    (starts.length === 0 || share(starts.filter(indented).length, starts.length) >= 0.6);
  const marks: ParagraphMarks = byBlank && byIndent ? 'blank-line+indent' : byBlank ? 'blank-line' : byIndent ? 'indent' : 'none';

  const habit = latinHabit(text);
  const joins: LineJoin[] = [];
  const doubtful: number[] = [];
  for (let k = 0; k + 1 < lines.length; k++) {
    const a = lines[k]!;
    const b = lines[k + 1]!;
    const verdict = decide(a, b, k === 0);
    if (verdict === 'doubt') doubtful.push(a.end);
    if (verdict !== 'join') continue;
    const left = text[a.end - 1] as string;
    const right = text[b.content] as string;
    // `well-` / `known`: the hyphen stays, nothing goes between.
    const hyphen = left === '-' && LATIN_LETTER.test(text[a.end - 2] ?? '') && LATIN_LETTER.test(right);
    // Spaces at a break are layout, but a lone ideographic space there separates words (`批准　2014年`).
    const gap = text.slice(a.end, b.content);
    const ideographic = gap.indexOf('\u3000') >= 0 && gap.indexOf('\u3000') === gap.lastIndexOf('\u3000');
    const insert = hyphen ? '' : ideographic ? '\u3000' : separator(left, right, habit);
    joins.push({ start: a.end, end: b.content, insert, heading: headingJoin(a, b) });
  }
  return { width, marks, doubleSpaced, joins, doubtful };

  /** A numbered heading without end punctuation, then a short line that finishes it. */
  function headingJoin(a: TextLine, b: TextLine): boolean {
    return (
      a.headingText >= 0 &&
      !full(a, b) &&
      b.width <= width / 2 &&
      !b.punctEnd &&
      !b.sentence &&
      a.headingText + b.end - b.content <= MAX_HEADING
    );
  }

  /** Join `a` and `b`, keep the break, or keep it on a guess. */
  function decide(a: TextLine, b: TextLine, first: boolean): 'join' | 'keep' | 'doubt' {
    if (b.numbered || b.toc || a.toc || b.dash || centred(a) || centred(b)) return 'keep';
    if (byIndent && indented(b)) return 'keep';
    if (b.pageBefore) {
      // The page's break says nothing about the paragraph's, except in a copy that indents paragraphs.
      if (!byIndent || !full(a, b)) return 'keep';
    } else if (blank(b)) return 'keep';
    if (headingJoin(a, b)) return 'join';
    if (!full(a, b)) return 'keep';
    // A title line (no punctuation at all) goes on only into a short end of itself, not into a subtitle.
    if (first && !a.numbered && !a.clauses && isTitleLike(text.slice(a.content, a.end))) {
      const end = !wide(b) && !b.punctEnd && !/^[（(]/u.test(text[b.content] as string) && !/^[0-9０-９〇零一二三四五六七八九十○]+年/u.test(text.slice(b.content, b.content + 6));
      return end ? 'join' : 'keep';
    }
    if (!a.ends) return 'join';
    // What follows a full line's sentence end must read as the paragraph's next line, not as a short heading.
    if (!b.punctEnd && !wide(b)) return 'keep';
    // The sentence end ends the paragraph where nothing else marks paragraphs: a guess to review.
    if (b.pageBefore || marks !== 'none') return 'join';
    // A short label (`扉页题诗：`) is not a paragraph's last line: no doubt about it.
    return wide(b) || b.ends ? 'doubt' : 'keep';
  }
}
