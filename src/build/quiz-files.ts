/**
 * The static files the quiz client fetches — an id index, shard files of full questions, theme
 * sizes — and the Anki export `data/quiz.csv`. The bank is split so that no page downloads all
 * of it: at 1,000 documents there are tens of thousands of questions.
 */
import type { SiteData } from '../shared/types.ts';
import { toAnkiCsv } from '../quiz/index.ts';
import { groupByShard, shardPath } from '../islands/quiz/shard.ts';
import { clientQuestion, quizLookup } from '../islands/quiz/lookup.ts';
import type { BankIndex } from '../islands/quiz/bank.ts';
import type { ThemeTotals } from '../islands/record/record.ts';
import { withBase, type OutputFile } from './data-files.ts';

/** Every file of `quiz/` plus `data/quiz.csv`, for the build to write under the output folder. */
export function quizFiles(data: SiteData, base: string): OutputFile[] {
  const { byTheme, digits } = quizLookup(data.questions);
  const byId = new Map(data.questions.map((q) => [q.id, q]));
  const ids = [...byId.keys()];
  const index: BankIndex = { v: 1, digits, count: ids.length, ids };
  const files: OutputFile[] = [{ path: 'quiz/bank/index.json', text: JSON.stringify(index) }];
  for (const [shard, shardIds] of groupByShard(ids, digits)) {
    files.push({ path: shardPath(shard), text: JSON.stringify(shardIds.map((id) => clientQuestion(byId.get(id)!))) });
  }
  const themes: ThemeTotals[] = data.themes.map((t) => ({ id: t.id, name: t.name, lessons: t.lessons.length, questions: byTheme.get(t.id)?.length ?? 0 }));
  files.push({ path: 'quiz/themes.json', text: JSON.stringify(themes) });
  // Anki cards link back to the source, so their URLs carry the deployment base (as quiz.json's do).
  const withUrls = data.questions.map((q) => ({ ...q, source: { ...q.source, url: withBase(base, q.source.url) } }));
  files.push({ path: 'data/quiz.csv', text: toAnkiCsv(withUrls) });
  return files;
}
