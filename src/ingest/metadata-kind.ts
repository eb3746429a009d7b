import { headBlocks, type Found, type MetaEvidence } from './metadata-blocks.ts';

/** Kinds named by the title (or the subtitle under it), first match wins. */
const KIND_BY_TITLE: [RegExp, string][] = [
  [/讲话|致辞|发言|主持词|动员会上|会议上的/u, '讲话'],
  [/解读|问答|答记者问|释义|答问/u, '解读'],
  [/通报/u, '通报'],
  [/(?:通知|通告)$/u, '通知'],
  [/公告$/u, '公告'],
  [/报告/u, '报告'],
  [/条例$|(?:^|[^办])法$/u, '法规'],
  [/(?:条例|规定|细则|办法|规则|准则|意见|决定|纲要|方案|规划|章程|制度)$/u, '文件'],
];

/** An article's apparatus: an abstract, keywords, a journal issue. */
const ARTICLE_LINE = /^(?:摘\s*要|提\s*要|内容提要|关键词|关键字)[:：]|^\S{2,12}[ \t\u3000]+[12][0-9]{3}年(?:第)?[0-9]{1,2}期$/u;

/**
 * The kind of document from what names it: the title or the subtitle under it; else from how the
 * text reads (`同志们：`, `各位代表：`, `现就有关事项通知如下`, questions as headings, an author's
 * byline or an abstract). Undefined when nothing says.
 */
export function detectKind(evidence: MetaEvidence, title: string | undefined, hasAuthor: boolean): Found | undefined {
  // A subtitle is a short line under the title, not a sentence.
  const subtitles = title ? headBlocks(evidence, 1).filter((b) => b.type === 'paragraph' && b.text.length <= 60 && !/[。！？；…]/u.test(b.text)) : [];
  const named = [...(title ? [{ text: title, line: evidence.blocks[0]?.line, isTitle: true }] : []), ...subtitles.map((b) => ({ text: b.text.replace(/[\s\u3000]+/gu, ''), line: b.line, isTitle: false }))];
  for (const candidate of named) {
    const name = candidate.text.replace(/[（(][^）)]*[）)]$/u, '');
    for (const [re, kind] of KIND_BY_TITLE) {
      // The subtitle names a kind only for what the title leaves open (`…工作报告` under a headline).
      if (!candidate.isTitle && kind === '文件') continue;
      if (re.test(name)) return { value: kind, ...(candidate.line ? { line: candidate.line } : {}), why: candidate.isTitle ? '标题' : '副标题' };
    }
  }
  const paragraphs = evidence.blocks.filter((b) => b.type === 'paragraph');
  const first = paragraphs[0];
  if (first && /^同志们[，,:：！!]/u.test(first.text)) return { value: '讲话', line: first.line, why: '称呼“同志们”' };
  if (first && /^各位代表[，,:：]/u.test(first.text) && /报告工作/u.test(paragraphs.slice(0, 2).map((p) => p.text).join(''))) return { value: '报告', line: first.line, why: '向大会报告工作' };
  const notice = paragraphs.slice(0, 4).find((p) => /现(?:就|将)有关事项通知如下|特此通知/u.test(p.text)) ?? paragraphs.slice(-3).find((p) => /^特此通知/u.test(p.text));
  if (notice) return { value: '通知', line: notice.line, why: '“通知如下”' };
  if (evidence.blocks.filter((b) => b.type === 'heading' && /[？?]$/u.test(b.text)).length >= 2) return { value: '解读', why: '以问题为小标题' };
  const apparatus = headBlocks(evidence, 8).find((b) => ARTICLE_LINE.test(b.text));
  if (apparatus) return { value: '文章', line: apparatus.line, why: '摘要、关键词或刊期' };
  if (hasAuthor) return { value: '文章', why: '作者署名' };
  if (evidence.articleMode) return { value: '文件', why: '按条文编排' };
  return undefined;
}
