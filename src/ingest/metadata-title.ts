import { headBlocks, type Found, type MetaEvidence } from './metadata-blocks.ts';

/** `中华人民共和国国务院令`, `深圳市人民代表大会常务委员会公告`, `第227号`: a promulgation line, not the document's name. */
const DECREE = /(?:令|公告|通告)$|^第[0-9０-９〇零一二三四五六七八九十百千]+号$/u;
const PROMULGATED = /(?:现(?:予)?(?:发布|公布|印发)|现将)《([^《》]{2,60})》/u;
const AUTHOR_TAG = /^【[\p{Script=Han}·]{2,4}】[ \t\u3000]*(?=\S)/u;
/** `鲁政发〔2014〕20号《…实施意见》`, `《…条例》全文`: a page names the document by its number and name. */
const NUMBERED_NAME = /^(?:[\p{Script=Han}]{1,12}[〔\[［(（][12][0-9]{3}[〕\]］)）][0-9]{1,4}号)?[ \t\u3000]*《([^《》]{4,60})》(?:[ \t\u3000]*[（(]?全文[）)]?)?$/u;
/** `…实施细则全文`, `…条例（全文）`: a page's label, not the name. */
const FULL_TEXT = /[ \t\u3000]*(?:[（(]全文[）)]|全文)$/u;
/** `政 府 工 作 报 告`: a title spread out letter by letter. */
const SPREAD = /^[\p{Script=Han}](?:[ \t\u3000]+[\p{Script=Han}]){2,}$/u;
/** Where a page's title adds to the name the text gives below it: `…调研报告(2)`, `…心得体会,…个人心得体会`. */
const PAGE_SUFFIX = /^[ \t\u3000]*(?:[,，_|｜]|[-—–]+|[（(][0-9０-９]{1,3}[）)]$)/u;
const NAMES_A_DOCUMENT = /(?:报告|讲话|发言|致辞|条例|规定|办法|细则|决定|意见|通知)$/u;

/** The document's title, with where it came from, and a note when another line could be it. */
export function detectTitle(evidence: MetaEvidence): (Found & { note?: string }) | undefined {
  const first = evidence.blocks[0];
  const head = headBlocks(evidence, 8);
  const promulgation = head.map((b) => ({ b, m: PROMULGATED.exec(b.text) })).find((x) => x.m);
  const firstText = first?.text.replace(/[ \t\u3000]+/gu, '') ?? '';
  if (first && DECREE.test(firstText) && promulgation) return { value: promulgation.m![1]!, line: promulgation.b.line, why: '公布令中的文件名' };
  if (!first || first.type !== 'title') return undefined;
  // `【朱芒】…` names the author; a trailing `*` marks a footnote: neither is part of the title.
  let value = first.text.replace(AUTHOR_TAG, '').replace(/[ \t\u3000]*[*＊]+$/u, '').trim();
  let line = first.line;
  let why = '标题行';
  const numbered = NUMBERED_NAME.exec(value);
  if (numbered) {
    value = numbered[1]!;
    why = '标题行中的文件名';
  } else if (FULL_TEXT.test(value) && value.replace(FULL_TEXT, '').length >= 4) value = value.replace(FULL_TEXT, '');
  if (SPREAD.test(value)) value = value.replace(/[ \t\u3000]+/gu, '');
  // The page's title, then the text's own: the name the text gives is the title.
  const own = head.slice(0, 3).find((b) => b.type === 'paragraph' && b.text.length >= 4 && value.startsWith(b.text) && PAGE_SUFFIX.test(value.slice(b.text.length)));
  if (own) {
    value = own.text;
    line = own.line;
    why = '正文标题行';
  }
  const subtitle = head[0];
  const sub = subtitle && subtitle.text.length <= 50 ? subtitle.text.replace(/[ \t\u3000]+/gu, '') : '';
  const note = sub && !/^[—－-]/u.test(sub) && NAMES_A_DOCUMENT.test(sub) && !NAMES_A_DOCUMENT.test(value) ? `第 ${subtitle!.line} 行「${sub}」也可能是标题` : undefined;
  return { value, line, why, ...(note && !own ? { note } : {}) };
}
