import { headBlocks, type Found, type MetaEvidence } from './metadata-blocks.ts';

/** Kinds named by the title (or the subtitle under it), first match wins. */
const KIND_BY_TITLE: [RegExp, string][] = [
  // Not a title that studies one: `学习…重要讲话精神`, `…二十大报告的基本精神`.
  [/讲话(?!精神|的)|致辞|发言|主持词|动员会上|会议上的/u, '讲话'],
  [/解读|解析|问答|答记者问|释义|答问/u, '解读'],
  // `…通报13起…问题`, `关于…的通报` — not `关于典型案例通报的实践思考`, which writes about them.
  [/通报(?!的)/u, '通报'],
  [/(?:通知|通告)$/u, '通知'],
  [/公告$/u, '公告'],
  // A party lecture is given, like a speech: `主题教育专题党课讲稿:…`.
  [/党课|讲稿/u, '讲话'],
  [/心得体会/u, '心得体会'],
  [/报告(?!精神|的)/u, '报告'],
  [/条例$|(?:^|[^办])法$/u, '法规'],
  [/(?:条例|规定|细则|办法|规则|准则|意见|决定|纲要|方案|规划|章程|制度)$/u, '文件'],
];

/** An article's apparatus: an abstract, keywords, a journal issue. */
const ARTICLE_LINE = /^(?:摘\s*要|提\s*要|内容提要|关键词|关键字)[:：]|^[\[【〔［]\s*(?:摘\s*要|提\s*要|内容提要|关键词|关键字)\s*[\]】〕］]|^\S{2,12}[ \t\u3000]+[12][0-9]{3}年(?:第)?[0-9]{1,2}期$/u;
/** `来源:《政治学研究》2018年第6期`: the page says the text is a journal's. */
const JOURNAL_ISSUE = /^《[^《》]{2,30}》[ \t\u3000]*[12][0-9]{3}年(?:第)?[0-9]{1,2}期$/u;

/**
 * The kind of document from what names it: the title or the subtitle under it; else from how the
 * text reads (`同志们：`, `各位代表：`, `现就有关事项通知如下`, questions as headings, an author's
 * byline or an abstract). Undefined when nothing says.
 */
export function detectKind(evidence: MetaEvidence, title: string | undefined, hasAuthor: boolean): Found | undefined {
  // A subtitle is a short line under the title (or under a second title line), not a sentence.
  const subtitles = title ? headBlocks(evidence, 2).filter((b) => b.type === 'paragraph' && b.text.length <= 60 && !/[。！？；…]/u.test(b.text)) : [];
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
  const lecture = paragraphs.slice(0, 2).find((p) => /(?:讲|上|作)(?:一堂|一次|一场)?(?:专题)?党课/u.test(p.text));
  if (lecture) return { value: '讲话', line: lecture.line, why: '“讲党课”' };
  if (first && /^各位代表[，,:：]/u.test(first.text) && /报告工作|作(?:政府)?工作报告/u.test(paragraphs.slice(0, 2).map((p) => p.text).join(''))) return { value: '报告', line: first.line, why: '向大会报告工作' };
  const notice = paragraphs.slice(0, 4).find((p) => /现(?:就|将)有关事项通知如下|特此通知/u.test(p.text)) ?? paragraphs.slice(-3).find((p) => /^特此通知/u.test(p.text));
  if (notice) return { value: '通知', line: notice.line, why: '“通知如下”' };
  const reported = paragraphs.slice(0, 3).find((p) => /现将(?:有关|主要|调研|具体)?情况报告如下/u.test(p.text));
  if (reported) return { value: '报告', line: reported.line, why: '“情况报告如下”' };
  if (evidence.blocks.filter((b) => b.type === 'heading' && /[？?]$/u.test(b.text)).length >= 2) return { value: '解读', why: '以问题为小标题' };
  const apparatus = headBlocks(evidence, 8).find((b) => ARTICLE_LINE.test(b.text));
  if (apparatus) return { value: '文章', line: apparatus.line, why: '摘要、关键词或刊期' };
  const journal = evidence.facts.find((f) => f.field === 'origin' && JOURNAL_ISSUE.test(f.value));
  if (journal) return { value: '文章', line: journal.line, why: '来源为期刊' };
  if (hasAuthor) return { value: '文章', why: '作者署名' };
  if (evidence.articleMode) return { value: '文件', why: '按条文编排' };
  return undefined;
}
