/**
 * Generate quiz questions from lessons, themes and docs. Deterministic: the same content gives
 * the same questions in the same order; every random choice is seeded by the question's own
 * content. Linear in the corpus: each lesson is scanned a bounded number of times.
 */
import type { Doc, Lesson, Question, Theme } from '../shared/types.ts';
import { PUBLISH_THRESHOLD, scoreQuestion, type Quality } from './quality.ts';
import { createHash } from 'node:crypto';
import { corpusContext, lessonContext, MAX_QUOTE, themeSkeleton, type Draft, type LessonContext, type ThemeSkeleton } from './context.ts';
import { clozeDrafts } from './generators/cloze.ts';
import { judgeDrafts } from './generators/judge.ts';
import { matchDrafts } from './generators/match.ts';
import { orderDrafts } from './generators/order.ts';
import { sectionDrafts } from './generators/section.ts';
import { themeDrafts } from './generators/theme.ts';
import { questionId } from './id.ts';
import { memberPool, poolItemsBySource, type PoolItem } from './pool.ts';
import { seededDerangedShuffle, seededShuffle } from './random.ts';
import { sentenceSpans, shortestCover, toSentences, type Span } from './text.ts';
import { validateQuestion } from './validate.ts';

/** Characters before a member list within which the formulation's own name is pulled into the quote. */
const NAME_REACH = 200;

/** A generated draft that failed validation (kept for diagnostics, never emitted). */
/** A valid question not published: its quality score is below the threshold. */
export interface WithheldQuestion extends Quality {
  question: Question;
}

export interface RejectedDraft {
  lessonId: string;
  draft: Draft;
  problems: string[];
}

/**
 * A lesson's generated questions before the corpus-wide deduplication: a valid one with its
 * quality, a refused draft, or — as kept between builds — only the id and content digest of a
 * question that an earlier lesson's duplicate left out last time (should it no longer be a
 * duplicate, the lesson is generated again).
 */
export type LessonCandidate = { question: Question; quality: Quality } | { draft: Draft; problems: string[] } | { id: string; content: string };

/**
 * Where the questions of lessons generated before can be looked up: `get` the candidates of a
 * lesson by its key (see `lessonKey`); `set` is told every lesson's candidates after the
 * deduplication, duplicates reduced to their digests. The incremental build keeps them between
 * builds.
 */
export interface QuestionMemo {
  get(key: string): LessonCandidate[] | undefined;
  set(key: string, candidates: LessonCandidate[]): void;
}

/** Options of `generateQuestions`. */
export interface GenerateOptions {
  memo?: QuestionMemo;
}

/** Generate every question for the corpus; see `generateQuestionsWithReport` for the rejects. */
export function generateQuestions(lessons: readonly Lesson[], themes: readonly Theme[], docs: readonly Doc[], options: GenerateOptions = {}): Question[] {
  return generateQuestionsWithReport(lessons, themes, docs, options).questions;
}

/** Generate every question, also returning drafts the validator refused (should be none). */
export function generateQuestionsWithReport(
  lessons: readonly Lesson[],
  themes: readonly Theme[],
  docs: readonly Doc[],
  options: GenerateOptions = {},
): { questions: Question[]; rejected: RejectedDraft[]; withheld: WithheldQuestion[] } {
  const sourceOf = new Map(lessons.map((l) => [l.id, l.sourceId]));
  // Generators see themes as skeletons (no passages): a lesson's questions depend on what
  // `lessonKey` hashes and on nothing else of the corpus.
  const skeletons = themes.map(themeSkeleton);
  const skeletonById = new Map(skeletons.map((t) => [t.id, t]));
  const localPool = poolItemsBySource(themes, (id) => sourceOf.get(id));
  const corpus = corpusContext(skeletons, docs, memberPool(skeletons), localPool);
  const themesByLesson = lessonThemes(lessons, themes);
  const spans = new Map<string, Span[]>();
  const sentencesOf = (lesson: Lesson) => {
    let list = spans.get(lesson.id);
    if (!list) spans.set(lesson.id, (list = sentenceSpans(lesson.text)));
    return list;
  };
  const themeHome = themeSources(lessons, themes, sentencesOf);
  const skeletonDigest = options.memo ? digestOf(skeletons) : '';
  const docDigests = new Map<string, string>();
  const questions: Question[] = [];
  const rejected: RejectedDraft[] = [];
  const withheld: WithheldQuestion[] = [];
  const seenIds = new Set<string>();
  const seenContent = new Set<string>();

  for (const lesson of lessons) {
    const lessonThemeList = (themesByLesson.get(lesson.id) ?? []).map((t) => skeletonById.get(t.id)!);
    const home = (themeHome.get(lesson.id) ?? []).map(({ theme, quote }) => ({ theme: skeletonById.get(theme.id)!, quote }));
    const make = () => {
      const ctx = lessonContext(corpus, lesson, lessonThemeList, sentencesOf(lesson));
      return lessonCandidates(ctx, home);
    };
    let key: string | undefined;
    if (options.memo) {
      let docDigest = docDigests.get(lesson.sourceId);
      if (docDigest === undefined) docDigests.set(lesson.sourceId, (docDigest = digestOf(corpus.docById.get(lesson.sourceId) ?? null)));
      key = lessonKey(skeletonDigest, docDigest, lesson, lessonThemeList.map((t) => t.id), home.map((h) => [h.theme.id, h.quote]), corpus.localPool.get(lesson.sourceId) ?? []);
    }
    const known = key !== undefined ? options.memo!.get(key) : undefined;
    // Kept candidates serve unless one left out as a duplicate last time is not one now.
    const taken = (known && dedupe(known, seenIds, seenContent)) ?? dedupe(make(), seenIds, seenContent)!;
    spans.delete(lesson.id);
    for (const c of taken.accepted) {
      if (c.quality.score < PUBLISH_THRESHOLD) withheld.push({ question: c.question, ...c.quality });
      else questions.push(c.question);
    }
    for (const c of taken.refused) rejected.push({ lessonId: lesson.id, draft: c.draft, problems: c.problems });
    if (key !== undefined) options.memo!.set(key, taken.kept);
  }
  return { questions, rejected, withheld };
}

/** What a question counts as for deduplication: the same type, prompt and answer. */
function contentDigest(question: Question): string {
  return createHash('sha256').update(`${question.type}\u0000${question.prompt}\u0000${JSON.stringify(question.answer)}`).digest('hex').slice(0, 32);
}

/**
 * Take a lesson's candidates after those of earlier lessons: a question whose id or content came
 * before is left out (and kept only as its digests). `undefined` when a candidate known only by
 * its digests is no longer a duplicate: the lesson must be generated again. The seen sets grow
 * only when the lesson is taken.
 */
function dedupe(
  candidates: readonly LessonCandidate[],
  seenIds: Set<string>,
  seenContent: Set<string>,
): { accepted: { question: Question; quality: Quality }[]; refused: { draft: Draft; problems: string[] }[]; kept: LessonCandidate[] } | undefined {
  const ids = new Set<string>();
  const contents = new Set<string>();
  const seen = (id: string, content: string) => seenIds.has(id) || ids.has(id) || seenContent.has(content) || contents.has(content);
  const accepted: { question: Question; quality: Quality }[] = [];
  const refused: { draft: Draft; problems: string[] }[] = [];
  const kept: LessonCandidate[] = [];
  for (const c of candidates) {
    if ('draft' in c) {
      refused.push(c);
      kept.push(c);
      continue;
    }
    const id = 'question' in c ? c.question.id : c.id;
    const content = 'question' in c ? contentDigest(c.question) : c.content;
    if (seen(id, content)) {
      kept.push({ id, content });
      continue;
    }
    if (!('question' in c)) return undefined;
    ids.add(id);
    contents.add(content);
    accepted.push(c);
    kept.push(c);
  }
  for (const id of ids) seenIds.add(id);
  for (const content of contents) seenContent.add(content);
  return { accepted, refused, kept };
}

/** A lesson's candidates: its drafts finished, validated against its text and scored. Pure. */
function lessonCandidates(ctx: LessonContext, home: readonly { theme: ThemeSkeleton; quote: string }[]): LessonCandidate[] {
  const drafts: Draft[] = [];
  for (const { theme, quote } of home) drafts.push(...themeDrafts(ctx, theme, quote));
  drafts.push(...matchDrafts(ctx), ...orderDrafts(ctx), ...sectionDrafts(ctx), ...clozeDrafts(ctx), ...judgeDrafts(ctx));
  return drafts.map((draft) => {
    const question = finish(draft, ctx);
    const problems = validateQuestion(question, ctx.lesson.text);
    return problems.length > 0 ? { draft, problems } : { question, quality: scoreQuestion(question, draft.concerns) };
  });
}

/** Version of what a lesson key covers: bump it when generators read anything new. */
const KEY_VERSION = 'quiz-2';

/**
 * Everything a lesson's questions depend on: the corpus's theme skeletons (distractors come from
 * every formulation), the lesson's source (its sections and paragraphs), the lesson itself, its
 * themes, the formulations it is the home of with their quotes, and its source's own members.
 */
function lessonKey(skeletons: string, doc: string, lesson: Lesson, themeIds: string[], home: [string, string][], local: readonly PoolItem[]): string {
  return createHash('sha256').update(KEY_VERSION).update('\0').update(skeletons).update('\0').update(doc).update('\0').update(JSON.stringify([lesson, themeIds, home, local])).digest('hex');
}

function digestOf(value: unknown): string {
  return createHash('sha256').update(JSON.stringify(value)).digest('hex');
}

/** Give a draft its id, arrange its options with a shuffle seeded by that id, attach the source. */
function finish(draft: Draft, ctx: LessonContext): Question {
  const id = questionId(draft.type, draft.key, draft.quote);
  const options = !draft.options ? undefined
    : draft.arrange === 'shuffle' ? seededShuffle(draft.options, id)
      : draft.arrange === 'derange' && draft.type !== 'match' ? seededDerangedShuffle(draft.options, id)
        : draft.options.slice();
  const targets = !draft.targets ? undefined
    : draft.arrange === 'derange' ? seededDerangedShuffle(draft.targets, id) : draft.targets.slice();
  const question: Question = {
    id,
    type: draft.type,
    prompt: draft.prompt,
    ...(options ? { options } : {}),
    answer: draft.answer,
    ...(targets ? { targets } : {}),
    explanation: draft.explanation,
    themes: draft.themes ?? themesInQuote(ctx, draft.quote),
    source: { lessonId: ctx.lesson.id, url: ctx.lesson.url, quote: draft.quote },
    origin: 'generated',
  };
  return question;
}

/** Ids of the lesson's themes whose name or a member is named in the quote. */
function themesInQuote(ctx: LessonContext, quote: string): string[] {
  return ctx.themes
    .filter((t) => quote.includes(t.name) || t.members.some((m) => m.name.length >= 2 && quote.includes(m.name)))
    .map((t) => t.id);
}

/** Lesson id → themes that list it or have a passage in it, in theme order. */
function lessonThemes(lessons: readonly Lesson[], themes: readonly Theme[]): Map<string, Theme[]> {
  const themeById = new Map(themes.map((t) => [t.id, t]));
  const sets = new Map<string, Set<Theme>>();
  const add = (lessonId: string, theme: Theme) => {
    const set = sets.get(lessonId) ?? new Set<Theme>();
    set.add(theme);
    sets.set(lessonId, set);
  };
  for (const theme of themes) for (const id of candidateLessons(theme)) add(id, theme);
  for (const lesson of lessons) for (const id of lesson.themes) { const t = themeById.get(id); if (t) add(lesson.id, t); }
  const order = new Map(themes.map((t, i) => [t, i]));
  return new Map([...sets].map(([id, set]) => [id, [...set].sort((a, b) => order.get(a)! - order.get(b)!)]));
}

function candidateLessons(theme: Theme): Set<string> {
  const ids = new Set(theme.lessons);
  for (const p of theme.passages) ids.add(p.lessonId);
  for (const m of theme.members) for (const p of m.passages) ids.add(p.lessonId);
  return ids;
}

/**
 * For each theme with members, the lesson holding the shortest passage that lists all of them
 * (earliest lesson on ties), and that passage, widened to whole sentences and to the
 * formulation's name when it comes shortly before the list.
 */
function themeSources(
  lessons: readonly Lesson[],
  themes: readonly Theme[],
  sentencesOf: (lesson: Lesson) => Span[],
): Map<string, { theme: Theme; quote: string }[]> {
  const lessonById = new Map(lessons.map((l, i) => [l.id, { lesson: l, index: i }]));
  const home = new Map<string, { theme: Theme; quote: string }[]>();
  for (const theme of themes) {
    if (theme.members.length < 2) continue;
    const spellings = theme.members.map((m) => [m.name, ...m.aliases].filter((s) => s.length > 0));
    let best: { index: number; lessonId: string; quote: string } | undefined;
    for (const id of candidateLessons(theme)) {
      const found = lessonById.get(id);
      if (!found) continue;
      const text = found.lesson.text;
      const cover = shortestCover(text, spellings);
      if (!cover) continue;
      let start = cover.start;
      const named = text.lastIndexOf(theme.name, start);
      if (named >= 0 && start - named <= NAME_REACH) start = named;
      const span = toSentences(sentencesOf(found.lesson), start, cover.end);
      const quote = text.slice(span.start, span.end);
      if (quote.length > MAX_QUOTE) continue;
      if (!best || quote.length < best.quote.length || (quote.length === best.quote.length && found.index < best.index)) {
        best = { index: found.index, lessonId: id, quote };
      }
    }
    if (best) {
      const list = home.get(best.lessonId) ?? [];
      list.push({ theme, quote: best.quote });
      home.set(best.lessonId, list);
    }
  }
  return home;
}

