import type { SiteData } from '../shared/types.ts';

/** A file of the built site, as a path under the output folder and its text. */
export interface OutputFile {
  path: string;
  text: string;
}

/** Prefix a site-relative URL with the deployment base (`/sub/` + `/lessons/x/`). */
export function withBase(base: string, url: string): string {
  return `${base.replace(/\/$/, '')}${url}`;
}

const json = (value: unknown) => `${JSON.stringify(value, null, 2)}\n`;

/**
 * The open data files of `dist/data/` in the shapes DESIGN.md fixes
 * (outside tools read them: keep them stable).
 */
export function dataFiles(data: SiteData, base: string): OutputFile[] {
  const docById = new Map(data.docs.map((d) => [d.meta.id, d.meta]));
  const lessons = data.lessons.map((l) => {
    const meta = docById.get(l.sourceId)!;
    return {
      id: l.id,
      url: withBase(base, l.url),
      title: l.title,
      source: { id: meta.id, title: meta.title, date: meta.date, kind: meta.kind },
      path: l.path,
      themes: l.themes,
      text: l.text,
    };
  });
  const themes = data.themes.map((t) => ({
    id: t.id,
    name: t.name,
    members: t.members.map((m) => m.name),
    origin: t.origin,
    ...(t.summary ? { summary: t.summary } : {}),
    lessons: t.lessons,
  }));
  const quiz = data.questions.map(({ origin: _origin, ...q }) => ({ ...q, source: { ...q.source, url: withBase(base, q.source.url) } }));
  const reading = data.reading.map((m) => ({ month: m.month, books: m.books }));
  return [
    { path: 'data/lessons.json', text: json(lessons) },
    { path: 'data/themes.json', text: json(themes) },
    { path: 'data/quiz.json', text: json(quiz) },
    { path: 'data/reading.json', text: json(reading) },
  ];
}
