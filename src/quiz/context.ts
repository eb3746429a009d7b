/** What generators know about the corpus and about the lesson they work on. */
import type { Doc, Lesson, QuestionType, Question, Section, Theme } from '../shared/types.ts';
import type { MemberPool, PoolItem } from './pool.ts';
import { sentenceSpans, type Span } from './text.ts';

/** Longest quote a generated question may carry (characters). */
export const MAX_QUOTE = 1500;

/**
 * What question generators know of a theme: its name, origin and members, not where the corpus
 * mentions it. A lesson's questions then depend on the lesson, its source and these (see
 * `lessonKey` in generate.ts), so that an incremental build can keep those of unchanged lessons.
 */
export interface ThemeSkeleton {
  id: string;
  name: string;
  origin: Theme['origin'];
  members: { name: string; aliases: string[] }[];
}

/** A theme's skeleton: a copy of the fields generators may read. */
export function themeSkeleton(theme: Theme): ThemeSkeleton {
  return { id: theme.id, name: theme.name, origin: theme.origin, members: theme.members.map((m) => ({ name: m.name, aliases: [...m.aliases] })) };
}

/** Corpus-wide lookups, built once. */
export interface CorpusContext {
  themes: readonly ThemeSkeleton[];
  pool: MemberPool;
  docById: Map<string, Doc>;
  sectionById: Map<string, Map<string, Section>>;
  /** Per source: paragraph id → the section holding it. */
  sectionOfParagraph: Map<string, Map<string, Section>>;
  /** Per source: the members of the formulations found in it (preferred distractors). */
  localPool: Map<string, PoolItem[]>;
}

/** One lesson, prepared for the generators. */
export interface LessonContext {
  corpus: CorpusContext;
  lesson: Lesson;
  text: string;
  sentences: Span[];
  /** Themes with a passage in the lesson or listing it, in theme order. */
  themes: ThemeSkeleton[];
  doc: Doc | undefined;
  /** Members of the formulations of the lesson's source: distractors are drawn from these first. */
  local: PoolItem[];
}

/** A question before its id is known: generators return these, `generateQuestions` finishes them. */
export interface Draft {
  type: QuestionType;
  /**
   * What the question asks, from the lesson's own text only (never from distractor pools), so
   * that the id derived from it is stable when other sources change.
   */
  key: string;
  prompt: string;
  options?: string[];
  answer: Question['answer'];
  targets?: string[];
  explanation: string;
  /** Theme ids; when absent, the lesson themes named in the quote. */
  themes?: string[];
  quote: string;
  /** How to arrange options (or match targets) once the id seeds the shuffle. */
  arrange: 'shuffle' | 'derange' | 'none';
  /** What the generator itself doubts about the question: points off its quality score. */
  concerns?: Concern[];
}

/** A doubt a generator has about its own draft, in the editor's words. */
export interface Concern {
  penalty: number;
  reason: string;
}

/** Build the corpus lookups. */
export function corpusContext(themes: readonly ThemeSkeleton[], docs: readonly Doc[], pool: MemberPool, localPool: Map<string, PoolItem[]>): CorpusContext {
  const docById = new Map<string, Doc>();
  const sectionById = new Map<string, Map<string, Section>>();
  const sectionOfParagraph = new Map<string, Map<string, Section>>();
  for (const doc of docs) {
    docById.set(doc.meta.id, doc);
    const sections = new Map(doc.sections.map((s) => [s.id, s]));
    sectionById.set(doc.meta.id, sections);
    const byParagraph = new Map<string, Section>();
    for (const s of doc.sections) for (const p of s.paragraphIds) byParagraph.set(p, s);
    sectionOfParagraph.set(doc.meta.id, byParagraph);
  }
  return { themes, pool, docById, sectionById, sectionOfParagraph, localPool };
}

/** Prepare one lesson. */
export function lessonContext(corpus: CorpusContext, lesson: Lesson, themes: ThemeSkeleton[], sentences = sentenceSpans(lesson.text)): LessonContext {
  return {
    corpus,
    lesson,
    text: lesson.text,
    sentences,
    themes,
    doc: corpus.docById.get(lesson.sourceId),
    local: corpus.localPool.get(lesson.sourceId) ?? [],
  };
}

/** The section holding a paragraph of the lesson's source, if the source's Doc was given. */
export function sectionOf(ctx: LessonContext, paragraphId: string): Section | undefined {
  return ctx.corpus.sectionOfParagraph.get(ctx.lesson.sourceId)?.get(paragraphId);
}
