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
const POST_AND_NAME = /(?:^|报告|讲话|发言)((?:[\p{Script=Han}、]{2,24}?)(?:书记|局长|省长|市长|县长|区长|主任|部长|厅长|主席|院长|校长|总理|秘书长|委员))[ \t\u3000]+([\p{Script=Han}](?:[ \t\u3000]*[\p{Script=Han}]){1,3})$/u;
/** `——习近平在…上的讲话`. */
const DELIVERED_BY = /^[—－-]{1,2}[ \t\u3000]*([\p{Script=Han}·]{2,4})(?:同志)?(?:[12][0-9]{3}年[0-9]{1,2}月[0-9]{1,2}日)?在/u;
const DATE_LINE = /^[（(]?[ \t\u3000]*[12〇零○一二三四五六七八九][0-9〇零○一二三四五六七八九]{3}[ \t\u3000]*年.{1,6}月.{1,6}日[ \t\u3000]*[）)]?$/u;

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
export function detectPeople(evidence: MetaEvidence, titleLine: string | undefined): People {
  const people: People = {};
  // A byline stands right under the title (after a subtitle, a journal line or keywords at most).
  const head = headBlocks(evidence, 5).filter((b) => b.type === 'paragraph').slice(0, 3);

  const tag = titleLine ? /^【([\p{Script=Han}·]{2,4})】/u.exec(titleLine) : null;
  if (tag) people.speaker = { value: tag[1]!, ...(evidence.blocks[0] ? { line: evidence.blocks[0].line } : {}), why: '标题前的作者' };
  for (const block of head) {
    if (people.speaker) break;
    const by = BYLINE.exec(block.text.trim());
    const names = by?.[1]?.split(/[ \t\u3000]*[,，、][ \t\u3000]*/u).map(compact);
    if (names && names.every(isPerson)) people.speaker = { value: names.join('、'), line: block.line, why: '作者署名' };
    const delivered = DELIVERED_BY.exec(block.text.trim());
    if (!people.speaker && delivered && isPerson(delivered[1]!)) people.speaker = { value: delivered[1]!, line: block.line, why: '讲话人' };
  }
  if (!people.speaker) {
    for (const block of [evidence.blocks[0], ...head].filter((b) => b !== undefined)) {
      const post = block.text.length <= 80 ? POST_AND_NAME.exec(block.text.trim()) : null;
      if (post) {
        people.speaker = { value: `${post[1]} ${compact(post[2]!)}`, line: block.line, why: '报告人' };
        break;
      }
    }
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
  const under = head[0];
  if (!people.organization && under && blocks[0]?.type === 'title' && isOrganization(under.text)) people.organization = { value: compact(under.text), line: under.line, why: '标题下的机关' };

  const source = evidence.facts.find((f) => f.field === 'origin');
  const credit = tailBlocks(evidence, 3).map((b) => ({ b, m: /^[（(](?:来源|稿件来源|信息来源)[:：][ \t\u3000]*([^）)]{2,30})[）)]$/u.exec(b.text.trim()) })).find((x) => x.m);
  if (source) people.origin = { value: source.value, line: source.line, why: source.label ?? '来源' };
  else if (credit) people.origin = { value: credit.m![1]!.trim(), line: credit.b.line, why: '来源' };
  return people;
}
