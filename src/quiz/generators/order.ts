/** Order questions: put an enumeration's points, or a section's parts, back in the order of the text. */
import type { LessonContext, Draft } from '../context.ts';
import { MAX_QUOTE } from '../context.ts';
import { citation } from '../explain.ts';
import { normalizeAnswer } from '../normalize.ts';
import { pointLabel, pointRuns } from '../points.ts';
import { sectionOf } from '../context.ts';
import { shortestCover, toSentences } from '../text.ts';

const MIN_ITEMS = 3;
const MAX_ITEMS = 8;
const MAX_ITEM_LENGTH = 30;

/** Order drafts for the lesson's enumerations and for sections with three or more parts. */
export function orderDrafts(ctx: LessonContext): Draft[] {
  const drafts: Draft[] = [];
  for (const run of pointRuns(ctx.lesson.points)) {
    const items = run.map(pointLabel);
    const section = sectionOf(ctx, run[0]!.paragraphId);
    const theme = ctx.themes.find((t) => sameSet(t.members.map((m) => m.name), items));
    const prompt = theme
      ? `请按原文顺序排列“${theme.name}”的各项：`
      : section?.label
        ? `“${section.label}”一段依次提出了以下几项，请按原文顺序排列：`
        : `请按原文顺序排列以下几项：`;
    const draft = orderDraft(ctx, items, prompt);
    if (draft) drafts.push(draft);
  }
  const sections = ctx.corpus.sectionById.get(ctx.lesson.sourceId);
  if (sections) {
    for (const id of ctx.lesson.sectionIds) {
      const parent = sections.get(id);
      if (!parent || parent.childIds.length < MIN_ITEMS) continue;
      const items = parent.childIds.map((c) => sections.get(c)?.label ?? '');
      const draft = orderDraft(ctx, items, `请按原文顺序排列“${parent.label}”下的各部分：`);
      if (draft) drafts.push(draft);
    }
  }
  return drafts;
}

function orderDraft(ctx: LessonContext, items: string[], prompt: string): Draft | undefined {
  if (items.length < MIN_ITEMS || items.length > MAX_ITEMS) return undefined;
  if (items.some((i) => i.length < 2 || i.length > MAX_ITEM_LENGTH)) return undefined;
  if (new Set(items.map(normalizeAnswer)).size !== items.length) return undefined;
  // No item may contain another: the order check would be ambiguous.
  if (items.some((a, i) => items.some((b, j) => i !== j && a.includes(b)))) return undefined;
  const cover = shortestCover(ctx.text, items.map((i) => [i]), true);
  if (!cover) return undefined;
  const span = toSentences(ctx.sentences, cover.start, cover.end);
  if (span.end - span.start > MAX_QUOTE) return undefined;
  const quote = ctx.text.slice(span.start, span.end);
  return {
    type: 'order',
    key: items.join('\u0000'),
    prompt,
    options: items,
    answer: items,
    explanation: `原文顺序为：${items.map((item, i) => `${i + 1}. ${item}`).join('；')}。见${citation(ctx.lesson)}。`,
    quote,
    arrange: 'derange',
  };
}

function sameSet(a: readonly string[], b: readonly string[]): boolean {
  if (a.length !== b.length) return false;
  const set = new Set(a.map(normalizeAnswer));
  return b.every((x) => set.has(normalizeAnswer(x)));
}
