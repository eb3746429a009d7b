import type { ContentFiles } from '../content/read-content.ts';
import { parseFrontmatter } from '../shared/frontmatter.ts';
import type { ContentIssue, Doc, Question, ReadingMonth, SiteData } from '../shared/types.ts';
import { structureSource, type StructureResult } from '../structure/index.ts';
import { buildLessons } from '../lessons/index.ts';
import { parseThemesFile, buildThemes } from '../themes/index.ts';
import { mergeGlossaries, parseGlossaryFile } from '../schemas/glossary.ts';
import { shippedGlossary } from '../themes/shipped-glossary.ts';
import { generateQuestions, parseQuizFile, findDuplicateIds } from '../quiz/index.ts';
import type { QuestionMemo } from '../quiz/generate.ts';
import { parseReadingFile } from '../reading/index.ts';

/** Wall time of each pipeline stage in milliseconds, for progress output and the benchmark. */
export type StageTimes = Record<'structure' | 'lessons' | 'themes' | 'quiz' | 'reading', number>;

/** Options of `runPipeline`. */
export interface PipelineOptions {
  /**
   * The structure stage for one source (the incremental build passes one that returns the
   * results of earlier builds for unchanged sources). Must return what `structureSource` would.
   * @default structureSource
   */
  structure?: (file: string, text: string) => StructureResult;
  /** Questions of lessons generated before (see `QuestionMemo`). */
  questions?: QuestionMemo;
}

/**
 * The whole pure pipeline: content files → site data. Every problem in every file is collected
 * (not just the first) so an editor can fix them in one go; `data` is set only when there are none.
 */
export function runPipeline(files: ContentFiles, options: PipelineOptions = {}): { data?: SiteData; issues: ContentIssue[]; times: StageTimes } {
  const structure = options.structure ?? structureSource;
  const issues: ContentIssue[] = [];
  const times: StageTimes = { structure: 0, lessons: 0, themes: 0, quiz: 0, reading: 0 };
  const timed = <T>(stage: keyof StageTimes, fn: () => T): T => {
    const start = performance.now();
    try {
      return fn();
    } finally {
      times[stage] += performance.now() - start;
    }
  };

  const docs = timed('structure', () => {
    const out: Doc[] = [];
    const seen = new Map<string, string>();
    for (const source of files.sources) {
      const result = structure(source.file, source.text);
      issues.push(...result.issues);
      if (!result.doc) continue;
      const other = seen.get(result.doc.meta.id);
      if (other) {
        // Point at the `slug:` line when there is one (re-parsed only in this rare case).
        const line = parseFrontmatter(source.file, source.text).lineOf(['slug']);
        issues.push({ file: source.file, line, message: `slug「${result.doc.meta.id}」与 ${other} 重复；请在 frontmatter 中设置不同的 slug` });
        continue;
      }
      seen.set(result.doc.meta.id, source.file);
      // Most paragraphs have no markup: one string for both, not two (80 MB at 10,000 speeches).
      for (const p of result.doc.paragraphs) if (p.html === p.text) p.html = p.text;
      out.push(result.doc);
    }
    return out;
  });

  const themeConfig = files.themes ? parseThemesFile(files.themes.file, files.themes.text) : { themes: [], issues: [] };
  issues.push(...themeConfig.issues);
  const editorGlossary = files.glossary ? parseGlossaryFile(files.glossary.file, files.glossary.text) : { entries: [], issues: [] };
  issues.push(...editorGlossary.issues);
  if (issues.length > 0) return { issues, times };
  const glossary = mergeGlossaries(shippedGlossary(), editorGlossary.entries);

  const lessons = timed('lessons', () => buildLessons(docs));
  const themed = timed('themes', () => buildThemes(docs, lessons, themeConfig.themes, glossary));
  const themeIds = new Set(themed.themes.map((t) => t.id));

  const questions = timed('quiz', () => {
    const lessonIds = new Set(themed.lessons.map((l) => l.id));
    const handWritten: Question[] = [];
    for (const file of files.quizzes) {
      const parsed = parseQuizFile(file.file, file.text, { lessonIds, lessons: themed.lessons });
      issues.push(...parsed.issues);
      handWritten.push(...parsed.questions);
    }
    issues.push(...findDuplicateIds(handWritten));
    return [...generateQuestions(themed.lessons, themed.themes, docs, { memo: options.questions }), ...handWritten];
  });

  const reading = timed('reading', () => {
    const months: ReadingMonth[] = [];
    for (const file of files.reading) {
      const parsed = parseReadingFile(file.file, file.text, themeIds);
      issues.push(...parsed.issues);
      if (parsed.month) months.push(parsed.month);
    }
    // Newest first; a plain code-unit comparison, so the order never depends on the machine's locale.
    return months.sort((a, b) => (a.month < b.month ? 1 : a.month > b.month ? -1 : 0));
  });

  if (issues.length > 0) return { issues, times };
  return { data: { docs, lessons: themed.lessons, themes: themed.themes, questions, reading }, issues, times };
}
