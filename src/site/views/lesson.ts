import type { Lesson, Question } from '../../shared/types.ts';
import { clientQuestion, lessonQuizQuestions, quizLookup } from '../../islands/quiz/lookup.ts';
import { docBlocks } from '../doc-blocks.ts';
import { cardPath, firstSentences } from '../share-card.ts';
import { blockViews, type BlockView } from './blocks.ts';
import type { SiteIndex } from './site-index.ts';

/** Everything a lesson page (`/lessons/<id>/`) shows. */
export interface LessonView {
  lesson: { id: string; title: string; minutes: number; path: string[]; themes: string[]; points: { paragraphId: string; title: string }[] };
  source: { id: string; title: string; kind: string; date: string };
  /** Anchor of the lesson's own heading, which the page's h1 stands for. */
  titleAnchor?: string;
  blocks: BlockView[];
  firstParagraph?: string;
  themes: { id: string; name: string }[];
  prev?: { url: string; title: string };
  next?: { url: string; title: string };
  /** The short quiz at the end: up to five of the lesson's questions, and the bank's shard digits. */
  quiz: { questions: Question[]; digits: number };
  /** What a chat app shows under the title: the lesson's opening, or its 要点 when the text is a stub. */
  description: string;
  /** The source's share card (site-relative). */
  card: string;
}

/** The view of one lesson page. */
export function lessonView(site: SiteIndex, lesson: Lesson): LessonView {
  const doc = site.docById.get(lesson.sourceId)!;
  const siblings = site.lessonsBySource.get(lesson.sourceId) ?? [];
  const prev = siblings[lesson.order - 1];
  const next = siblings[lesson.order + 1];
  const sectionIds = new Set(lesson.sectionIds);
  const paragraphIds = new Set(lesson.paragraphIds);
  const blocks = docBlocks(doc, doc.sections.filter((s) => sectionIds.has(s.id)), doc.paragraphs.filter((p) => paragraphIds.has(p.id)));
  // The lesson title is the page's h1, so its own heading is not repeated in the body.
  const first = blocks[0]?.kind === 'heading' && blocks[0].section.title === lesson.title ? blocks.shift() : undefined;
  const { byLesson, digits } = quizLookup(site.questions);
  const { meta } = doc;
  const opening = firstSentences(doc.paragraphs.filter((p) => paragraphIds.has(p.id)).map((p) => p.text).join(''));
  const description = opening.length >= 20 || lesson.points.length === 0 ? opening || `《${meta.title}》${lesson.title}` : `要点：${lesson.points.map((p) => p.title).join('；')}`;
  return {
    lesson: { id: lesson.id, title: lesson.title, minutes: lesson.minutes, path: lesson.path, themes: lesson.themes, points: lesson.points.map((p) => ({ paragraphId: p.paragraphId, title: p.title })) },
    source: { id: meta.id, title: meta.title, kind: meta.kind, date: meta.date },
    titleAnchor: first?.kind === 'heading' ? first.section.anchor : undefined,
    blocks: blockViews(blocks),
    firstParagraph: lesson.paragraphIds[0],
    themes: lesson.themes.map((id) => site.themeById.get(id)).filter((t) => t !== undefined).map((t) => ({ id: t.id, name: t.name })),
    prev: prev && { url: prev.url, title: prev.title },
    next: next && { url: next.url, title: next.title },
    quiz: { questions: lessonQuizQuestions(byLesson.get(lesson.id) ?? []).map(clientQuestion), digits },
    description,
    card: cardPath(meta.id),
  };
}
