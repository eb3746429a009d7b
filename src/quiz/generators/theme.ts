/**
 * Questions about a formulation's members: select them all (multiple), which one is a member,
 * which one is not (single). Distractors are members of other formulations, never a member of
 * this one. The quote is the shortest passage listing every member.
 */
import type { LessonContext, Draft, ThemeSkeleton } from '../context.ts';
import { citation, cited, excerpt, quotedList } from '../explain.ts';
import type { PoolItem } from '../pool.ts';
import { rejectForTheme } from '../pool.ts';
import { seededShuffle } from '../random.ts';

/** Members a formulation may have for a select-all question. */
const MAX_MULTIPLE = 8;
/** Single "is a member" questions per formulation at most. */
const MAX_SINGLES = 6;

/** Multiple and single drafts for `theme`, quoting `quote` (a passage of the lesson listing every member). */
export function themeDrafts(ctx: LessonContext, theme: ThemeSkeleton, quote: string): Draft[] {
  const names = theme.members.map((m) => m.name);
  if (names.length < 2 || new Set(names).size !== names.length) return [];
  const { pool } = ctx.corpus;
  const reject = rejectForTheme(theme, pool, quote);
  const cite = `${citation(ctx.lesson)}原文：${cited(excerpt(quote))}`;
  const listing = `“${theme.name}”包括${quotedList(names)}。`;
  const near = Math.round(names.reduce((n, s) => n + s.length, 0) / names.length);
  const origin = (items: PoolItem[]) =>
    items.length ? `${items.map((d) => `“${d.text}”属于“${d.themeName}”`).join('，')}。` : '';
  const base = `${theme.name}\u0000${names.join('\u0001')}`;
  const drafts: Draft[] = [];

  if (names.length <= MAX_MULTIPLE) {
    const key = `members\u0000${base}`;
    const distractors = pool.pick(Math.min(3, Math.max(2, 6 - names.length)), key, reject, near, ctx.local);
    if (distractors.length >= 2) {
      drafts.push({
        type: 'multiple',
        key,
        prompt: `以下哪些属于“${theme.name}”？`,
        options: [...names, ...distractors.map((d) => d.text)],
        answer: names,
        explanation: `${listing}${origin(distractors)}${cite}`,
        themes: [theme.id],
        quote,
        arrange: 'shuffle',
      });
    }
  }

  for (const name of names.slice(0, MAX_SINGLES)) {
    const key = `member\u0000${base}\u0000${name}`;
    const distractors = pool.pick(3, key, reject, name.length, ctx.local);
    if (distractors.length < 2) continue;
    drafts.push({
      type: 'single',
      key,
      prompt: `下列哪一项属于“${theme.name}”？`,
      options: [name, ...distractors.map((d) => d.text)],
      answer: name,
      explanation: `“${name}”是“${theme.name}”之一。${listing}${origin(distractors)}${cite}`,
      themes: [theme.id],
      quote,
      arrange: 'shuffle',
    });
  }

  const key = `not-member\u0000${base}`;
  const shown = seededShuffle(names, key).slice(0, 3);
  const [outsider] = pool.pick(1, key, reject, near, ctx.local);
  if (outsider) {
    drafts.push({
      type: 'single',
      key,
      prompt: `下列哪一项不属于“${theme.name}”？`,
      options: [...names.filter((n) => shown.includes(n)), outsider.text],
      answer: outsider.text,
      explanation: `“${outsider.text}”属于“${outsider.themeName}”，不属于“${theme.name}”。${listing}${cite}`,
      themes: [theme.id],
      quote,
      arrange: 'shuffle',
    });
  }
  return drafts;
}
