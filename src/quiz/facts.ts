/**
 * Facts in a sentence that a question can ask about: formulation names (`两大关系`), members
 * (`刹玩风`), quoted terms (`“助推器”`) and numbers (`20多万元`).
 */
import type { Theme } from '../shared/types.ts';
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
  theme?: Theme;
}

const PRIORITY: Record<FactKind, number> = { theme: 0, member: 1, term: 2, number: 3 };

/** Quoted terms short enough to be a key term, without clause punctuation inside. */
const QUOTED = /“([^“”，,。；;：:！？!?\s]{2,10})”/gu;

/** Where the copy lost the closing mark: the `X` of `“X的作用` (的 and a short noun before punctuation). */
const QUOTED_UNCLOSED = /“([^“”，,。；;：:、\s的]{2,8})的[^“”，,。；;：:、\s的]{1,3}(?=[，,。；;：:、\s]|$)/gu;

/**
 * Arabic numbers followed by a unit or measure word (`20多万元`, `16条`, `3.5%`), not preceded by
 * another digit or a decimal point; list markers (`1、`) never match.
 */
const NUMBER = /(?<![0-9０-９.．])[0-9０-９]+(?:[.．][0-9０-９]+)?(?=\s*[多余]?[十百千万亿]*(?:元|年|个|项|条|名|人|次|%|％|倍|天|日|月|家|所|件|份|批|期|届|岁|小时|分钟|周|户|篇|本|章|节|款|种|位|公里|米|吨|亩))/gu;

/**
 * Every occurrence of `fact` in `text` replaced by `blank`; a number is not blanked inside a
 * longer number (`20` in `2021`).
 */
export function blankOut(text: string, fact: Pick<Fact, 'text' | 'kind'>, blank: string): string {
  if (fact.kind !== 'number') return text.split(fact.text).join(blank);
  const escaped = fact.text.replace(/[.*+?^${}()|[\]\\]/gu, '\\$&');
  return text.replace(new RegExp(`(?<![0-9０-９.．])${escaped}(?![0-9０-９]|[.．][0-9０-９])`, 'gu'), blank);
}

/** Longest member name worth a cloze or a judge swap. */
export const MAX_FACT_LENGTH = 12;

/**
 * The facts of `sentence`, best first (formulation names, members, quoted terms, numbers), without
 * overlaps: a span claimed by a better fact is not reused.
 */
export function findFacts(sentence: string, themes: readonly Theme[]): Fact[] {
  const found: Fact[] = [];
  for (const theme of themes) {
    if (theme.name.length >= 2) {
      for (const at of occurrences(sentence, theme.name)) found.push({ start: at, end: at + theme.name.length, text: theme.name, kind: 'theme', theme });
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
      found.push({ start, end: start + m[1]!.length, text: m[1]!, kind: 'term' });
    }
  }
  for (const m of sentence.matchAll(NUMBER)) found.push({ start: m.index, end: m.index + m[0].length, text: m[0], kind: 'number' });
  found.sort((a, b) => PRIORITY[a.kind] - PRIORITY[b.kind] || a.start - b.start || b.end - a.end);
  const kept: Fact[] = [];
  for (const fact of found) {
    if (kept.some((k) => fact.start < k.end && k.start < fact.end)) continue;
    kept.push(fact);
  }
  return kept;
}
