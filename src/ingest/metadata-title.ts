import { headBlocks, type Found, type MetaEvidence } from './metadata-blocks.ts';

/** `中华人民共和国国务院令`, `深圳市人民代表大会常务委员会公告`, `第227号`: a promulgation line, not the document's name. */
const DECREE = /(?:令|公告|通告)$|^第[0-9０-９〇零一二三四五六七八九十百千]+号$/u;
const PROMULGATED = /(?:现(?:予)?(?:发布|公布|印发)|现将)《([^《》]{2,60})》/u;
const AUTHOR_TAG = /^【[\p{Script=Han}·]{2,4}】[ \t\u3000]*/u;
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
  const value = first.text.replace(AUTHOR_TAG, '').replace(/[ \t\u3000]*[*＊]+$/u, '').trim();
  const subtitle = head[0];
  const sub = subtitle && subtitle.text.length <= 50 ? subtitle.text.replace(/[ \t\u3000]+/gu, '') : '';
  const note = sub && !/^[—－-]/u.test(sub) && NAMES_A_DOCUMENT.test(sub) && !NAMES_A_DOCUMENT.test(value) ? `第 ${subtitle!.line} 行「${sub}」也可能是标题` : undefined;
  return { value, line: first.line, why: '标题行', ...(note ? { note } : {}) };
}
