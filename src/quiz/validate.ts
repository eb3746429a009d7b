/**
 * The rule every question obeys: its quote is a verbatim passage of the lesson and contains
 * what proves the answer. Used by the generator (nothing invalid is emitted), by `npm run check`
 * for hand-written questions and by the tests. Browser-safe: no Node imports.
 */
import type { Question } from '../shared/types.ts';

/** Prompts that ask for the option that is NOT something (`下列哪一项不属于“四风”？`). */
export const NEGATIVE_PROMPT = /不属于|不是|不包括|不正确|错误的是/u;

/** Blank markers accepted in cloze prompts: `____`, `（ ）`, `( )`. */
export const BLANK = /_{2,}|（\s*）|\(\s*\)/u;

/** The statement a judge question asks about: its prompt without a `判断：` lead or `（ ）` tail. */
export function judgeStatement(prompt: string): string {
  return prompt
    .replace(/^\s*(?:判断(?:正误|对错)?|是非题)\s*[：:]\s*/u, '')
    .replace(/\s*(?:（\s*）|\(\s*\))\s*$/u, '')
    .trim();
}

/** What the quote must contain for the answer to be proven (empty for judge questions). */
export function proofItems(q: Question): string[] {
  switch (q.type) {
    case 'single':
      if (typeof q.answer !== 'string') return [];
      return NEGATIVE_PROMPT.test(q.prompt) ? (q.options ?? []).filter((o) => o !== q.answer) : [q.answer];
    case 'multiple':
    case 'order':
      return Array.isArray(q.answer) ? q.answer : [];
    case 'cloze':
      return typeof q.answer === 'string' ? [q.answer] : Array.isArray(q.answer) ? q.answer : [];
    case 'match':
      return isRecord(q.answer) ? Object.entries(q.answer).flat() : [];
    case 'judge':
      return [];
  }
}

/**
 * Problems with a question (Chinese messages); empty when it is valid against `lessonText`,
 * the full text of the lesson its `source.lessonId` names.
 */
export function validateQuestion(q: Question, lessonText: string): string[] {
  const problems: string[] = [];
  const quote = q.source?.quote ?? '';
  if (!q.prompt?.trim()) problems.push('题干为空');
  if (!q.explanation?.trim()) problems.push('缺少解析（explanation）');
  if (!quote.trim()) problems.push('缺少引文（source.quote）');
  else if (!lessonText.includes(quote)) problems.push('引文不是课程原文的逐字摘录');
  problems.push(...shapeProblems(q));
  if (problems.length > 0) return problems;

  // Answers and statements are compared with the quote up to character width and spacing
  // (`，` = `,`), so hand-written questions may use full-width punctuation over a half-width copy.
  const proof = comparable(quote);
  for (const item of proofItems(q)) {
    if (!proof.includes(comparable(item))) problems.push(`引文中没有“${item}”，不能证明答案`);
  }
  if (q.type === 'single' && NEGATIVE_PROMPT.test(q.prompt) && typeof q.answer === 'string' && proof.includes(comparable(q.answer))) {
    problems.push(`“${q.answer}”出现在引文中，不宜作“不属于”的答案`);
  }
  if (q.type === 'order' && Array.isArray(q.answer) && !inOrder(proof, q.answer.map(comparable))) {
    problems.push('排序答案与引文中的先后顺序不一致');
  }
  if (q.type === 'judge') {
    const statement = comparable(judgeStatement(q.prompt));
    if (q.answer === true && !proof.includes(statement)) problems.push('判断题答案为“正确”，但题干不在引文中');
    if (q.answer === false) {
      if (proof.includes(statement)) problems.push('判断题答案为“错误”，但题干原样出现在引文中');
      else if (!differsByOneFact(statement, proof)) problems.push('判断题答案为“错误”，但引文中找不到仅改动一处的原句');
    }
  }
  return problems;
}

/** Shape checks (Chinese messages): the answer has the right type for the question type and fits the options. */
export function shapeProblems(q: Question): string[] {
  const problems: string[] = [];
  const options = q.options ?? [];
  const dupes = (list: readonly string[]) => new Set(list).size !== list.length;
  switch (q.type) {
    case 'single':
      if (options.length < 2) problems.push('单选题至少需要两个选项');
      if (dupes(options)) problems.push('选项重复');
      if (typeof q.answer !== 'string') problems.push('单选题的答案必须是一个选项');
      else if (!options.includes(q.answer)) problems.push(`答案“${q.answer}”不在选项中`);
      break;
    case 'multiple':
      if (options.length < 2) problems.push('多选题至少需要两个选项');
      if (dupes(options)) problems.push('选项重复');
      if (!Array.isArray(q.answer) || q.answer.length === 0) problems.push('多选题的答案必须是选项列表');
      else {
        if (dupes(q.answer)) problems.push('答案重复');
        for (const a of q.answer) if (!options.includes(a)) problems.push(`答案“${a}”不在选项中`);
      }
      break;
    case 'cloze': {
      const answers = typeof q.answer === 'string' ? [q.answer] : Array.isArray(q.answer) ? q.answer : null;
      if (!answers || answers.length === 0 || answers.some((a) => !a.trim())) problems.push('填空题的答案必须是非空文字');
      if (!BLANK.test(q.prompt)) problems.push('填空题题干中没有空格（____）');
      break;
    }
    case 'judge':
      if (typeof q.answer !== 'boolean') problems.push('判断题的答案必须是 true 或 false');
      break;
    case 'order':
      if (!Array.isArray(q.answer) || q.answer.length < 2) problems.push('排序题的答案至少需要两项');
      else {
        if (dupes(q.answer)) problems.push('排序项重复');
        if (options.length !== q.answer.length || [...options].sort().join('\u0000') !== [...q.answer].sort().join('\u0000')) {
          problems.push('排序题的选项与答案不是同一组内容');
        }
      }
      break;
    case 'match': {
      if (!isRecord(q.answer) || Object.keys(q.answer).length < 2) {
        problems.push('配对题的答案必须是至少两组 { 左: 右 }');
        break;
      }
      const lefts = Object.keys(q.answer);
      const rights = Object.values(q.answer);
      const targets = q.targets ?? [];
      if (dupes(rights)) problems.push('配对题右侧项重复');
      if (options.length !== lefts.length || lefts.some((l) => !options.includes(l))) problems.push('配对题的选项（左侧）与答案不一致');
      if (targets.length !== rights.length || rights.some((r) => !targets.includes(r))) problems.push('配对题的 targets（右侧）与答案不一致');
      break;
    }
    default:
      problems.push(`未知题型“${String((q as { type: unknown }).type)}”`);
  }
  return problems;
}

function isRecord(value: unknown): value is Record<string, string> {
  return typeof value === 'object' && value !== null && !Array.isArray(value) &&
    Object.values(value).every((v) => typeof v === 'string');
}

/** Text as compared with a quote: NFKC (full-width → half-width) and no whitespace. */
function comparable(text: string): string {
  return text.normalize('NFKC').replace(/\s+/gu, '');
}

/** Whether the items occur in `text` one after another, in order. */
export function inOrder(text: string, items: readonly string[]): boolean {
  let from = 0;
  for (const item of items) {
    const at = text.indexOf(item, from);
    if (at < 0) return false;
    from = at + item.length;
  }
  return true;
}

/** Longest `n` such that `test(n)` holds, for a monotone test over [0, max]. */
function longest(max: number, test: (n: number) => boolean): number {
  let lo = 0;
  let hi = max;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (test(mid)) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}

/** Longest fact that may differ between a false statement and the passage it was made from. */
const MAX_CHANGE = 24;

/**
 * Whether `statement` is a passage of `quote` with exactly one short stretch changed (a number
 * or a term swapped): the proof that a false judge statement was made from the text.
 */
export function differsByOneFact(statement: string, quote: string): boolean {
  const n = statement.length;
  if (n === 0 || quote.includes(statement)) return false;
  const p = longest(n, (k) => quote.includes(statement.slice(0, k)));
  const s = longest(n, (k) => quote.includes(statement.slice(n - k)));
  // Most of the statement must be the passage unchanged (prefix + suffix).
  if (p + s < Math.max(n / 2, n - MAX_CHANGE)) return false;
  const prefix = statement.slice(0, p);
  const suffix = statement.slice(n - s);
  for (let i = quote.indexOf(prefix); i >= 0; i = quote.indexOf(prefix, i + 1)) {
    const j = quote.indexOf(suffix, i);
    if (j < 0) break;
    const region = quote.slice(i, j + suffix.length);
    if (Math.abs(region.length - n) > MAX_CHANGE) continue;
    let cp = 0;
    while (cp < n && cp < region.length && statement[cp] === region[cp]) cp++;
    let cs = 0;
    while (cs < n - cp && cs < region.length - cp && statement[n - 1 - cs] === region[region.length - 1 - cs]) cs++;
    const changed = statement.slice(cp, n - cs);
    const original = region.slice(cp, region.length - cs);
    if (changed !== original && changed.length <= MAX_CHANGE && original.length <= MAX_CHANGE) return true;
  }
  return false;
}
