import { escapeHtml } from '../shared/markdown-html.ts';
import { NO_MEMBERS, type SourceReview } from './editor-review.ts';

/** The review as one standalone page: not linked from the site, not indexed, no script. */
export function reviewHtml(reviews: readonly SourceReview[]): string {
  const e = escapeHtml;
  const sections = reviews.map((r) => {
    const formulations = r.formulations.length === 0 ? '<p>未识别出提法。</p>' : `<ul>${r.formulations.map((f) => `<li><strong>${e(f.name)}</strong>（${e(f.origin)}）：${f.members.length > 0 ? f.members.map((m) => `${e(m.name)}${m.passages > 0 ? `（${m.passages} 段）` : ''}`).join('、') : e(NO_MEMBERS)}</li>`).join('')}</ul>`;
    const withheld = r.withheld.length === 0 ? '' : `<h3>暂不发布（${r.withheld.length}）</h3><table><thead><tr><th scope="col">得分</th><th scope="col">题型</th><th scope="col">题干</th><th scope="col">原因</th></tr></thead><tbody>${r.withheld.map((w) => `<tr><td>${w.score.toFixed(2)}</td><td>${e(w.question.type)}</td><td>${e(w.question.prompt)}</td><td>${e(w.reasons.join('；'))}</td></tr>`).join('')}</tbody></table>`;
    const published = `<h3>发布（${r.published.length}）</h3><ol>${r.published.map((q) => `<li>[${e(q.type)}] ${e(q.prompt)} → ${e(typeof q.answer === 'string' ? q.answer : JSON.stringify(q.answer))}</li>`).join('')}</ol>`;
    return `<section aria-labelledby="s-${e(r.id)}"><h2 id="s-${e(r.id)}">${e(r.title)}（${e(r.kind)}）</h2><h3>提法与成员</h3>${formulations}${withheld}${published}</section>`;
  });
  return `<!doctype html>
<html lang="zh-CN"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><meta name="robots" content="noindex, nofollow"><title>编辑审阅</title>
<style>body{font-family:system-ui,"PingFang SC","Microsoft YaHei","Noto Sans CJK SC",sans-serif;max-width:60rem;margin:0 auto;padding:1rem;line-height:1.6}table{border-collapse:collapse}td,th{border:1px solid #999;padding:.25rem .5rem;vertical-align:top}</style></head>
<body><main><h1>编辑审阅：提法、成员与题目</h1><p>本页不在站点中链接，也不进入搜索。确认或修改请编辑 content/themes.yaml、content/glossary.yaml 或 content/quizzes/。</p>${sections.join('\n')}</main></body></html>
`;
}
