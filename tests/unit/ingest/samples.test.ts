import assert from 'node:assert/strict';
import { test } from 'node:test';
import { fromMarkdown } from 'mdast-util-from-markdown';
import { toString } from 'mdast-util-to-string';
import type { Heading, Paragraph } from 'mdast';
import { bodyOf, importSample } from './helpers.ts';

/** Headings and paragraphs of a Markdown body, as Markdown reads them back. */
function outline(markdown: string): { headings: { depth: number; text: string }[]; paragraphs: string[] } {
  const tree = fromMarkdown(bodyOf(markdown));
  const headings: { depth: number; text: string }[] = [];
  const paragraphs: string[] = [];
  for (const node of tree.children) {
    if (node.type === 'heading') headings.push({ depth: (node as Heading).depth, text: toString(node) });
    else if (node.type === 'paragraph') paragraphs.push(toString(node as Paragraph));
    else assert.fail(`unexpected ${node.type} block`);
  }
  return { headings, paragraphs };
}

test('speech: title, opening, three sections, sub-points, closing', () => {
  const { result } = importSample('jiguan-dangjian-jianghua.txt');
  const { headings, paragraphs } = outline(result.markdown);
  assert.equal(result.report.meta.title, '机关党建工作会上讲话');
  assert.equal(result.report.meta.kind, '讲话');
  // The copy writes the cut heading with a half-width comma: `3、加强作风建设,监督` / `党员。`.
  assert.deepEqual(headings, [
    { depth: 1, text: '机关党建工作会上讲话' },
    { depth: 2, text: '一、深化机关党建工作的认识' },
    { depth: 2, text: '二、突出机关党建工作的重点' },
    { depth: 3, text: '1、加强思想建设,教育党员' },
    { depth: 3, text: '2、加强组织建设,鼓励党员' },
    { depth: 3, text: '3、加强作风建设,监督党员' },
    { depth: 2, text: '三、抓住机关党建工作的关键' },
    { depth: 3, text: '1、完善一批制度' },
    { depth: 3, text: '2、理顺两大关系' },
    { depth: 3, text: '3、注重三个结合' },
  ]);
  assert.equal(paragraphs[0], '同志们:');
  assert.match(paragraphs[1]!, /^今年,县委将机关党建工作/);
  assert.match(paragraphs.at(-1)!, /^同志们[,，]加强和改进县直机关党建工作是形势所迫/);
  assert.match(paragraphs.at(-1)!, /组织保证。$/);
  assert.ok(!result.markdown.includes('第9页'), 'page footer removed');
  assert.ok(!/^\d+、/mu.test(bodyOf(result.markdown).replace(/^#+ .*$/gmu, '')), 'no page prefix left at a paragraph start');
  // Words cut by page breaks are whole again.
  for (const word of ['机关党员干部的作风如何', '有效性', '注重三个结合', '一种政治责任']) assert.ok(result.markdown.includes(word), word);
  // The run-in heading's paragraph starts with the enumeration, which stays text.
  assert.ok(paragraphs.some((p) => p.startsWith('一是要组织学习。')));
  assert.ok(paragraphs.some((p) => p.startsWith('一是要完善领导责任制。')));
});

test('speech: the four campaigns get their closing quotes, ambiguous quotes are flagged', () => {
  const { result } = importSample('jiguan-dangjian-jianghua.txt');
  assert.ok(result.markdown.includes('“刹玩风”、“树正风”、“倡廉风”、“治会风”,'));
  const quoteFlags = result.report.flags.filter((f) => f.kind === 'unclosed-quote');
  assert.ok(quoteFlags.some((f) => f.text.startsWith('“执政为民、效劳开展学习整改活动')));
  assert.ok(quoteFlags.some((f) => f.text.startsWith('“三会一课制度')));
  assert.ok(result.markdown.includes('“执政为民、效劳开展学习整改活动'), 'ambiguous quote left as it was');
});

test('speech: suspected substitutions are flagged with a suggestion, text unchanged', () => {
  const { result } = importSample('jiguan-dangjian-jianghua.txt');
  const subs = result.report.flags.filter((f) => f.kind === 'substitution');
  const pairs = new Set(subs.map((f) => `${f.text}→${f.suggestion}`));
  for (const pair of ['效劳→服务', '效劳开展→服务发展', '开展→发展', '广阔→广大', '根底→基础']) assert.ok(pairs.has(pair), pair);
  assert.ok(result.markdown.includes('服从效劳于全县改革开放'));
  assert.ok(result.markdown.includes('引导广阔党员干部'));
  // `接打 、随意走动`: a word (电话) was cut out of this copy; flagged, not guessed.
  assert.ok(result.report.flags.some((f) => f.kind === 'suspect-gap' && f.text.includes('接打 、')));
  // Only 开展 where 发展 is meant; `开展学习`, `开展交心谈心活动`, `开展工作` are ordinary usage.
  const contexts = subs.filter((f) => f.text === '开展').map((f) => /「(.*?)」/u.exec(f.message)![1]!);
  const meant = ['改革开展稳定', '改善开展环境', '深入开展的新形势', '促进开展', '开展积极性'];
  assert.equal(contexts.length, meant.length);
  for (const phrase of meant) assert.ok(contexts.some((c) => c.includes(phrase)), phrase);
});

test('regulation: chapters are headings, articles and items are paragraphs', () => {
  const { result } = importSample('fazhan-dangyuan-gongzuo-xize.txt');
  const { headings, paragraphs } = outline(result.markdown);
  assert.deepEqual(headings[0], { depth: 1, text: '中国共产党发展党员工作细则' });
  assert.deepEqual(
    headings.slice(1).map((h) => `${h.depth} ${h.text.slice(0, 3)}`),
    ['第一章', '第二章', '第三章', '第四章', '第五章', '第六章', '第七章'].map((c) => `2 ${c}`),
  );
  assert.equal(headings[1]!.text, '第一章　总则');
  assert.equal(paragraphs.filter((p) => /^第[一二三四五六七八九十]+条/u.test(p)).length, 44);
  assert.ok(paragraphs.includes('（一）向入党积极分子介绍和阐释共产党人的信仰信念，介绍党的基本知识，引导其深入学习领会习近平新时代中国特色社会主义思想；'));
  assert.ok(paragraphs.some((p) => p.startsWith('（四）与会党员对发展对象能否入党进行充分讨论')));
  assert.equal(result.report.meta.date, '2026-05-11');
  assert.equal(result.report.meta.kind, '文件');
  assert.equal(result.report.flags.length, 0);
});

test('Q&A: eight questions with their answers, 一是/二是 kept in the text', () => {
  const { result } = importSample('zhishichanquan-fangguanfu-wenda.txt', { title: '问答', kind: '解读' });
  const { headings, paragraphs } = outline(result.markdown);
  const top = headings.filter((h) => h.depth === 2);
  assert.deepEqual(top.map((h) => h.text.slice(0, 2)), ['一、', '二、', '三、', '四、', '五、', '六、', '七、', '八、']);
  assert.ok(top.every((h) => h.text.endsWith('？')));
  assert.equal(top[0]!.text, '一、《通知》制定的背景是什么？');
  // 五 and 六 have run-in sub-headings （一）…
  assert.deepEqual(headings.filter((h) => h.depth === 3).map((h) => h.text.slice(0, 3)), ['（一）', '（二）', '（三）', '（四）', '（五）', '（一）', '（二）', '（三）']);
  assert.ok(headings.every((h) => !/^[一二三四五六七八]是/u.test(h.text)));
  assert.ok(paragraphs.some((p) => p.includes('一是在国务院确定的目标任务的基础上') && p.includes('二是着力满足多层次')));
  assert.ok(result.markdown.includes('16.5 个月左右'), 'numbers stay text');
  assert.ok(paragraphs.length >= 14);
});
