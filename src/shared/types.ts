/**
 * The typed data that flows between pipeline stages. Every stage is a pure function from
 * one of these shapes to the next; nothing here knows about Astro or the file system.
 */

/** A 1-based position in a content file, for `file:line: message` errors. */
export interface SourcePosition {
  file: string;
  line: number;
}

/** Frontmatter of a Markdown source (`content/sources/*.md`), validated by zod. */
export interface SourceMeta {
  /** Stable ASCII id, also the page slug: the frontmatter `slug`, else the file name. */
  id: string;
  title: string;
  /** YYYY-MM-DD */
  date: string;
  /** 讲话, 文件, 通知, 报告… */
  kind: string;
  speaker?: string;
  organization?: string;
  /** Where the copy came from. */
  origin?: string;
  /** Path of the Markdown file, relative to the content folder (for error messages). */
  file: string;
}

/** One paragraph of a source, the unit every later stage points back to. */
export interface Paragraph {
  /** Stable within the source: `p1`, `p2`… in document order (`p5-2` for a piece, see `continued`); also the HTML anchor. */
  id: string;
  /** Plain text (what search, lessons, themes and quizzes read). */
  text: string;
  /** Sanitised HTML of the paragraph's inline content, without the wrapping `<p>`. */
  html: string;
  /** Line in the Markdown file where the paragraph starts. */
  line: number;
  /** The innermost section holding it; `null` for opening remarks and closing remarks. */
  sectionId: string | null;
  /** `opening` / `closing` remarks of a speech, or `body`. */
  role: 'opening' | 'body' | 'closing';
  /**
   * A later piece of a source paragraph too long to keep whole (`p5-2` after `p5`): its text
   * follows the previous piece's without a break.
   */
  continued?: true;
}

/** An inline enumeration item: `一是…`, `二要…`, `首先…`. */
export interface Point {
  /** 1-based position in its enumeration. */
  ordinal: number;
  /** The marker as written: `一是`, `二要`, `首先`. */
  marker: string;
  /** The lead clause after the marker, up to the first 。；： (the point's gist). */
  title: string;
  /** The whole text of the point, marker included, up to the next marker or paragraph end. */
  text: string;
  paragraphId: string;
}

/** A heading and what it governs. */
export interface Section {
  /** Stable within the source: `s1`, `s1-2`… from the section's position in the tree. */
  id: string;
  /** 1 = top level, relative to the numbering styles the document actually uses. */
  level: number;
  /** Number as written (`一、`, `（二）`, `3、`, `第一章`), '' when the heading has none. */
  number: string;
  /** Heading text as written, number included (`二、突出机关党建工作的重点`). */
  title: string;
  /** Heading text without its number (`突出机关党建工作的重点`). */
  label: string;
  parentId: string | null;
  childIds: string[];
  /** Paragraphs directly under this heading (not under its children), in order. */
  paragraphIds: string[];
  /** The inline enumerations in this section's own paragraphs. */
  points: Point[];
  /** HTML anchor of the heading on the source page. */
  anchor: string;
  line: number;
}

/** A structured source document. */
export interface Doc {
  meta: SourceMeta;
  sections: Section[];
  paragraphs: Paragraph[];
}

/** One study unit: a top-level section (or part of one), or the opening/closing remarks. */
export interface Lesson {
  /** Stable id, ASCII: `<sourceId>-<n>` (e.g. `jiguan-dangjian-jianghua-2`). Also the slug. */
  id: string;
  /** Site-relative URL without the base: `/lessons/<id>/`. */
  url: string;
  title: string;
  sourceId: string;
  /** Title path: [source title, section title, (subsection title)]. */
  path: string[];
  /** Position among the source's lessons, 0-based. */
  order: number;
  sectionIds: string[];
  paragraphIds: string[];
  /** Headings inside the lesson, with their anchors on the lesson page. */
  parts: { title: string; anchor: string; level: number }[];
  /** Key points (要点): inline enumerations and run-in sub-headings. */
  points: Point[];
  /** Minutes at about 400 characters a minute, at least 1. */
  minutes: number;
  /** Theme ids, filled in by the themes stage. */
  themes: string[];
  /** Plain text of the lesson. */
  text: string;
}

/** Where a theme or one of its members is mentioned. */
export interface Passage {
  sourceId: string;
  lessonId: string;
  paragraphId: string;
  /** The sentence holding the mention, verbatim. */
  text: string;
}

export interface ThemeMember {
  name: string;
  /** Lead text that names the member in the source, e.g. `注重与业务工作相结合`. */
  aliases: string[];
  passages: Passage[];
}

/** A formulation (数字概括语) or a configured theme, gathered across every source. */
export interface Theme {
  /** ASCII id from pinyin (`si-feng`), also the slug of `/themes/<id>/`. */
  id: string;
  name: string;
  /** `glossary`: a standard formulation of the shipped or the editor's glossary that a source names. */
  origin: 'configured' | 'detected' | 'glossary';
  summary?: string;
  aliases: string[];
  members: ThemeMember[];
  /** Mentions of the formulation itself. */
  passages: Passage[];
  /** Lessons holding any passage of the theme or its members. */
  lessons: string[];
}

export type QuestionType = 'single' | 'multiple' | 'cloze' | 'judge' | 'order' | 'match';

/** A quiz question, in the shape of `dist/data/quiz.json`. */
export interface Question {
  id: string;
  type: QuestionType;
  prompt: string;
  /** single/multiple: choices; order: items in shuffled order; match: left items. */
  options?: string[];
  /**
   * single: the right option; multiple: the right options; cloze: the blanked text;
   * judge: true/false; order: items in the right order; match: `{ left: right }`.
   */
  answer: string | string[] | boolean | Record<string, string>;
  /** match only: the right-hand items, shuffled. */
  targets?: string[];
  explanation: string;
  themes: string[];
  source: { lessonId: string; url: string; quote: string };
  /** `generated` or the quiz file it came from. */
  origin?: string;
}

export interface Book {
  title: string;
  author: string;
  publisher?: string;
  year?: number;
  isbn?: string;
  reason: string;
  themes: string[];
}

export interface ReadingMonth {
  /** YYYY-MM */
  month: string;
  /** Sanitised HTML of the optional introduction. */
  intro: string;
  books: Book[];
  file: string;
}

/** Everything the site is built from: the output of the whole pure pipeline. */
export interface SiteData {
  docs: Doc[];
  lessons: Lesson[];
  themes: Theme[];
  questions: Question[];
  reading: ReadingMonth[];
}

/** A problem in the content, reported as `file:line: message`. */
export interface ContentIssue {
  file: string;
  line?: number;
  message: string;
}
