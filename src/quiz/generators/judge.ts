/**
 * Judge questions: a true statement cut from the text, or the same statement with one fact
 * changed (a number, the numeral of a formulation, or a member swapped for another
 * formulation's member). Which of the two a sentence yields is seeded by its own content.
 */
import type { LessonContext, Draft } from '../context.ts';
import { citation, cited } from '../explain.ts';
import { findFacts, numbersMatter, type Fact } from '../facts.ts';
import { seededRng, randomIndex, type Rng } from '../random.ts';
import { intersects } from '../pool.ts';
import { clauseWindow } from '../text.ts';
import { differsByOneFact } from '../validate.ts';

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
    if (changed === undefined || replacement === undefined || !differsByOneFact(changed, sentence)) {
      drafts.push({ type: 'judge', key, prompt: statement, answer: true, explanation: `正确。${cite}原文：${cited(statement)}`, quote: sentence, arrange: 'none' });
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
    });
  }
  return drafts;
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
  if (fact.kind === 'number') return changeNumber(fact.text, rng);
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
  const [swap] = ctx.corpus.pool.pick(1, key, (text) => {
    if (sentence.includes(text) || text.includes(fact.text) || fact.text.includes(text)) return true;
    const theirs = ctx.corpus.pool.themesOf(text);
    return intersects(theirs, owners) || intersects(theirs, glossary);
  }, fact.text.length, ctx.local);
  return swap?.text;
}

const glossaryIdsOf = new WeakMap<LessonContext['corpus'], Set<string>>();

/** Ids of the standard formulations, once per corpus. */
function glossaryIds(corpus: LessonContext['corpus']): Set<string> {
  let ids = glossaryIdsOf.get(corpus);
  if (!ids) glossaryIdsOf.set(corpus, (ids = new Set(corpus.themes.filter((t) => t.origin === 'glossary').map((t) => t.id))));
  return ids;
}

/** 20 → 30 or 40; 5 → 6 or 7; 2014 → 2015 or 2016; decimals are left alone (no false precision). */
function changeNumber(text: string, rng: Rng): string | undefined {
  if (!/^[0-9]+$/.test(text)) return undefined;
  const n = Number(text);
  const year = n >= 1900 && n <= 2100;
  const deltas = year || n < 10 ? [1, 2] : n >= 1000 ? [n / 10, n / 5] : [10, 20];
  const delta = Math.max(1, Math.round(deltas[randomIndex(rng, deltas.length)]!));
  return String(n + delta);
}
