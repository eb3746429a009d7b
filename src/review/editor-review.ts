import { generateQuestionsWithReport } from '../quiz/generate.ts';
import type { Question, SiteData } from '../shared/types.ts';

const ORIGIN: Record<string, string> = { configured: '编辑设定', detected: '自动识别', glossary: '规范表述' };

/** What an editor confirms or overrides per source: its formulations and members, and its questions. */
export interface SourceReview {
  id: string;
  title: string;
  kind: string;
  formulations: { name: string; origin: string; members: { name: string; passages: number }[]; passages: number }[];
  published: Question[];
  withheld: { question: Question; score: number; reasons: string[] }[];
}

/** The review of every source of a built site's data. */
export function reviewSources(data: SiteData): SourceReview[] {
  const { withheld } = generateQuestionsWithReport(data.lessons, data.themes, data.docs);
  const sourceOfLesson = new Map(data.lessons.map((l) => [l.id, l.sourceId]));
  return data.docs.map((doc) => {
    const id = doc.meta.id;
    const formulations = data.themes
      .map((t) => ({
        name: t.name,
        origin: ORIGIN[t.origin] ?? t.origin,
        passages: t.passages.filter((p) => p.sourceId === id).length,
        members: t.members.map((m) => ({ name: m.name, passages: m.passages.filter((p) => p.sourceId === id).length })),
      }))
      .filter((f) => f.passages > 0 || f.members.some((m) => m.passages > 0));
    const mine = (q: Question) => sourceOfLesson.get(q.source.lessonId) === id;
    return {
      id,
      title: doc.meta.title,
      kind: doc.meta.kind,
      formulations,
      published: data.questions.filter((q) => mine(q) && q.origin === 'generated'),
      withheld: withheld.filter((w) => mine(w.question)),
    };
  });
}

/** What an editor reads for a formulation listed without members: why, and where to add them. */
export const NO_MEMBERS = '未列成员：原文没有与名称对得上的列举，宁缺毋错；如需成员，请在 content/themes.yaml 或 content/glossary.yaml 中补充';

const answerText = (q: Question) => (typeof q.answer === 'string' ? q.answer : JSON.stringify(q.answer));

/** The review as terminal text. */
export function formatReview(reviews: readonly SourceReview[]): string {
  const out: string[] = [];
  for (const r of reviews) {
    out.push(`${r.title}（${r.kind}，${r.id}）`);
    for (const f of r.formulations) {
      const members = f.members.length > 0 ? f.members.map((m) => `${m.name}${m.passages > 0 ? `（${m.passages} 段）` : ''}`).join('、') : NO_MEMBERS;
      out.push(`  提法 ${f.name} [${f.origin}]：${members}`);
    }
    out.push(`  发布 ${r.published.length} 题，暂不发布 ${r.withheld.length} 题${r.withheld.length ? '：' : ''}`);
    for (const w of r.withheld) out.push(`    ${w.score.toFixed(2)} ${w.question.type} 「${w.question.prompt.slice(0, 40)}」→ ${answerText(w.question)}：${w.reasons.join('；')}`);
  }
  return out.join('\n');
}
