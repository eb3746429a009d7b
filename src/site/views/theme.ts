import type { Passage, Theme } from '../../shared/types.ts';
import { booksByTheme } from '../../reading/index.ts';
import { quizLookup } from '../../islands/quiz/lookup.ts';
import { paragraphPath } from '../doc-blocks.ts';
import { firstSentences } from '../share-card.ts';
import type { SiteIndex } from './site-index.ts';

/** A quoted passage with the link to it and the headings above it. */
export interface PassageView {
  text: string;
  /** Site-relative link to the paragraph (in its lesson, else on the source page). */
  target: string;
  /** Source title › headings, as the link's text. */
  path: string;
}

/** Passages shown per member and for the formulation itself; the rest are left to search. */
export const PASSAGES_SHOWN = 10;
/** Related lessons listed; the rest are left to search. */
export const LESSONS_SHOWN = 50;

/** Everything a theme page (`/themes/<id>/`) shows. */
export interface ThemeView {
  id: string;
  name: string;
  origin: Theme['origin'];
  summary?: string;
  members: { name: string; passages: PassageView[]; more: number }[];
  passages: PassageView[];
  morePassages: number;
  lessons: { url: string; path: string[] }[];
  lessonCount: number;
  books: { month: string; title: string; author: string }[];
  questionCount: number;
  /** What a chat app shows under the title: the summary's opening, or the members. */
  description: string;
}

function passageView(site: SiteIndex, passage: Passage): PassageView {
  const lesson = site.lessonById.get(passage.lessonId);
  const doc = site.docById.get(passage.sourceId);
  const path = doc ? [doc.meta.title, ...paragraphPath(doc, passage.paragraphId)] : [];
  const target = lesson ? `${lesson.url}#${passage.paragraphId}` : `/sources/${passage.sourceId}/#${passage.paragraphId}`;
  return { text: passage.text, target, path: path.join(' › ') };
}

/**
 * The view of one theme page. A theme gathers passages from the whole corpus: only the first few
 * of each kind are shown (with how many more there are), so no page grows with the corpus.
 */
export function themeView(site: SiteIndex, theme: Theme): ThemeView {
  const lessons = theme.lessons.map((id) => site.lessonById.get(id)).filter((l) => l !== undefined);
  const shown = (passages: readonly Passage[]) => passages.slice(0, PASSAGES_SHOWN).map((p) => passageView(site, p));
  return {
    id: theme.id,
    name: theme.name,
    origin: theme.origin,
    summary: theme.summary,
    members: theme.members.map((m) => ({ name: m.name, passages: shown(m.passages), more: Math.max(0, m.passages.length - PASSAGES_SHOWN) })),
    passages: shown(theme.passages),
    morePassages: Math.max(0, theme.passages.length - PASSAGES_SHOWN),
    lessons: lessons.slice(0, LESSONS_SHOWN).map((l) => ({ url: l.url, path: l.path })),
    lessonCount: lessons.length,
    books: (booksByThemeOf(site).get(theme.id) ?? []).map(({ month, book }) => ({ month, title: book.title, author: book.author })),
    // One shared index over the bank: a filter per theme page would cost themes × questions.
    questionCount: quizLookup(site.questions).byTheme.get(theme.id)?.length ?? 0,
    description: theme.summary
      ? firstSentences(theme.summary)
      : theme.members.length > 0 ? `${theme.name}：${theme.members.map((m) => m.name).join('、')}。原文出处、相关课程与专项练习。` : `${theme.name}：原文出处、相关课程与专项练习。`,
  };
}

const bookIndexes = new WeakMap<SiteIndex, ReturnType<typeof booksByTheme>>();
function booksByThemeOf(site: SiteIndex): ReturnType<typeof booksByTheme> {
  let books = bookIndexes.get(site);
  if (!books) bookIndexes.set(site, (books = booksByTheme(site.reading)));
  return books;
}

/** Everything a theme's practice page (`/quiz/themes/<id>/`) shows. */
export interface ThemeQuizView {
  id: string;
  name: string;
  /** Question ids only: a broad theme can hold thousands; each set of ten is fetched on demand. */
  ids: string[];
  digits: number;
}

/** The view of one theme's practice page. */
export function themeQuizView(site: SiteIndex, theme: Theme): ThemeQuizView {
  const { byTheme, digits } = quizLookup(site.questions);
  return { id: theme.id, name: theme.name, ids: (byTheme.get(theme.id) ?? []).map((q) => q.id), digits };
}
