import type { Doc, Lesson, Paragraph, Passage, Theme, ThemeMember } from '../shared/types.ts';
import type { ThemeConfig } from '../schemas/themes.ts';
import type { GlossaryEntry } from '../schemas/glossary.ts';
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

/** A glossary entry as a theme: its canonical members, its explanation and where it was stated. */
function glossaryTheme(id: string, entry: GlossaryEntry, resolved: ResolvedMember[]): Theme {
  const members: ThemeMember[] = entry.members.map((name) => ({ name, aliases: [], passages: [] }));
  // Without canonical members the text's own enumeration stands, as for any detected formulation.
  if (members.length === 0) members.push(...uniqueMembers(resolved));
  else mergeMembers(members, resolved);
  return { id, name: entry.name, origin: 'glossary', summary: `${entry.explanation}（${entry.source}）`, aliases: [...entry.aliases], members, passages: [], lessons: [] };
}

/**
 * Configured themes first (in file order), then detected formulations and the glossary's standard
 * formulations the sources name, in glossary order. A configured theme wins over a glossary entry
 * of the same name, and a glossary entry over what detection resolved.
 */
function draftThemes(config: ThemeConfig[], detected: DetectedFormulation[], glossary: readonly GlossaryEntry[], named: ReadonlySet<GlossaryEntry>): Draft[] {
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
  const entryOf = new Map<string, GlossaryEntry>();
  for (const entry of glossary) for (const n of [entry.name, ...entry.aliases]) entryOf.set(n, entry);
  const newId = (name: string) => {
    const base = slugify(name) || 'theme';
    let id = base;
    for (let n = 2; usedIds.has(id); n++) id = `${base}-${n}`;
    usedIds.add(id);
    return id;
  };
  // Each formulation once, under the glossary's name when it has one.
  const candidates = new Map<string, { name: string; entry?: GlossaryEntry; members: ResolvedMember[] }>();
  const longer = [...named].flatMap((e) => [e.name, ...e.aliases]);
  for (const d of detected) {
    const entry = entryOf.get(d.name);
    // `两个一百` is `两个一百年` cut short by detection when the glossary knows the whole name.
    if (!entry && longer.some((n) => n.length > d.name.length && n.startsWith(d.name))) continue;
    const name = entry?.name ?? d.name;
    const candidate = candidates.get(name) ?? { name, ...(entry ? { entry } : {}), members: [] };
    if (candidate.members.length === 0) candidate.members = d.resolution?.members ?? [];
    candidates.set(name, candidate);
  }
  for (const entry of named) if (!candidates.has(entry.name)) candidates.set(entry.name, { name: entry.name, entry, members: [] });
  for (const c of sortThemesForGlossary([...candidates.values()])) {
    const configured = [c.name, ...(c.entry?.aliases ?? [])].map((n) => byName.get(n)).find((d) => d !== undefined);
    if (configured) {
      mergeMembers(configured.theme.members, c.members);
      continue;
    }
    const id = newId(c.name);
    const theme: Theme = c.entry ? glossaryTheme(id, c.entry, c.members) : { id, name: c.name, origin: 'detected', aliases: [], members: uniqueMembers(c.members), passages: [], lessons: [] };
    const draft = { theme, names: [c.name, ...theme.aliases] };
    drafts.push(draft);
    for (const n of draft.names) byName.set(n, draft);
  }
  return drafts;
}

/** The glossary entries a source names, by name or alias, in a heading or a paragraph. */
function namedEntries(docs: Doc[], glossary: readonly GlossaryEntry[]): Set<GlossaryEntry> {
  const named = new Set<GlossaryEntry>();
  if (glossary.length === 0) return named;
  const matcher = new Matcher(glossary.flatMap((entry) => [entry.name, ...entry.aliases].map((n) => [n, entry] as [string, GlossaryEntry])));
  for (const doc of docs) {
    for (const text of [...doc.sections.map((s) => s.title), ...doc.paragraphs.map((p) => p.text)]) for (const hit of matcher.findAll(text)) named.add(hit.value);
  }
  return named;
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
export function buildThemes(docs: Doc[], lessons: Lesson[], config: ThemeConfig[], glossary: readonly GlossaryEntry[] = []): { themes: Theme[]; lessons: Lesson[] } {
  const split = splitAll(docs);
  const drafts = draftThemes(config, detectIn(docs, split), glossary, namedEntries(docs, glossary));
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
        // A glossary member (`支部党员大会`) is the theme's only where the theme is named: elsewhere it is just a word.
        if (member >= 0 && (hit.end - hit.start <= SHORT_MEMBER || drafts[t]!.theme.origin === 'glossary') && !named.has(t)) continue;
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
