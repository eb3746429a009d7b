/**
 * The real copies of tests/fixtures/real/ taken through the whole pipeline as an editor would:
 * imported, structured, cut into lessons, themed with the shipped glossary, quizzed.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { join } from 'node:path';
import type { Doc, Lesson, Question, Theme } from '../../src/shared/types.ts';
import { importText } from '../../src/ingest/import-text.ts';
import { structureSource } from '../../src/structure/index.ts';
import { buildLessons } from '../../src/lessons/index.ts';
import { buildThemes, parseThemesFile } from '../../src/themes/index.ts';
import { shippedGlossary } from '../../src/themes/shipped-glossary.ts';
import { generateQuestionsWithReport, type WithheldQuestion } from '../../src/quiz/generate.ts';

export const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const REAL = join(ROOT, 'tests/fixtures/real');
const SAMPLE = join(ROOT, 'content');

/** Case folder names of the real copies, sorted. */
export const realCases = (): string[] => readdirSync(REAL).filter((d) => !d.includes('.')).sort();

/** An imported source with its `review` list removed, as the editor removes it once the fields are settled. */
export function withoutReview(markdown: string): string {
  return markdown.replace(/^review:\n(?: {2}- .*\n)+/m, '');
}

/** Each real copy as the Markdown source the importer writes, keyed by `sources/<case>.md`. */
export function realSources(cases = realCases()): { file: string; markdown: string }[] {
  return cases.map((name) => {
    // Fixed fallback date: the copies must give the same sources on any day.
    const { markdown } = importText(readFileSync(join(REAL, name, 'input.txt')), { fileName: `${name}.txt`, fallbackDate: '1970-01-01' });
    // As an editor who has reviewed the placeholders and kept them: the questions are what is measured here.
    return { file: `sources/${name}.md`, markdown: withoutReview(markdown) };
  });
}

/** The bundled sample's sources. */
export function sampleSources(): { file: string; markdown: string }[] {
  return readdirSync(join(SAMPLE, 'sources')).filter((f) => f.endsWith('.md')).sort()
    .map((f) => ({ file: `sources/${f}`, markdown: readFileSync(join(SAMPLE, 'sources', f), 'utf8') }));
}

export interface Corpus {
  docs: Doc[];
  lessons: Lesson[];
  themes: Theme[];
  questions: Question[];
  withheld: WithheldQuestion[];
}

/** Sources → docs → lessons → themes (sample themes.yaml when asked; the shipped glossary unless told not to) → questions. */
export function runCorpus(sources: readonly { file: string; markdown: string }[], options: { sampleThemes?: boolean; glossary?: boolean } = {}): Corpus {
  const docs: Doc[] = sources.map(({ file, markdown }) => {
    const result = structureSource(file, markdown);
    if (!result.doc) throw new Error(`${file}: ${result.issues.map((i) => i.message).join('; ')}`);
    return result.doc;
  });
  const config = options.sampleThemes ? parseThemesFile('themes.yaml', readFileSync(join(SAMPLE, 'themes.yaml'), 'utf8')).themes : [];
  const { lessons, themes } = buildThemes(docs, buildLessons(docs), config, options.glossary === false ? [] : shippedGlossary());
  const { questions, withheld } = generateQuestionsWithReport(lessons, themes, docs);
  return { docs, lessons, themes, questions, withheld };
}
