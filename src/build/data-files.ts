import type { SiteData } from '../shared/types.ts';

/** A file of the built site, as a path under the output folder and its text. */
export interface OutputFile {
  path: string;
  /** The whole text (a large file makes it only when asked: the build writes its `chunks`). */
  readonly text: string;
  /** The text in pieces, for writing a large file without holding it whole. */
  chunks?: () => Iterable<string>;
}

/**
 * `JSON.stringify(items, null, 2) + '\n'`, an element at a time: `data/lessons.json` holds the
 * whole corpus's text (150 MB at 10,000 speeches), which as one string and its bytes was the
 * build's largest moment of memory.
 */
export function* prettyArrayChunks<T>(items: readonly T[], map: (item: T) => unknown): Generator<string> {
  if (items.length === 0) {
    yield '[]\n';
    return;
  }
  for (const [i, item] of items.entries()) yield `${i === 0 ? '[\n' : ',\n'}  ${JSON.stringify(map(item), null, 2).replace(/\n/g, '\n  ')}`;
  yield '\n]\n';
}

/** A file written in `chunks`. */
function chunkedFile(path: string, chunks: () => Iterable<string>): OutputFile {
  return {
    path,
    chunks,
    get text() {
      return [...chunks()].join('');
    },
  };
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
  const lesson = (l: SiteData['lessons'][number]) => {
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
  };
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
    chunkedFile('data/lessons.json', () => prettyArrayChunks(data.lessons, lesson)),
    { path: 'data/themes.json', text: json(themes) },
    { path: 'data/quiz.json', text: json(quiz) },
    { path: 'data/reading.json', text: json(reading) },
  ];
}
