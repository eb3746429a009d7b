/**
 * Facts in a sentence that a question can ask about: formulation names (`两大关系`), members
 * (`刹玩风`), quoted terms (`“助推器”`) and numbers (`20多万元`).
 */
import type { Doc } from '../shared/types.ts';
import type { ThemeSkeleton } from './context.ts';
import { occurrences } from './text.ts';

/** What kind of fact: a formulation name, a member, a quoted term, a number. */
export type FactKind = 'theme' | 'member' | 'term' | 'number';

/** A fact found in a sentence. */
export interface Fact {
  /** Offsets relative to the sentence. */
  start: number;
  end: number;
  text: string;
  kind: FactKind;
  /** The theme a `theme` or `member` fact belongs to. */
  theme?: ThemeSkeleton;
  /** Why the fact may not be worth asking (a quoted term: see `termDoubt`; a formulation without members). */
  doubt?: string;
}

const PRIORITY: Record<FactKind, number> = { theme: 0, member: 1, term: 2, number: 3 };

/** Quoted terms short enough to be a key term, without clause punctuation inside. */
const QUOTED = /“([^“”，,。；;：:！？!?\s]{2,10})”/gu;

/** Where the copy lost the closing mark: the `X` of `“X的作用` (的 and a short noun before punctuation). */
const QUOTED_UNCLOSED = /“([^“”，,。；;：:、\s的]{2,8})的[^“”，,。；;：:、\s的]{1,3}(?=[，,。；;：:、\s]|$)/gu;

/**
 * Arabic numbers followed by a unit or measure word (`20多万元`, `16条`, `3.5%`), not preceded by
 * another digit, a decimal point or 第 (`第38条` is a reference, not a quantity); list markers (`1、`)
 * never match.
 */
const NUMBER = /(?<![0-9０-９.．第])[0-9０-９]+(?:[.．][0-9０-９]+)?(?=\s*[多余]?[十百千万亿]*(?:元|年|个|项|条|名|人|次|%|％|倍|天|日|月|家|所|件|份|批|期|届|岁|小时|分钟|周|户|篇|本|章|节|款|种|位|公里|米|吨|亩))/gu;

/**
 * A regulation's quantities written in Chinese numerals (`预备期为一年`, `不少于五个工作日`,
 * `三个月内`): the numeral before a unit of time or of people.
 */
const CN_UNIT = /(?=个?(?:工作日|学时|小时|周岁|年|月|日|天|名|人|次))/u;
const CN_NUMBER = new RegExp(`(?<![〇零一二两三四五六七八九十百千第])[一二两三四五六七八九十]{1,3}${CN_UNIT.source}`, 'gu');
const CHINESE_NUMERAL = /^[一二两三四五六七八九十]+$/u;
/** What makes such a numeral a rule (a term, a threshold, a limit), not prose (`一年来`, `一次性`). */
const RULE_BEFORE = /(?:为|是|不少于|不得少于|不低于|不超过|不得超过|至少|最长|最多|最少|满|达到|超过|连续|期限|每|间隔)$/u;
const RULE_AFTER = /^个?(?:工作日|学时|小时|周岁|年|月|日|天|名|人|次)(?:内|以内|之内|以上|以下|以后|后|前|的|，|,|。|；)/u;

/** Whether the Chinese numeral at `index` states a rule's quantity. */
function isRuleQuantity(sentence: string, index: number, numeral: string): boolean {
  return RULE_BEFORE.test(sentence.slice(Math.max(0, index - 4), index)) || RULE_AFTER.test(sentence.slice(index + numeral.length));
}

/** Whether the number at `index` writes a date or an issue (`2014年`, `1月`, `14日`, `90年代`, `5期`), not a duration (`1年`, `30日内`). */
function isDatePart(sentence: string, index: number, number: string): boolean {
  const after = sentence.slice(index + number.length).trimStart();
  const value = Number(number.replace(/[０-９]/gu, (d) => String(d.charCodeAt(0) - 0xff10)));
  if (/^(?:期|届|号)/u.test(after)) return true;
  if (after.startsWith('年')) return value >= 1000 || after.startsWith('年代');
  if (after.startsWith('月')) return value >= 1000 || !/^月(?:内|以内|之内|以上|以下)/u.test(after);
  // `11月 12 日`, and a date run together by the copy (`2017822日`): never a count of days.
  if (after.startsWith('日')) return value >= 1000 || sentence.slice(0, index).trimEnd().endsWith('月') || /^日(?:电|上午|下午|晚|起|至)/u.test(after);
  return false;
}

const ruled = new WeakMap<Doc, boolean>();

/**
 * Whether a document's numbers are worth learning: a regulation's (`不少于5个工作日`), written in
 * articles, not a report's or a story's statistics (`中西部11个省区`).
 */
export function numbersMatter(doc: Doc | undefined): boolean {
  if (!doc) return false;
  let rules = ruled.get(doc);
  if (rules === undefined) {
    rules = (doc.meta.kind === '法规' || doc.meta.kind === '文件') && doc.paragraphs.some((p) => /^第[一二三四五六七八九十百零〇0-9０-９]+条/u.test(p.text));
    ruled.set(doc, rules);
  }
  return rules;
}

/**
 * Every occurrence of `fact` in `text` replaced by `blank`; a number is not blanked inside a
 * longer number (`20` in `2021`).
 */
export function blankOut(text: string, fact: Pick<Fact, 'text' | 'kind'>, blank: string): string {
  if (fact.kind !== 'number') return text.split(fact.text).join(blank);
  if (CHINESE_NUMERAL.test(fact.text)) return text.replace(new RegExp(`(?<![〇零一二两三四五六七八九十百千第])${fact.text}${CN_UNIT.source}`, 'gu'), blank);
  const escaped = fact.text.replace(/[.*+?^${}()|[\]\\]/gu, '\\$&');
  return text.replace(new RegExp(`(?<![0-9０-９.．])${escaped}(?![0-9０-９]|[.．][0-9０-９])`, 'gu'), blank);
}

/** Whether `name` stands inside a quotation of the sentence (`“一个中心、四个着力”`, or `“三清活动` whose mark was lost). */
function insideQuotes(sentence: string, name: string): boolean {
  for (const at of occurrences(sentence, name)) {
    const open = sentence.lastIndexOf('“', at);
    if (open >= 0 && sentence.lastIndexOf('”', at) < open) return true;
  }
  return false;
}

/** Longest member name worth a cloze or a judge swap. */
export const MAX_FACT_LENGTH = 12;

/**
 * The facts of `sentence`, best first (formulation names, members, quoted terms, numbers), without
 * overlaps: a span claimed by a better fact is not reused.
 */
export function findFacts(
  sentence: string,
  themes: readonly ThemeSkeleton[],
  options: { numbers?: boolean; termDoubt?: (term: string, sentence: string, start: number) => string | undefined } = {},
): Fact[] {
  const found: Fact[] = [];
  for (const theme of themes) {
    if (theme.name.length >= 2) {
      // A formulation found in the text with no members, and not set off by quotation marks there
      // (`时代价值、五大优势和作用逻辑`), is a phrase of the sentence rather than a term it teaches.
      const doubt = theme.origin === 'detected' && theme.members.length === 0 && !insideQuotes(sentence, theme.name) ? '提法没有成员，原文也没有用引号强调' : undefined;
      for (const at of occurrences(sentence, theme.name)) found.push({ start: at, end: at + theme.name.length, text: theme.name, kind: 'theme', theme, ...(doubt ? { doubt } : {}) });
    }
    // A two-character member (`中央`, `地方`) is an everyday word: a fact only where the sentence
    // names the formulation too.
    const named = sentence.includes(theme.name);
    for (const member of theme.members) {
      if (member.name.length < 2 || member.name.length > MAX_FACT_LENGTH) continue;
      if (member.name.length < 3 && !named) continue;
      for (const at of occurrences(sentence, member.name)) found.push({ start: at, end: at + member.name.length, text: member.name, kind: 'member', theme });
    }
  }
  for (const re of [QUOTED, QUOTED_UNCLOSED]) {
    for (const m of sentence.matchAll(re)) {
      const start = m.index + 1;
      const doubt = options.termDoubt?.(m[1]!, sentence, start);
      found.push({ start, end: start + m[1]!.length, text: m[1]!, kind: 'term', ...(doubt ? { doubt } : {}) });
    }
  }
  // A year, month, day or issue number is trivia, never the point (`____年1月14日`).
  if (options.numbers !== false) {
    for (const m of sentence.matchAll(NUMBER)) if (!isDatePart(sentence, m.index, m[0])) found.push({ start: m.index, end: m.index + m[0].length, text: m[0], kind: 'number' });
    // Numerals in words count only where numbers matter at all (a regulation's), not by default.
    if (options.numbers === true) {
      for (const m of sentence.matchAll(CN_NUMBER)) if (isRuleQuantity(sentence, m.index, m[0])) found.push({ start: m.index, end: m.index + m[0].length, text: m[0], kind: 'number' });
    }
  }
  found.sort((a, b) => PRIORITY[a.kind] - PRIORITY[b.kind] || a.start - b.start || b.end - a.end);
  const kept: Fact[] = [];
  for (const fact of found) {
    if (kept.some((k) => fact.start < k.end && k.start < fact.end)) continue;
    kept.push(fact);
  }
  return kept;
}
