/**
 * Distractors: members of other formulations. Those of the same source come first: they fit the
 * context, and they do not change when unrelated sources are added, so neither do the questions
 * built from them. Then the whole corpus, bucketed by length so a distractor looks like the right
 * answer. Picks are seeded by the question's own key; a corpus-wide pick takes O(count) expected
 * time, so generation stays linear in the number of themes.
 */
import type { Theme } from '../shared/types.ts';
import type { ThemeSkeleton } from './context.ts';
import { normalizeAnswer } from './normalize.ts';
import { randomIndex, seededRng, seededShuffle } from './random.ts';

/** A distractor candidate: a member name and the formulation it belongs to. */
export interface PoolItem {
  text: string;
  themeId: string;
  themeName: string;
}

/** Every formulation member of the corpus, for drawing distractors. */
export interface MemberPool {
  /**
   * Up to `count` distinct members, none for which `reject` is true: from `prefer` first (the
   * members of the source's own formulations), then from every theme, preferring items whose
   * length is close to `near`.
   */
  pick(count: number, seed: string, reject: (text: string) => boolean, near?: number, prefer?: readonly PoolItem[]): PoolItem[];
  /** Ids of every theme that has `text` as a member (by name or alias). */
  themesOf(text: string): Set<string>;
  /** Ids of every theme named `name`. */
  themesNamed(name: string): Set<string>;
}

const bucketOf = (length: number) => (length <= 3 ? 0 : length <= 6 ? 1 : length <= 10 ? 2 : 3);

/** Build the pool of every theme's member names. */
export function memberPool(themes: readonly ThemeSkeleton[]): MemberPool {
  const buckets: PoolItem[][] = [[], [], [], []];
  const seen = new Set<string>();
  const owners = new Map<string, Set<string>>();
  const named = new Map<string, Set<string>>();
  for (const theme of themes) {
    const name = normalizeAnswer(theme.name);
    named.set(name, (named.get(name) ?? new Set<string>()).add(theme.id));
    for (const member of theme.members) {
      for (const spelling of [member.name, ...member.aliases]) {
        const key = normalizeAnswer(spelling);
        const set = owners.get(key) ?? new Set<string>();
        set.add(theme.id);
        owners.set(key, set);
      }
      const key = normalizeAnswer(member.name);
      if (!member.name.trim() || seen.has(key)) continue;
      seen.add(key);
      buckets[bucketOf(member.name.length)]!.push({ text: member.name, themeId: theme.id, themeName: theme.name });
    }
  }
  return {
    themesOf: (text) => owners.get(normalizeAnswer(text)) ?? new Set<string>(),
    themesNamed: (name) => named.get(normalizeAnswer(name)) ?? new Set<string>(),
    pick(count, seed, reject, near, prefer) {
      const rng = seededRng(seed);
      const chosen: PoolItem[] = [];
      const taken = new Set<string>();
      const start = near === undefined ? 1 : bucketOf(near);
      const distance = (item: PoolItem) => Math.abs(bucketOf(item.text.length) - start);
      // Preferred bucket first, then its neighbours outward.
      const order = [0, 1, 2, 3].sort((a, b) => Math.abs(a - start) - Math.abs(b - start) || a - b);
      const accept = (item: PoolItem) => {
        const key = normalizeAnswer(item.text);
        if (taken.has(key) || reject(item.text)) return false;
        taken.add(key);
        chosen.push(item);
        return true;
      };
      if (prefer && prefer.length > 0) {
        const local = seededShuffle(prefer, seed).sort((a, b) => distance(a) - distance(b));
        for (const item of local) {
          if (chosen.length >= count) return chosen;
          accept(item);
        }
      }
      for (const b of order) {
        const bucket = buckets[b]!;
        if (bucket.length === 0) continue;
        // A few random draws, then a bounded scan from a random offset (small pools).
        for (let tries = 0; tries < count * 4 && chosen.length < count; tries++) accept(bucket[randomIndex(rng, bucket.length)]!);
        const offset = randomIndex(rng, bucket.length);
        for (let k = 0; k < Math.min(bucket.length, 256) && chosen.length < count; k++) accept(bucket[(offset + k) % bucket.length]!);
        if (chosen.length >= count) break;
      }
      return chosen;
    },
  };
}

/**
 * A rejecter for distractors of `theme`: anything that is, contains or is contained in one of
 * its members (so no distractor is a right answer), anything owned by a theme of the same name,
 * and anything already visible in `quote` (it would look like a right answer to the reader).
 */
export function rejectForTheme(theme: ThemeSkeleton, pool: MemberPool, quote: string): (text: string) => boolean {
  const sameName = new Set(pool.themesNamed(theme.name));
  sameName.add(theme.id);
  const spellings = theme.members.flatMap((m) => [m.name, ...m.aliases]).map(normalizeAnswer).filter(Boolean);
  return (text) => {
    const n = normalizeAnswer(text);
    if (!n || quote.includes(text)) return true;
    if (n === normalizeAnswer(theme.name)) return true;
    if (intersects(pool.themesOf(text), sameName)) return true;
    return spellings.some((s) => s === n || s.includes(n) || n.includes(s));
  };
}

/** Each theme's members as pool items, per source the theme is found in (source id → items). */
export function poolItemsBySource(themes: readonly Theme[], sourceOfLesson: (lessonId: string) => string | undefined): Map<string, PoolItem[]> {
  const bySource = new Map<string, PoolItem[]>();
  for (const theme of themes) {
    const sources = new Set<string>();
    for (const id of theme.lessons) {
      const source = sourceOfLesson(id);
      if (source) sources.add(source);
    }
    for (const p of theme.passages) sources.add(p.sourceId);
    for (const m of theme.members) for (const p of m.passages) sources.add(p.sourceId);
    const items = theme.members.filter((m) => m.name.trim()).map((m) => ({ text: m.name, themeId: theme.id, themeName: theme.name }));
    if (items.length === 0) continue;
    for (const source of sources) {
      const list = bySource.get(source) ?? [];
      list.push(...items);
      bySource.set(source, list);
    }
  }
  return bySource;
}

/** Whether two sets share an element (iterating the smaller one). */
export function intersects<T>(a: ReadonlySet<T>, b: ReadonlySet<T>): boolean {
  const [small, large] = a.size <= b.size ? [a, b] : [b, a];
  for (const x of small) if (large.has(x)) return true;
  return false;
}
