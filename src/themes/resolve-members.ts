import type { Doc, Paragraph, Point, Section } from '../shared/types.ts';
import type { Sentence } from './sentences.ts';

/** A member of a formulation as the source names it. */
export interface ResolvedMember {
  /** Short name: the lead clause without its leading 要/是 (`注重与业务工作相结合`). */
  name: string;
  /** The lead text as written (`要注重与业务工作相结合`), when it differs from the name. */
  lead: string;
}

/** Members found for one mention, and how trustworthy the way they were found is (lower is better). */
export interface Resolution {
  members: ResolvedMember[];
  /** 0 enumeration under a heading, 1 enumeration after the mention, 2 list before it, 3 list in the next sentence. */
  rank: number;
}

/** Where a formulation is mentioned. */
export type MentionSite =
  | { kind: 'heading'; section: Section }
  | { kind: 'paragraph'; paragraph: Paragraph; sentences: Sentence[]; sentence: Sentence; start: number; end: number };

/** A run of points numbered from 1 (`一是…二是…三是…`), located in the document. */
interface Enumeration {
  points: Point[];
  /** Document index of the paragraph holding the first point, and its offset there. */
  paragraphIndex: number;
  offset: number;
}

/** Enumerations of a document's sections, located once per document. */
export class DocEnumerations {
  private readonly bySection = new Map<string, Enumeration[]>();
  private readonly paragraphIndex: Map<string, number>;
  private readonly paragraphs: Map<string, Paragraph>;
  readonly sections: Map<string, Section>;

  constructor(doc: Doc) {
    this.paragraphIndex = new Map(doc.paragraphs.map((p, i) => [p.id, i]));
    this.paragraphs = new Map(doc.paragraphs.map((p) => [p.id, p]));
    this.sections = new Map(doc.sections.map((s) => [s.id, s]));
  }

  /** The section's enumerations in reading order (computed on first use). */
  of(section: Section): Enumeration[] {
    let list = this.bySection.get(section.id);
    if (list) return list;
    list = [];
    const searchFrom = new Map<string, number>();
    for (const point of section.points) {
      const paragraph = this.paragraphs.get(point.paragraphId);
      const from = searchFrom.get(point.paragraphId) ?? 0;
      const found = paragraph ? paragraph.text.indexOf(point.text, from) : -1;
      const offset = found >= 0 ? found : from;
      searchFrom.set(point.paragraphId, offset + 1);
      const current = list[list.length - 1];
      if (!current || point.ordinal === 1 || point.ordinal !== current.points.length + 1) {
        list.push({ points: [point], paragraphIndex: this.paragraphIndex.get(point.paragraphId) ?? 0, offset });
      } else current.points.push(point);
    }
    this.bySection.set(section.id, list);
    return list;
  }

  /** Document index of a paragraph. */
  indexOf(paragraph: Paragraph): number {
    return this.paragraphIndex.get(paragraph.id) ?? 0;
  }
}

/** The lead clause of a point or heading, up to the first ，。；：. */
function leadClause(text: string): string {
  const cut = text.search(/[，,。；;：:！？]/u);
  return (cut >= 0 ? text.slice(0, cut) : text).trim();
}

/** A member named by lead text: `要组织学习` → name `组织学习`, lead kept when different. */
function member(lead: string): ResolvedMember {
  const clean = leadClause(lead).replace(/^[“"]+|[”"]+$/gu, '');
  const name = clean.replace(/^(?:要|是|应当|应|必须)/u, '') || clean;
  return { name, lead: clean };
}

/** Whether items look like the members of a list (short, no nested quotes or clauses). */
function plausible(items: string[]): boolean {
  return items.every((it) => it.length >= 2 && it.length <= 25 && !/[“”"「」，,。；;：:（）()]/u.test(it));
}

const FRAME = /以(.+)为(?:重点|主要内容|核心|主线|中心|抓手|载体|内容|支撑|支柱|基础|主体|引领|龙头|依托|导向|主)/u;
/** `…和D为先导的`: a frame the list above does not know; its items cannot be cut safely. */
const UNKNOWN_FRAME = /(?:^|[^以])以[^、]+、|为[^、]{1,3}$/u;
const CLAUSE_BREAK = /[，,。；;：:！？]/gu;

/** `以A、B和C为重点的…“三清”` / `中央和地方两个积极性`: a coordinated list right before the mention. */
function listBefore(sentence: Sentence, mentionStart: number, value: number): ResolvedMember[] | undefined {
  const local = mentionStart - sentence.start;
  let head = sentence.text.slice(0, local).replace(/[“"‘「]+$/u, '');
  let clauseStart = 0;
  for (const m of head.matchAll(CLAUSE_BREAK)) clauseStart = m.index + 1;
  head = head.slice(clauseStart);
  const framed = FRAME.exec(head);
  const list = framed ? framed[1]! : head.replace(/(?:等|的)$/u, '');
  const parts = list.split('、');
  const last = parts.pop()!;
  // The last two items must be joined by 和/及/以及 (`A、B和C`): a bare 、 series of verb phrases
  // (`完善一批制度、理顺两大关系`) is a list of tasks, not of members.
  const joint = /^(.*)(?:以及|和|及)(.*)$/u.exec(last);
  if (!joint) return undefined;
  const items = [...parts, joint[1]!, joint[2]!];
  if (items.length !== value) return undefined;
  // Right or silent: an unframed list whose ends still hold 以… or …为X would give wrong members.
  if (!framed && (UNKNOWN_FRAME.test(items[0]! + '、') || UNKNOWN_FRAME.test(items[items.length - 1]!))) return undefined;
  if (!framed) {
    // Without a 以…为 frame the first item may carry the verb (`充分调动中央`): trim it to the
    // length of the longest other item, the lists being parallel.
    const longest = Math.max(...items.slice(1).map((s) => s.length));
    if (items[0]!.length > longest) items[0] = items[0]!.slice(-longest);
  }
  if (!plausible(items)) return undefined;
  return items.map((name) => ({ name, lead: name }));
}

/** `开展“四谈心活动。A与B、C与D、E与F、G与H之间要…`: a 、 list opening the next sentence. */
function listInNextSentence(sentences: Sentence[], sentence: Sentence, value: number): ResolvedMember[] | undefined {
  const i = sentences.findIndex((s) => s.start === sentence.start);
  const next = sentences[i + 1];
  if (i < 0 || !next) return undefined;
  const clause = next.text.split(/[，,。；;：:！？]/u)[0]!;
  const items = clause.split('、');
  if (items.length !== value) return undefined;
  const last = items[items.length - 1]!;
  const cut = /(?:之间|等)/u.exec(last);
  if (cut) items[items.length - 1] = last.slice(0, cut.index);
  else {
    const longest = Math.max(...items.slice(0, -1).map((s) => s.length));
    if (last.length > longest + 2) return undefined;
  }
  if (!plausible(items)) return undefined;
  // The next sentence is not tied to the name by grammar: only a list of pairs (`A与B、C与D…之间`,
  // the parties of a `四谈心`) says by its shape whom it enumerates; `打造美丽河湖、美丽海湾` does not.
  if (!items.every((it) => /^.+与.+$/u.test(it))) return undefined;
  return items.map((name) => ({ name, lead: name }));
}

/** An enumeration's members are phrases; `一是坚持…二是落实…` gives verbs, not members. */
const phrases = (members: ResolvedMember[]): ResolvedMember[] | undefined => (members.every((m) => m.name.length >= 3) ? members : undefined);

/**
 * The members of a formulation mentioned at `site`, when an enumeration that follows or surrounds
 * it has exactly `value` items: the points under a heading that names it (`2、理顺两大关系` →
 * `一要…二要…`), an enumeration after the mention, a coordinated list before it (`以A、B和C为重点的
 * 党员“三清”活动`), or a 、 list opening the next sentence.
 */
export function resolveMembers(doc: DocEnumerations, site: MentionSite, value: number): Resolution | undefined {
  if (site.kind === 'heading') {
    const enumeration = doc.of(site.section).find((e) => e.points.length === value);
    const members = enumeration && phrases(enumeration.points.map((p) => member(p.title)));
    if (members) return { members, rank: 0 };
    const children = site.section.childIds.map((id) => doc.sections.get(id)).filter((s): s is Section => s !== undefined);
    if (children.length === value) return { members: children.map((c) => member(c.label || c.title)), rank: 0 };
    return undefined;
  }
  const { paragraph, sentence, start, end } = site;
  const section = paragraph.sectionId ? doc.sections.get(paragraph.sectionId) : undefined;
  if (section) {
    const at = doc.indexOf(paragraph);
    // The closest enumeration that starts after the mention, in its paragraph or the next one.
    const next = doc.of(section).find((e) => (e.paragraphIndex === at && e.offset >= end) || e.paragraphIndex === at + 1);
    const members = next && next.points.length === value ? phrases(next.points.map((p) => member(p.title))) : undefined;
    if (members) return { members, rank: 1 };
  }
  const before = listBefore(sentence, start, value);
  if (before) return { members: before, rank: 2 };
  const after = listInNextSentence(site.sentences, sentence, value);
  if (after) return { members: after, rank: 3 };
  return undefined;
}
