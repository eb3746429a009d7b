/**
 * Grouped search documents: consecutive lessons of one source indexed by Pagefind as one
 * document (one fragment, one set of postings), each lesson a `<section>` under a heading with an
 * id. Pagefind pays per page as much as per character (README, lesson-heavy corpus), so a source
 * of ten short lessons costs it one page instead of ten. The search still shows one result per
 * lesson: the document's `pages` meta lists its lessons (their URL, title, path, filters and the
 * id of the heading each starts at), and the heading's word location in the fragment says where
 * the lesson's text begins. Shared by the build (which writes the meta) and the browser (which
 * reads a lesson back out of the fragment). Pure.
 */

/** The meta field of a grouped document that lists its lessons. */
export const GROUP_META = 'pages';

/** One lesson of a grouped document, as its `pages` meta lists it. */
export interface GroupSlot {
  /** The lesson page's URL (`/lessons/a/`). */
  u: string;
  /** Its title (the solo page's `title` meta). */
  t: string;
  /** Its `path` meta (`来源 › 章节`). */
  p: string;
  /** Its filters, as Pagefind would record them on its own page. */
  f: Record<string, string[]>;
  /** The id of the heading its section starts with. */
  h: string;
  /** 1 when that id exists only in the search document (the lesson page's title has none). */
  x?: 1;
}

/**
 * Rust's White_Space, as a regular-expression class body: what Pagefind splits words at (and
 * JavaScript's `\s` is not: U+FEFF, U+0085 differ).
 */
export const PAGEFIND_SPACE = '\\t\\n\\v\\f\\r \\u0085\\u00a0\\u1680\\u2000-\\u200a\\u2028\\u2029\\u202f\\u205f\\u3000';
// With the zero-width space its segmenter puts between the words of a Chinese run: the word
// locations Pagefind records count these words.
const WORD_BREAK = new RegExp(`[${PAGEFIND_SPACE}\\u200b]+`, 'g');
// Escaped in the meta: Pagefind collapses runs of whitespace in meta values.
const META_SPACE = new RegExp(`[${PAGEFIND_SPACE}]`, 'g');

/** The `pages` meta value: JSON with every whitespace character escaped, so Pagefind keeps it as written. */
export function encodeSlots(slots: readonly GroupSlot[]): string {
  return JSON.stringify(slots).replace(META_SPACE, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
}

/** The lessons a fragment's meta lists, or undefined when it is a page of its own. */
export function decodeSlots(meta: Record<string, string> | undefined): GroupSlot[] | undefined {
  const value = meta?.[GROUP_META];
  if (value === undefined) return undefined;
  const slots = JSON.parse(value) as unknown;
  if (!Array.isArray(slots) || slots.some((s) => typeof s?.u !== 'string' || typeof s?.h !== 'string')) throw new Error('搜索索引片段的课程列表无法读取');
  return slots as GroupSlot[];
}

/** What a fragment holds, as far as slicing out its lessons goes. */
export interface SlotSource {
  /** Pagefind's content: as in the fragment file (zero-width spaces still in), or as its browser API returns it (without them, `raw_content` keeping them). */
  content: string;
  /** From Pagefind's browser API: the content with its zero-width spaces, `<` and `>` escaped. */
  raw_content?: string;
  anchors?: { id?: string; element?: string; text?: string; location?: number }[];
}

/** Where one lesson lies in its group's fragment. */
export interface SlotRange {
  /** Word locations [from, to) (Pagefind's `location`s). */
  words: [number, number];
  /** Characters [from, to) of the fragment's `content`. */
  chars: [number, number];
  /** Indices [from, to) of its anchors in the fragment's `anchors`. */
  anchors: [number, number];
}

/**
 * Where each lesson lies in the fragment: from the heading its section starts with to the next
 * lesson's heading. Fails when a heading is missing (the fragment is not the one the meta was
 * written for).
 */
export function slotRanges(fragment: SlotSource, slots: readonly GroupSlot[]): SlotRange[] {
  const anchors = fragment.anchors ?? [];
  const heads = slotHeads(anchors, slots, (slot) => `搜索索引片段中没有课程 ${slot.u} 的标题`);
  if (heads.some((a) => typeof anchors[a]!.location !== 'number')) throw new Error('搜索索引片段的锚点没有位置');
  const starts = fragment.raw_content === undefined ? wordStarts(fragment.content) : alignedStarts(fragment.raw_content, fragment.content);
  const charAt = (location: number) => (location < starts.length ? starts[location]! : fragment.content.length);
  return heads.map((a, k) => {
    const first = k === 0 ? 0 : anchors[a]!.location!;
    const end = k + 1 < heads.length ? anchors[heads[k + 1]!]!.location! : starts.length;
    return { words: [first, end], chars: [charAt(first), charAt(end)], anchors: [k === 0 ? 0 : a, k + 1 < heads.length ? heads[k + 1]! : anchors.length] };
  });
}

/**
 * Where each lesson's heading is among a grouped document's anchors (in page order, each after
 * the one before): shared by the build, which reads the anchors from the HTML, and the browser,
 * which reads them from the fragment.
 */
export function slotHeads(anchors: readonly { id?: string }[], slots: readonly GroupSlot[], missing: (slot: GroupSlot) => string): number[] {
  const heads: number[] = [];
  let i = 0;
  for (const slot of slots) {
    while (i < anchors.length && anchors[i]!.id !== slot.h) i++;
    if (i >= anchors.length) throw new Error(missing(slot));
    heads.push(i++);
  }
  return heads;
}

/** The character offset at which each word of the content starts (word k at index k). */
function wordStarts(content: string): number[] {
  const starts: number[] = [];
  let at = 0;
  for (const m of content.matchAll(WORD_BREAK)) {
    if (m.index > at) starts.push(at);
    at = m.index + m[0].length;
  }
  if (at < content.length) starts.push(at);
  return starts;
}

/**
 * Word starts in `content` when the words are only visible in `raw` (Pagefind's browser API
 * strips the zero-width spaces from `content` and keeps them in `raw_content`, where `<` and `>`
 * are escaped): the two are walked side by side.
 */
function alignedStarts(raw: string, content: string): number[] {
  const rawStarts = wordStarts(raw);
  const out: number[] = [];
  let r = 0;
  let c = 0;
  for (const start of rawStarts) {
    while (r < start) {
      if (raw.charCodeAt(r) === 0x200b) r++;
      else if (raw.startsWith('&lt;', r) && content[c] === '<') (r += 4), c++;
      else if (raw.startsWith('&gt;', r) && content[c] === '>') (r += 4), c++;
      else r++, c++;
    }
    out.push(c);
  }
  return out;
}

/** A lesson's text out of its group's content: as its own page's fragment would hold it (zero-width spaces removed). */
export function slotText(content: string, range: SlotRange): string {
  return content.slice(range.chars[0], range.chars[1]).replace(/\u200B/g, '').trim();
}

/** The lesson (index into the slots) holding a word location, from `slotRanges`. */
export function slotOfLocation(ranges: readonly SlotRange[], location: number): number {
  let k = 0;
  while (k + 1 < ranges.length && ranges[k + 1]!.words[0] <= location) k++;
  return k;
}

/** A grouped fragment as Pagefind wrote it (or its browser API returns it). */
export interface GroupFragment extends SlotSource {
  meta?: Record<string, string>;
}

/** One lesson read back out of its group's fragment, as its own page's fragment would say it. */
export interface SlotPage<A> {
  url: string;
  title: string;
  path: string;
  filters: Record<string, string[]>;
  /** Its text, zero-width spaces removed. */
  content: string;
  /** Its anchors (its title's own only when the lesson page has that id). */
  anchors: A[];
  range: SlotRange;
}

/** The lessons of a grouped fragment, or undefined when the fragment is a page of its own. */
export function groupPages<F extends GroupFragment>(fragment: F): SlotPage<NonNullable<F['anchors']>[number]>[] | undefined {
  const slots = decodeSlots(fragment.meta);
  if (!slots) return undefined;
  const anchors = (fragment.anchors ?? []) as NonNullable<F['anchors']>[number][];
  return slotRanges(fragment, slots).map((range, k) => {
    const slot = slots[k]!;
    const own = anchors.slice(range.anchors[0], range.anchors[1]).filter((a) => !(slot.x === 1 && a.id === slot.h));
    return { url: slot.u, title: slot.t, path: slot.p, filters: slot.f, content: slotText(fragment.content, range), anchors: own, range };
  });
}
