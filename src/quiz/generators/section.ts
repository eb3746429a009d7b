/**
 * "Which part says this?" questions: a sentence from the start of a section, with the section's
 * heading as the answer and sibling headings of the same level as distractors. The quote runs
 * from the heading to the sentence, so it proves where the sentence stands.
 */
import type { Doc, Section } from '../../shared/types.ts';
import type { LessonContext, Draft } from '../context.ts';
import { citation, cited } from '../explain.ts';
import { normalizeAnswer } from '../normalize.ts';
import { seededShuffle } from '../random.ts';
import { clauseWindow } from '../text.ts';

/** Longest heading-to-sentence quote. */
const MAX_SECTION_QUOTE = 400;
const MIN_SENTENCE = 12;
/** Most sibling labels to draw distractors from (beyond it, the nearest ones in the document). */
const MAX_CANDIDATES = 64;

/** Section drafts for every section of the lesson whose heading appears in the lesson text. */
export function sectionDrafts(ctx: LessonContext): Draft[] {
  const doc = ctx.doc;
  if (!doc) return [];
  const sections = ctx.corpus.sectionById.get(doc.meta.id)!;
  const { paragraphs, labelsByLevel } = docLookups(doc);
  const drafts: Draft[] = [];
  for (const id of ctx.lesson.sectionIds) {
    const section = sections.get(id);
    if (!section || section.label.length < 2) continue;
    const key = normalizeAnswer(section.label);
    const others = nearbyLabels(labelsByLevel.get(section.level), key).filter((l) => l.key !== key).map((l) => l.label);
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

/**
 * The level's labels, or for a level with very many, a window of them around `key`: drawing
 * from every sibling would make a document with thousands of sections quadratic.
 */
function nearbyLabels(labels: LevelLabels | undefined, key: string): readonly { label: string; key: string }[] {
  if (!labels) return [];
  if (labels.length <= MAX_CANDIDATES + 1) return labels;
  const at = labels.indexByKey.get(key) ?? 0;
  const start = Math.max(0, Math.min(at - MAX_CANDIDATES / 2, labels.length - MAX_CANDIDATES - 1));
  return labels.slice(start, start + MAX_CANDIDATES + 1);
}

type LevelLabels = { label: string; key: string }[] & { indexByKey: Map<string, number> };

interface DocLookups {
  paragraphs: Map<string, { text: string }>;
  /** Per heading level, the distinct labels (first occurrence, in document order) of 2+ characters. */
  labelsByLevel: Map<number, LevelLabels>;
}

// Built once per document, not once per lesson: a document with thousands of sections must
// not cost thousands of passes over itself.
const lookupCache = new WeakMap<Doc, DocLookups>();

function docLookups(doc: Doc): DocLookups {
  const cached = lookupCache.get(doc);
  if (cached) return cached;
  const labelsByLevel = new Map<number, LevelLabels>();
  const seen = new Map<number, Set<string>>();
  for (const s of doc.sections) {
    if (s.label.length < 2) continue;
    const key = normalizeAnswer(s.label);
    let keys = seen.get(s.level);
    if (!keys) seen.set(s.level, (keys = new Set()));
    if (keys.has(key)) continue;
    keys.add(key);
    let list = labelsByLevel.get(s.level);
    if (!list) labelsByLevel.set(s.level, (list = Object.assign([], { indexByKey: new Map<string, number>() })));
    list.indexByKey.set(key, list.length);
    list.push({ label: s.label, key });
  }
  const lookups = { paragraphs: new Map(doc.paragraphs.map((p) => [p.id, p])), labelsByLevel };
  lookupCache.set(doc, lookups);
  return lookups;
}
