import type { Doc, Lesson, Paragraph, Passage, Theme, ThemeMember } from '../shared/types.ts';
import type { ThemeConfig } from '../schemas/themes.ts';
import { slugify } from '../shared/slug.ts';
import { findFormulations } from './detect-formulations.ts';
import { sortThemesForGlossary } from './glossary.ts';
import { Matcher } from './matcher.ts';
import { DocEnumerations, resolveMembers, type Resolution, type ResolvedMember } from './resolve-members.ts';
import { splitSentences, type Sentence } from './sentences.ts';

/** A formulation detected in the sources, with the best members found for it. */
export interface DetectedFormulation {
  name: string;
  value: number;
  /** How many times it was detected (quoted or with a measure word). */
  count: number;
  resolution?: Resolution;
}

/** A paragraph with its sentences, split once and shared by detection and passage gathering. */
interface SplitParagraph {
  doc: Doc;
  paragraph: Paragraph;
  sentences: Sentence[];
}

function splitAll(docs: Doc[]): SplitParagraph[] {
  const out: SplitParagraph[] = [];
  for (const doc of docs) for (const paragraph of doc.paragraphs) out.push({ doc, paragraph, sentences: splitSentences(paragraph.text) });
  return out;
}

/** The sentence holding offset `at` (sentences sorted by start). */
function sentenceAt(sentences: Sentence[], at: number): Sentence | undefined {
  let found: Sentence | undefined;
  for (const s of sentences) {
    if (s.start > at) break;
    found = s;
  }
  return found;
}

function better(a: Resolution | undefined, b: Resolution | undefined): Resolution | undefined {
  if (!a) return b;
  if (!b) return a;
  return b.rank < a.rank ? b : a;
}

/**
 * Detect the numbered formulations in every source (headings and paragraphs) and resolve their
 * members from the enumerations around their mentions; the most reliable resolution wins, the
 * earliest on a tie.
 */
export function detectFormulations(docs: Doc[]): DetectedFormulation[] {
  return detectIn(docs, splitAll(docs));
}

function detectIn(docs: Doc[], split: SplitParagraph[]): DetectedFormulation[] {
  const found = new Map<string, DetectedFormulation>();
  // Resolving is the costly part; once a formulation has members from the most reliable kind
  // of site, later mentions are only counted.
  const note = (name: string, value: number, resolve: () => Resolution | undefined): void => {
    const entry = found.get(name) ?? { name, value, count: 0 };
    entry.count++;
    if (entry.resolution?.rank !== 0) {
      const best = better(entry.resolution, resolve());
      if (best) entry.resolution = best;
    }
    found.set(name, entry);
  };
  const byDoc = new Map<Doc, SplitParagraph[]>();
  for (const sp of split) {
    const list = byDoc.get(sp.doc) ?? [];
    list.push(sp);
    byDoc.set(sp.doc, list);
  }
  for (const doc of docs) {
    // Located lazily: most documents mention no formulation.
    let located: DocEnumerations | undefined;
    const enumerations = (): DocEnumerations => (located ??= new DocEnumerations(doc));
    for (const section of doc.sections) {
      for (const m of findFormulations(section.title)) {
        note(m.name, m.value, () => resolveMembers(enumerations(), { kind: 'heading', section }, m.value));
      }
    }
    for (const { paragraph, sentences } of byDoc.get(doc) ?? []) {
      for (const m of findFormulations(paragraph.text)) {
        const sentence = sentenceAt(sentences, m.start);
        const site = sentence && { kind: 'paragraph' as const, paragraph, sentences, sentence, start: m.start, end: m.end };
        note(m.name, m.value, () => (site ? resolveMembers(enumerations(), site, m.value) : undefined));
      }
    }
  }
  return [...found.values()];
}

/** A theme being assembled. */
interface Draft {
  theme: Theme;
  /** Every name that counts as a mention of the theme itself. */
  names: string[];
}

function addAlias(aliases: string[], name: string, alias: string): void {
  if (alias && alias !== name && !aliases.includes(alias)) aliases.push(alias);
}

function uniqueMembers(resolved: ResolvedMember[]): ThemeMember[] {
  const members: ThemeMember[] = [];
  for (const r of resolved) {
    const existing = members.find((m) => m.name === r.name);
    if (existing) addAlias(existing.aliases, existing.name, r.lead);
    else members.push({ name: r.name, aliases: r.lead !== r.name ? [r.lead] : [], passages: [] });
  }
  return members;
}

/** Fold members found in the text into configured ones: a lead that contains a member's name becomes its alias. */
function mergeMembers(members: ThemeMember[], resolved: ResolvedMember[]): void {
  if (members.length === 0) {
    members.push(...uniqueMembers(resolved));
    return;
  }
  for (const r of resolved) {
    const target = members.find((m) => [m.name, ...m.aliases].some((n) => r.lead.includes(n) || r.name.includes(n) || n.includes(r.name)));
    if (!target) continue;
    addAlias(target.aliases, target.name, r.name);
    addAlias(target.aliases, target.name, r.lead);
  }
}

/** Configured themes first (in file order), then detected formulations in glossary order. */
function draftThemes(config: ThemeConfig[], detected: DetectedFormulation[]): Draft[] {
  const drafts: Draft[] = [];
  const byName = new Map<string, Draft>();
  const usedIds = new Set<string>();
  for (const c of config) {
    const theme: Theme = {
      id: c.id,
      name: c.name,
      origin: 'configured',
      aliases: [...c.aliases],
      members: c.members.map((m) => ({ name: m.name, aliases: [...m.aliases], passages: [] })),
      passages: [],
      lessons: [],
    };
    if (c.summary) theme.summary = c.summary;
    const draft = { theme, names: [c.name, ...c.aliases] };
    drafts.push(draft);
    usedIds.add(c.id);
    for (const n of draft.names) if (!byName.has(n)) byName.set(n, draft);
  }
  const sorted = sortThemesForGlossary(detected);
  for (const d of sorted) {
    const members = d.resolution?.members ?? [];
    const configured = byName.get(d.name);
    if (configured) {
      mergeMembers(configured.theme.members, members);
      continue;
    }
    const base = slugify(d.name) || 'theme';
    let id = base;
    for (let n = 2; usedIds.has(id); n++) id = `${base}-${n}`;
    usedIds.add(id);
    const theme: Theme = { id, name: d.name, origin: 'detected', aliases: [], members: uniqueMembers(members), passages: [], lessons: [] };
    const draft = { theme, names: [d.name] };
    drafts.push(draft);
    byName.set(d.name, draft);
  }
  return drafts;
}

/** Member names this short (UTF-16 units) only count in a paragraph that names their theme. */
const SHORT_MEMBER = 2;

/** Which theme (and member, or -1 for the theme itself) a matched name stands for. */
interface Target {
  theme: number;
  member: number;
}

/**
 * Gather themes across every source: the configured taxonomy plus the numbered formulations
 * detected in the text, each with every sentence that mentions it or one of its members, and the
 * lessons holding them. Returns the themes and the lessons with their `themes` filled in.
 */
export function buildThemes(docs: Doc[], lessons: Lesson[], config: ThemeConfig[]): { themes: Theme[]; lessons: Lesson[] } {
  const split = splitAll(docs);
  const drafts = draftThemes(config, detectIn(docs, split));
  const patterns: [string, Target][] = [];
  drafts.forEach((d, theme) => {
    for (const name of d.names) patterns.push([name, { theme, member: -1 }]);
    d.theme.members.forEach((m, member) => {
      for (const name of [m.name, ...m.aliases]) patterns.push([name, { theme, member }]);
    });
  });
  const matcher = new Matcher(patterns);

  const lessonOf = new Map<string, Map<string, string>>();
  const lessonRank = new Map<string, number>();
  lessons.forEach((l, i) => {
    lessonRank.set(l.id, i);
    let bySource = lessonOf.get(l.sourceId);
    if (!bySource) lessonOf.set(l.sourceId, (bySource = new Map()));
    for (const p of l.paragraphIds) bySource.set(p, l.id);
  });

  // One pass over every sentence of the corpus.
  for (const { doc, paragraph, sentences } of split) {
    const hits = sentences.map((sentence) => matcher.findAll(sentence.text));
    if (hits.every((h) => h.length === 0)) continue;
    const lessonId = lessonOf.get(doc.meta.id)?.get(paragraph.id) ?? '';
    // Themes named in this paragraph: a short member name (`中央`, `地方` of `两个积极性`) is too
    // common to count on its own and is a mention only next to its theme.
    const named = new Set<number>();
    for (const list of hits) for (const h of list) if (h.value.member < 0) named.add(h.value.theme);
    sentences.forEach((sentence, i) => {
      const seen = new Set<string>();
      for (const hit of hits[i]!) {
        const { theme: t, member } = hit.value;
        if (member >= 0 && hit.end - hit.start <= SHORT_MEMBER && !named.has(t)) continue;
        const key = `${t}:${member}`;
        if (seen.has(key)) continue;
        seen.add(key);
        const passage: Passage = { sourceId: doc.meta.id, lessonId, paragraphId: paragraph.id, text: sentence.text };
        const theme = drafts[t]!.theme;
        (member < 0 ? theme.passages : theme.members[member]!.passages).push(passage);
      }
    });
  }

  const themesOfLesson = new Map<string, string[]>();
  const themes = drafts.map(({ theme }) => {
    const ids = new Set<string>();
    for (const p of theme.passages) ids.add(p.lessonId);
    for (const m of theme.members) for (const p of m.passages) ids.add(p.lessonId);
    ids.delete('');
    theme.lessons = [...ids].sort((a, b) => (lessonRank.get(a) ?? 0) - (lessonRank.get(b) ?? 0));
    for (const id of theme.lessons) {
      const list = themesOfLesson.get(id) ?? [];
      list.push(theme.id);
      themesOfLesson.set(id, list);
    }
    return theme;
  });
  return { themes, lessons: lessons.map((l) => ({ ...l, themes: themesOfLesson.get(l.id) ?? [] })) };
}
