/**
 * "Which part says this?" questions: a sentence from the start of a section, with the section's
 * heading as the answer and sibling headings of the same level as distractors. The quote runs
 * from the heading to the sentence, so it proves where the sentence stands.
 */
import type { Section } from '../../shared/types.ts';
import type { LessonContext, Draft } from '../context.ts';
import { citation, cited } from '../explain.ts';
import { normalizeAnswer } from '../normalize.ts';
import { seededShuffle } from '../random.ts';
import { clauseWindow } from '../text.ts';

/** Longest heading-to-sentence quote. */
const MAX_SECTION_QUOTE = 400;
const MIN_SENTENCE = 12;

/** Section drafts for every section of the lesson whose heading appears in the lesson text. */
export function sectionDrafts(ctx: LessonContext): Draft[] {
  const doc = ctx.doc;
  if (!doc) return [];
  const sections = ctx.corpus.sectionById.get(doc.meta.id)!;
  const paragraphs = new Map(doc.paragraphs.map((p) => [p.id, p]));
  const drafts: Draft[] = [];
  for (const id of ctx.lesson.sectionIds) {
    const section = sections.get(id);
    if (!section || section.label.length < 2) continue;
    const siblings = doc.sections.filter((s) => s.level === section.level && s.id !== section.id && s.label.length >= 2);
    const others = uniqueLabels(siblings, section.label);
    if (others.length < 2) continue;
    const draft = sectionDraft(ctx, section, others, paragraphs);
    if (draft) drafts.push(draft);
  }
  return drafts;
}

function sectionDraft(ctx: LessonContext, section: Section, others: string[], paragraphs: Map<string, { text: string }>): Draft | undefined {
  const text = ctx.text;
  const headingAt = findHeading(text, section);
  if (headingAt < 0) return undefined;
  const first = paragraphs.get(section.paragraphIds[0] ?? '');
  if (!first) return undefined;
  const bodyAt = text.indexOf(first.text.slice(0, 24).trim(), headingAt + section.label.length);
  if (bodyAt < 0) return undefined;
  const sentence = ctx.sentences.find((s) => s.start >= bodyAt && s.end - s.start >= MIN_SENTENCE);
  if (!sentence || sentence.end - headingAt > MAX_SECTION_QUOTE) return undefined;
  const said = text.slice(sentence.start, sentence.end);
  const win = clauseWindow(said, 0, 1, 20, 60);
  const shown = said.slice(win.start, win.end);
  const options = [section.label, ...seededShuffle(others, `section\u0000${section.label}\u0000${shown}`).slice(0, 3)];
  // The sentence must not name any option: that would give the answer (or a wrong one) away.
  if (options.some((o) => said.includes(o))) return undefined;
  const quote = text.slice(headingAt, sentence.end);
  return {
    type: 'single',
    key: `section\u0000${section.label}\u0000${shown}`,
    prompt: `下面这句话出自哪一部分？${cited(shown).replace(/。$/u, '')}`,
    options,
    answer: section.label,
    explanation: `这句话出自“${section.title}”部分。${citation(ctx.lesson)}原文：${cited(said)}`,
    quote,
    arrange: 'shuffle',
  };
}

/** Offset of the section's heading in the lesson text (full title first, then the label alone). */
function findHeading(text: string, section: Section): number {
  const full = text.indexOf(section.title);
  if (full >= 0) return full + section.title.indexOf(section.label);
  return section.label.length >= 4 ? text.indexOf(section.label) : -1;
}

function uniqueLabels(sections: readonly Section[], exclude: string): string[] {
  const seen = new Set([normalizeAnswer(exclude)]);
  const out: string[] = [];
  for (const s of sections) {
    const key = normalizeAnswer(s.label);
    if (seen.has(key)) continue;
    seen.add(key);
    out.push(s.label);
  }
  return out;
}
