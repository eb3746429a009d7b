/**
 * Match questions from an enumeration: a point's key term with the member it names
 * (`助推器` ↔ `与业务工作相结合`), or else a point's lead clause with what follows it
 * (`刹玩风` ↔ `着力解决创业气氛不浓,开展积极性不高的问题`).
 */
import type { Point } from '../../shared/types.ts';
import type { LessonContext, Draft, ThemeSkeleton } from '../context.ts';
import { MAX_QUOTE, sectionOf } from '../context.ts';
import { citation } from '../explain.ts';
import { normalizeAnswer } from '../normalize.ts';
import { leadClauses, pointRuns, quotedTerms, shortLabel } from '../points.ts';
import { shortestCover, toSentences } from '../text.ts';

const MAX_PAIRS = 6;

interface Pair {
  left: string;
  right: string;
}

/** Match drafts, one per enumeration that yields at least two clean pairs. */
export function matchDrafts(ctx: LessonContext): Draft[] {
  const drafts: Draft[] = [];
  for (const run of pointRuns(ctx.lesson.points)) {
    if (run.length < 2 || run.length > MAX_PAIRS) continue;
    const byTerm = termPairs(run, ctx.themes);
    const pairs = byTerm.pairs.length >= 2 ? byTerm.pairs : clausePairs(run);
    if (!clean(pairs)) continue;
    const cover = shortestCover(ctx.text, pairs.flatMap((p) => [[p.left], [p.right]]));
    if (!cover) continue;
    const span = toSentences(ctx.sentences, cover.start, cover.end);
    if (span.end - span.start > MAX_QUOTE) continue;
    const section = sectionOf(ctx, run[0]!.paragraphId);
    const theme = byTerm.pairs.length >= 2 ? byTerm.theme : undefined;
    const prompt = theme
      ? `根据原文，将下列各项与“${theme.name}”中的对应内容配对：`
      : `根据原文${section?.label ? `“${section.label}”一段` : ''}，将下列各项与对应内容配对：`;
    const answer = Object.fromEntries(pairs.map((p) => [p.left, p.right]));
    drafts.push({
      type: 'match',
      key: pairs.map((p) => `${p.left}\u0001${p.right}`).join('\u0000'),
      prompt,
      options: pairs.map((p) => p.left),
      answer,
      targets: pairs.map((p) => p.right),
      explanation: `${pairs.map((p) => `“${p.left}”对应“${p.right}”`).join('；')}。见${citation(ctx.lesson)}。`,
      themes: theme ? [theme.id] : undefined,
      quote: ctx.text.slice(span.start, span.end),
      arrange: 'derange',
    });
  }
  return drafts;
}

/** Pairs of a quoted key term in a point's lead with the formulation member the point names. */
function termPairs(run: readonly Point[], themes: readonly ThemeSkeleton[]): { pairs: Pair[]; theme?: ThemeSkeleton } {
  let best: { pairs: Pair[]; theme?: ThemeSkeleton } = { pairs: [] };
  for (const theme of themes) {
    const pairs: Pair[] = [];
    for (const point of run) {
      const { head, tail } = leadClauses(point);
      const lead = tail ? `${head},${tail}` : head;
      const member = theme.members.find((m) => [m.name, ...m.aliases].some((s) => s && lead.includes(s)));
      if (!member) continue;
      const term = quotedTerms(lead).find((t) => !t.includes(member.name) && !member.name.includes(t));
      if (term) pairs.push({ left: term, right: member.name });
    }
    if (pairs.length > best.pairs.length) best = { pairs, theme };
  }
  return best;
}

/** Pairs of a point's lead clause (before the first comma) with the rest of its lead. */
function clausePairs(run: readonly Point[]): Pair[] {
  const pairs: Pair[] = [];
  for (const point of run) {
    const { head, tail } = leadClauses(point);
    const left = shortLabel(head);
    if (!tail || left.length < 2 || left.length > 20 || tail.length < 4 || tail.length > 40) continue;
    pairs.push({ left, right: tail });
  }
  return pairs;
}

function clean(pairs: readonly Pair[]): boolean {
  if (pairs.length < 2 || pairs.length > MAX_PAIRS) return false;
  const all = pairs.flatMap((p) => [p.left, p.right]).map(normalizeAnswer);
  return new Set(all).size === all.length && all.every((s) => s.length >= 2);
}
