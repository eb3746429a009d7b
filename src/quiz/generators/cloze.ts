/** Cloze questions: a key term, a formulation, one of its members or a number blanked in a sentence. */
import type { LessonContext, Draft } from '../context.ts';
import { citation, cited } from '../explain.ts';
import { blankOut, findFacts, MAX_FACT_LENGTH, numbersMatter, type Fact } from '../facts.ts';
import { clauseWindow } from '../text.ts';
import { termDoubt } from '../key-terms.ts';

/** What a blank looks like in a prompt. */
export const BLANK_MARK = '____';

/**
 * Facts blanked per sentence: every formulation named (up to three), then the best member, term
 * and number, at most four in all; topped up to two from what is left (a list of four campaigns
 * is two questions, not four).
 */
const MAX_FORMULATIONS = 3;
const MAX_PER_SENTENCE = 4;
const MIN_PER_SENTENCE = 2;
/** Characters besides the blank a prompt needs to be answerable. */
const MIN_CONTEXT = 8;

/** Cloze drafts for every sentence of the lesson. */
export function clozeDrafts(ctx: LessonContext): Draft[] {
  const drafts: Draft[] = [];
  for (const span of ctx.sentences) {
    const sentence = ctx.text.slice(span.start, span.end);
    if (sentence.length < 8) continue;
    const used = new Set<string>();
    const doubt = (term: string, s: string, at: number) => termDoubt(term, s, at, ctx.doc ?? ctx.text);
    for (const fact of pickFacts(findFacts(sentence, ctx.themes, { numbers: numbersMatter(ctx.doc), termDoubt: doubt }))) {
      if (used.has(fact.text)) continue;
      const win = clauseWindow(sentence, fact.start, fact.end, 24, 72);
      const shown = sentence.slice(win.start, win.end);
      const prompt = blankOut(shown, fact, BLANK_MARK);
      if (prompt.replaceAll(BLANK_MARK, '').replace(/[\s“”]/gu, '').length < MIN_CONTEXT) continue;
      used.add(fact.text);
      const note = fact.kind === 'member' && fact.theme ? `“${fact.text}”是“${fact.theme.name}”之一。` : '';
      drafts.push({
        type: 'cloze',
        key: `${fact.text}\u0000${shown}`,
        prompt,
        answer: fact.text,
        explanation: `${citation(ctx.lesson)}原文：${cited(shown)}空格处应填“${fact.text}”。${note}`,
        quote: sentence,
        arrange: 'none',
        ...(fact.doubt ? { concerns: [{ penalty: 0.6, reason: fact.doubt }] } : {}),
      });
    }
  }
  return drafts;
}

/** The facts to blank (see MAX_PER_SENTENCE), distinct texts only, in sentence order. */
function pickFacts(facts: readonly Fact[]): Fact[] {
  const usable = facts.filter((f) => f.text.length <= MAX_FACT_LENGTH);
  const chosen: Fact[] = [];
  const kinds = new Set<string>();
  const texts = new Set<string>();
  const take = (f: Fact) => {
    kinds.add(f.kind);
    texts.add(f.text);
    chosen.push(f);
  };
  for (const f of usable) {
    if (f.kind === 'theme' && !texts.has(f.text) && chosen.length < MAX_FORMULATIONS) take(f);
  }
  for (const f of usable) {
    if (chosen.length >= MAX_PER_SENTENCE) break;
    if (f.kind !== 'theme' && !kinds.has(f.kind) && !texts.has(f.text)) take(f);
  }
  for (const f of usable) {
    if (chosen.length >= MIN_PER_SENTENCE) break;
    if (!texts.has(f.text)) take(f);
  }
  return chosen.sort((a, b) => a.start - b.start);
}
