/**
 * Judge questions: a true statement cut from the text, or the same statement with one fact
 * changed (a number, the numeral of a formulation, a member swapped for a sibling of the same
 * formulation, else for another formulation's member). Which of the two a sentence yields is seeded by its own content.
 */
import type { LessonContext, Draft } from '../context.ts';
import type { ThemeSkeleton } from '../context.ts';
import { citation, cited } from '../explain.ts';
import { findFacts, numbersMatter, type Fact } from '../facts.ts';
import { seededRng, randomIndex, type Rng } from '../random.ts';
import { intersects } from '../pool.ts';
import { clauseWindow } from '../text.ts';
import { differsByOneFact } from '../validate.ts';
import { formatChineseNumeral, parseChineseNumeral } from '../../shared/numbering.ts';

/** Judge drafts: at most one per sentence holding a fact. */
export function judgeDrafts(ctx: LessonContext): Draft[] {
  const drafts: Draft[] = [];
  for (const span of ctx.sentences) {
    const sentence = ctx.text.slice(span.start, span.end);
    if (sentence.length < 12) continue;
    const fact = findFacts(sentence, ctx.themes, { numbers: numbersMatter(ctx.doc) }).find(
      (f) => f.kind === 'member' || f.kind === 'number' || (f.kind === 'theme' && numeralOf(f.text) !== undefined),
    );
    if (!fact) continue;
    const win = clauseWindow(sentence, fact.start, fact.end, 28, 90);
    const statement = sentence.slice(win.start, win.end);
    if (statement.length < 10) continue;
    const key = `${fact.kind}\u0000${fact.text}\u0000${statement}`;
    const rng = seededRng(`judge\u0000${key}`);
    const wantFalse = rng() < 0.5;
    const replacement = wantFalse ? changeFact(ctx, fact, sentence, key, rng) : undefined;
    const cite = citation(ctx.lesson);
    const at = fact.start - win.start;
    const changed = replacement === undefined ? undefined : statement.slice(0, at) + replacement + statement.slice(at + fact.text.length);
    // A swap that rewrites most of a short statement proves nothing: ask the true one instead.
    const concerns = judgeConcerns(ctx, fact, statement);
    if (changed === undefined || replacement === undefined || !differsByOneFact(changed, sentence)) {
      drafts.push({ type: 'judge', key, prompt: statement, answer: true, explanation: `正确。${cite}原文：${cited(statement)}`, quote: sentence, arrange: 'none', ...concerns });
      continue;
    }
    drafts.push({
      type: 'judge',
      key,
      prompt: changed,
      answer: false,
      explanation: `错误。${cite}原文：${cited(statement)}应为“${fact.text}”，而不是“${replacement}”。`,
      quote: sentence,
      arrange: 'none',
      ...concerns,
    });
  }
  return drafts;
}

/** A report's or a story's statistic (`占现代服务业的78%`, `2290人次`, `13起`…): noise a member cannot judge. */
const STATISTIC = /[0-9０-９]+(?:[.．][0-9０-９]+)?\s*(?:%|％|万|亿|人次|起|户|家|个百分点)/u;

/** What the judge generator doubts about a statement: its fact, or a statistic it carries. */
function judgeConcerns(ctx: LessonContext, fact: Fact, statement: string): Pick<Draft, 'concerns'> {
  const concerns = [];
  if (fact.doubt) concerns.push({ penalty: 0.6, reason: fact.doubt });
  if (!numbersMatter(ctx.doc) && STATISTIC.test(statement)) concerns.push({ penalty: 0.6, reason: '判断句含报告或新闻中的统计数字' });
  return concerns.length > 0 ? { concerns } : {};
}

const NUMERALS = '一两三四五六七八九十';
const VALUE: Record<string, number> = { 一: 1, 二: 2, 两: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9, 十: 10 };

/** The count a formulation starts with (`三个结合` → 3), if it starts with a single numeral. */
function numeralOf(name: string): number | undefined {
  const v = VALUE[name[0] ?? ''];
  const second = name[1];
  return v !== undefined && second !== undefined && !(second in VALUE) ? v : undefined;
}

/** A plausible wrong value for the fact, or `undefined` if none can be made safely. */
function changeFact(ctx: LessonContext, fact: Fact, sentence: string, key: string, rng: Rng): string | undefined {
  if (fact.kind === 'number') return isCondition(sentence, fact) ? undefined : changeNumber(fact.text, boundOf(sentence, fact), rng);
  if (fact.kind === 'theme') {
    const v = numeralOf(fact.text)!;
    const next = v >= 10 ? v - 1 : v <= 2 ? v + 1 : rng() < 0.5 ? v + 1 : v - 1;
    return NUMERALS[next - 1]! + fact.text.slice(1);
  }
  // A member of another formulation that is not also a member of any formulation this one
  // belongs to, and not already in the sentence. Standard formulations are never swapped, in or
  // out: `围绕“改进调查研究”发表了一系列重要论述` would teach nonsense, and a sibling member is
  // often just as true.
  const glossary = glossaryIds(ctx.corpus);
  const owners = ctx.corpus.pool.themesOf(fact.text);
  if (intersects(owners, glossary)) return undefined;
  const sibling = siblingSwap(fact, sentence, key);
  if (sibling !== undefined) return sibling;
  const [swap] = ctx.corpus.pool.pick(1, key, (text) => {
    if (sentence.includes(text) || text.includes(fact.text) || fact.text.includes(text)) return true;
    const theirs = ctx.corpus.pool.themesOf(text);
    return intersects(theirs, owners) || intersects(theirs, glossary);
  }, fact.text.length, ctx.local);
  return swap?.text;
}

/**
 * Another member of the same formulation, when the sentence states this member alone
 * (`一是注重与业务工作相结合，充分发挥“助推器”的作用`): swapping in its sibling
 * (`与干部职工的切身利益相结合`) makes a false statement of the same kind, since each member of an
 * enumeration has its own clause. Not when a sibling is in the sentence too, nor when one name
 * holds another.
 */
function siblingSwap(fact: Fact, sentence: string, key: string): string | undefined {
  const theme = fact.theme;
  if (!theme || theme.origin === 'glossary' || theme.members.length < 2) return undefined;
  const names = (m: ThemeSkeleton['members'][number]) => [m.name, ...m.aliases].filter((n) => n.length >= 2);
  const mine = theme.members.find((m) => names(m).includes(fact.text));
  if (!mine) return undefined;
  const others = theme.members.filter((m) => m !== mine);
  if (others.some((m) => names(m).some((n) => sentence.includes(n)))) return undefined;
  const candidates = others.map((m) => m.name).filter((n) => n.length >= 2 && !n.includes(fact.text) && !fact.text.includes(n));
  if (candidates.length === 0) return undefined;
  return candidates[randomIndex(seededRng(`sibling\u0000${key}`), candidates.length)];
}

const glossaryIdsOf = new WeakMap<LessonContext['corpus'], Set<string>>();

/** Ids of the standard formulations, once per corpus. */
function glossaryIds(corpus: LessonContext['corpus']): Set<string> {
  let ids = glossaryIdsOf.get(corpus);
  if (!ids) glossaryIdsOf.set(corpus, (ids = new Set(corpus.themes.filter((t) => t.origin === 'glossary').map((t) => t.id))));
  return ids;
}

/** What a number states: a minimum (`不少于5个工作日`), a maximum (`不超过两年`, `三个月内`) or a value. */
type Bound = 'min' | 'max' | 'exact';

const MIN_BEFORE = /(?:不少于|不得少于|不低于|至少|最少|满|达到|超过)$/u;
const MAX_BEFORE = /(?:不超过|不得超过|最长|最多|不满)$/u;
const MAX_AFTER = /^[^，,。；;]{0,5}?(?:内|以内|之内)/u;
const MIN_AFTER = /^[^，,。；;]{0,5}?以上/u;

function boundOf(sentence: string, fact: Fact): Bound {
  const before = sentence.slice(Math.max(0, fact.start - 4), fact.start);
  const after = sentence.slice(fact.end);
  // `不得超过` before `超过`: the longer phrase decides.
  if (MAX_BEFORE.test(before) || MAX_AFTER.test(after)) return 'max';
  if (MIN_BEFORE.test(before) || MIN_AFTER.test(after)) return 'min';
  return 'exact';
}

/**
 * Whether the number sits in a condition (`未来三个月内将离开…的，一般不办理`): there a smaller
 * limit is implied by the rule, a larger one is not the rule either way — no safe false version.
 */
function isCondition(sentence: string, fact: Fact): boolean {
  const clause = /^[^，,。；;]*/u.exec(sentence.slice(fact.end))![0];
  // `经过一年以上培养…的积极分子`: whoever has two years has one, so `两年以上` would be true too.
  return clause.endsWith('的') || MIN_AFTER.test(clause) || /^(?:[^，,。；;]*?)(?:如果|若|凡)/u.test(sentence.slice(0, fact.start));
}

/**
 * A nearby wrong value that the rule does not imply: a minimum goes up (`不少于5日` does not make
 * `不少于7日` true, while `不少于3日` would be), a maximum goes down, a value either way.
 * 20 → 30 or 40; 5 → 6 or 7; 2014 → 2015 or 2016; 一年 → 两年; decimals are left alone.
 */
function changeNumber(text: string, bound: Bound, rng: Rng): string | undefined {
  const words = parseChineseNumeral(text);
  if (words !== undefined) {
    const step = 1 + randomIndex(rng, 2);
    const down = bound === 'max' || (bound === 'exact' && words > 2 && rng() < 0.5);
    const value = down ? words - step : words + step;
    const written = formatChineseNumeral(value);
    // `两` is how 2 is said before a measure (`两年`, `两名`), as the source itself would write it.
    return written === '二' ? '两' : written;
  }
  if (!/^[0-9]+$/.test(text)) return undefined;
  const n = Number(text);
  const year = n >= 1900 && n <= 2100;
  const deltas = year || n < 10 ? [1, 2] : n >= 1000 ? [n / 10, n / 5] : [10, 20];
  const delta = Math.max(1, Math.round(deltas[randomIndex(rng, deltas.length)]!));
  if (bound === 'max') return n - delta >= 1 ? String(n - delta) : undefined;
  return String(n + delta);
}
