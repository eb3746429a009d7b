import { findDates } from './find-dates.ts';
import { headBlocks, tailBlocks, type Found, type MetaEvidence } from './metadata-blocks.ts';

const DATE_ONLY = /^[（(]?[ \t\u3000]*(?:[12][0-9]{3}[ \t\u3000]*年[ \t\u3000]*[0-9]{1,2}[ \t\u3000]*月[ \t\u3000]*[0-9]{1,2}[ \t\u3000]*日|[〇零○Ｏ一二三四五六七八九]{4}年[一二三四五六七八九十]{1,3}月[一二三四五六七八九十]{1,3}日)[ \t\u3000]*[）)]?$/u;
/** `总理 李克强 2017年12月25日`: a signature with its date. */
const SIGNED = /^[\p{Script=Han}、 \t\u3000]{2,30}[ \t\u3000]+[12][0-9]{3}年[0-9]{1,2}月[0-9]{1,2}日$/u;
/** `（2005年11月25日…通过）`, `【题注】(…批准)`: the adoption note of a regulation or report. */
const NOTE = /^[（(].*(?:通过|批准|发布|公布|印发|修订|修正|施行)[^）)]*[）)]$/su;
/** `——2026年1月26日在…大会上`, `2015年2月3日在…第四次会议上`. */
const DELIVERED = /^[—－-]{1,2}.*[12][0-9]{3}年[0-9]{1,2}月[0-9]{1,2}日|^[12][0-9]{3}年[0-9]{1,2}月[0-9]{1,2}日在.{2,40}(?:会议|大会|会|班|仪式)上$/u;

/**
 * The date of a document. Its own dates win — a date line under the title or at the signature,
 * an adoption note, `——…日在…会议上` — and the latest of them is the date of this text; then the
 * date the page says it was published; else nothing, and the caller flags it for review.
 */
export function detectDate(evidence: MetaEvidence): Found | undefined {
  const own: Found[] = [];
  for (const fact of evidence.facts) if (fact.field === 'date') own.push({ value: fact.value, line: fact.line, why: fact.label ?? '日期' });
  const seen = new Set<unknown>();
  for (const block of [...headBlocks(evidence, 8), ...tailBlocks(evidence)]) {
    if (seen.has(block) || block.type !== 'paragraph') continue;
    seen.add(block);
    const text = block.text.trim();
    let why: string | undefined;
    if (DATE_ONLY.test(text)) why = '日期行';
    else if (SIGNED.test(text)) why = '签署日期';
    else if (text.length <= 300 && NOTE.test(text)) why = '题注';
    else if (text.length <= 120 && DELIVERED.test(text)) why = '讲话日期';
    if (!why) continue;
    const dates = findDates(text).sort();
    if (dates.length > 0) own.push({ value: dates.at(-1)!, line: block.line, why });
  }
  if (own.length > 0) return own.sort((a, b) => (a.value < b.value ? 1 : a.value > b.value ? -1 : 0))[0];
  // A page's publication date before the date it was last updated.
  const pages = evidence.facts.filter((f) => f.field === 'page-date');
  const page = pages.find((f) => f.label !== '更新时间' && f.label !== '更新日期') ?? pages[0];
  return page ? { value: page.value, line: page.line, why: page.label ? `网页${page.label}` : '网页发布日期' } : undefined;
}
