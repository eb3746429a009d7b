import { headBlocks, ORGANIZATION_END, tailBlocks, type Found, type MetaEvidence } from './metadata-blocks.ts';

export interface People {
  speaker?: Found;
  organization?: Found;
  origin?: Found;
}

const HAN_NAME = /^[\p{Script=Han}·](?:[ \t\u3000]?[\p{Script=Han}·]){1,3}$/u;
/** A byline: one to four names, `王冠中,闫 力`, `郭姣姣 报道`, `文/刘金新`. */
const BYLINE = /^(?:(?:文|作者)[/／:：][ \t\u3000]*)?((?:[\p{Script=Han}·](?:[ \t\u3000]?[\p{Script=Han}·]){1,3})(?:[ \t\u3000]*[,，、][ \t\u3000]*[\p{Script=Han}·](?:[ \t\u3000]?[\p{Script=Han}·]){1,3}){0,3})(?:[ \t\u3000]+报道)?$/u;
/** `市城管局党组书记、局长  杜  宇` at the end of a title line: a post and a spaced name. */
const POST_AND_NAME = /(?:^|报告|讲话|发言)((?:[\p{Script=Han}、]{0,24}?)(?:书记|局长|省长|市长|县长|区长|主任|部长|厅长|主席|院长|校长|总理|秘书长|委员))(?:[ \t\u3000]+|[ \t\u3000]*[:：][ \t\u3000]*)([\p{Script=Han}](?:[ \t\u3000]*[\p{Script=Han}]){1,3})$/u;
/** `中国海洋石油集团有限公司纪检监察组 陈雷`: the author's unit, then the author. */
const UNIT_AND_NAME = /^([\p{Script=Han}（）()]{4,30})[ \t\u3000]+([\p{Script=Han}·](?:[ \t\u3000]?[\p{Script=Han}·]){1,3})$/u;
const UNIT_END = /(?:组|委|会|部|局|厅|处|室|院|校|所|中心|公司|集团|大学|学院|党校|研究会)$/u;
/** `[作者简介]陈燕(1977- ),女,…`: a journal's note on its author. */
const AUTHOR_NOTE = /^[\[【〔［]?作者简介[\]】〕］]?[:：]?[ \t\u3000]*([\p{Script=Han}·]{2,4})[（(，,][ \t\u3000]*(?:[12][0-9]{3}|男|女)/u;
/** `——习近平在…上的讲话`. */
const DELIVERED_BY = /^[—－-]{1,2}[ \t\u3000]*([\p{Script=Han}·]{2,4})(?:同志)?(?:[12][0-9]{3}年[0-9]{1,2}月[0-9]{1,2}日)?在/u;
// `2021521`: a date line whose 年月日 a copy lost still closes the signature.
const DATE_LINE = /^[（(]?[ \t\u3000]*[12〇零○一二三四五六七八九][0-9〇零○一二三四五六七八九]{3}[ \t\u3000]*年.{1,6}月.{1,6}日[ \t\u3000]*[）)]?$|^(?:19|20)[0-9]{4,6}$/u;

const compact = (text: string) => text.replace(/[ \t\u3000]+/gu, '');
/** A post before a name (`总理李鹏`) is a signature, not a byline. */
const POST_START = /^(?:总理|主席|书记|省长|市长|县长|部长|局长|主任|院长|校长|委员长|总书记)/u;
const isPerson = (text: string) => HAN_NAME.test(text) && !ORGANIZATION_END.test(compact(text)) && !/[省市县区国党]/u.test(compact(text)) && !POST_START.test(compact(text));
const isOrganization = (text: string) => compact(text).length <= 25 && ORGANIZATION_END.test(compact(text)) && !/[，,。：:；]/u.test(text) && !/令$|号$/u.test(compact(text));

/**
 * Who wrote or gave the text and who issued it, copied from the lines that say so: a byline or a
 * `【作者】` before the title, a post and name under a report's title, `——X在…上的讲话`; the body
 * signing above the date, a `颁布单位`, or the body a law database names under the title; the
 * page's `来源`.
 */
export function detectPeople(evidence: MetaEvidence, titleLine: string | undefined, title?: string): People {
  const people: People = {};
  // A byline stands right under the title (after a subtitle, a journal line or keywords at most).
  const head = headBlocks(evidence, 5).filter((b) => b.type === 'paragraph').slice(0, 3);

  const tag = titleLine ? /^【([\p{Script=Han}·]{2,4})】/u.exec(titleLine) : null;
  if (tag) people.speaker = { value: tag[1]!, ...(evidence.blocks[0] ? { line: evidence.blocks[0].line } : {}), why: '标题前的作者' };
  for (const block of head) {
    if (people.speaker) break;
    const text = block.text.trim();
    const by = BYLINE.exec(text);
    const names = by?.[1]?.split(/[ \t\u3000]*[,，、][ \t\u3000]*/u).map(compact);
    // `刘文波 奚婷霞 高嘉`: names set apart by spaces, each of two or three letters (`闫 力` is one name,
    // `不忘初心 牢记使命` a motto).
    const spaced = text.split(/[ \t\u3000]+/u);
    const unit = UNIT_AND_NAME.exec(text);
    if (names && names.every(isPerson)) people.speaker = { value: names.join('、'), line: block.line, why: '作者署名' };
    else if (spaced.length >= 2 && spaced.length <= 4 && spaced.every((n) => n.length >= 2 && n.length <= 3 && isPerson(n))) people.speaker = { value: spaced.join('、'), line: block.line, why: '作者署名' };
    else if (unit && UNIT_END.test(unit[1]!) && isPerson(unit[2]!) && !POST_AND_NAME.test(text)) people.speaker = { value: compact(unit[2]!), line: block.line, why: '作者署名' };
    const delivered = DELIVERED_BY.exec(block.text.trim());
    if (!people.speaker && delivered && isPerson(delivered[1]!)) people.speaker = { value: delivered[1]!, line: block.line, why: '讲话人' };
  }
  if (!people.speaker) {
    // A report's title block may run to a session line, a number and a date line before its post and name.
    const titleBlock = headBlocks(evidence, 6).filter((b) => b.type === 'paragraph');
    for (const block of [evidence.blocks[0], ...titleBlock].filter((b) => b !== undefined)) {
      const post = block.text.length <= 80 ? POST_AND_NAME.exec(block.text.trim()) : null;
      if (post) {
        people.speaker = { value: `${post[1]} ${compact(post[2]!)}`, line: block.line, why: '报告人' };
        break;
      }
    }
  }
  if (!people.speaker) {
    const note = headBlocks(evidence, 8).map((b) => ({ b, m: AUTHOR_NOTE.exec(b.text.trim()) })).find((x) => x.m && isPerson(x.m[1]!));
    if (note) people.speaker = { value: note.m![1]!, line: note.b.line, why: '作者署名' };
  }
  if (!people.speaker) {
    const fact = evidence.facts.find((f) => f.field === 'author' && isPerson(f.value));
    if (fact) people.speaker = { value: fact.value, line: fact.line, why: fact.label ? `网页${fact.label}` : '作者署名' };
  }

  // The body that signs, just above a date line; else a labelled one; else the one under the title.
  const blocks = evidence.blocks;
  for (const block of [...headBlocks(evidence, 12), ...tailBlocks(evidence, 4)]) {
    const k = blocks.indexOf(block);
    const next = blocks[k + 1];
    if (block.type === 'paragraph' && next && DATE_LINE.test(next.text.trim()) && isOrganization(block.text)) {
      people.organization = { value: compact(block.text), line: block.line, why: '落款' };
      break;
    }
  }
  const issuer = evidence.facts.find((f) => f.field === 'organization');
  if (!people.organization && issuer) people.organization = { value: issuer.value, line: issuer.line, why: issuer.label ?? '发布机关' };
  // The line under the page's title may be the text's own title (`…心得体会`), not a body.
  const under = head.find((b) => title === undefined || compact(b.text) !== compact(title));
  // A congress named under a title is the session a report is made to, not who made it.
  if (!people.organization && under && blocks[0]?.type === 'title' && isOrganization(under.text) && !/人民代表大会$/u.test(compact(under.text))) people.organization = { value: compact(under.text), line: under.line, why: '标题下的机关' };

  const source = evidence.facts.find((f) => f.field === 'origin');
  const credit = tailBlocks(evidence, 3).map((b) => ({ b, m: /^[（(](?:来源|稿件来源|信息来源)[:：][ \t\u3000]*([^）)]{2,30})[）)]$/u.exec(b.text.trim()) })).find((x) => x.m);
  if (source) people.origin = { value: source.value, line: source.line, why: source.label ?? '来源' };
  else if (credit) people.origin = { value: credit.m![1]!.trim(), line: credit.b.line, why: '来源' };
  return people;
}
