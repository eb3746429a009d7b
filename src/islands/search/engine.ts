/**
 * One search: pages containing the exact query first (from the helper index, verified against
 * the page text); then related pages — first those sharing most of the query's character pairs
 * (same index, nothing more to download), then Pagefind's word matches not already shown.
 * Results come in batches so the page can render them as they are asked for.
 */
import { makeExcerpt, parsePagefindExcerpt, type ExcerptPart } from '../../search/excerpt.ts';
import { normalizeText } from '../../search/normalize.ts';
import { keysForTerm } from '../../search/ngram-format.ts';
import type { ParsedQuery } from '../../search/query.ts';
import { groupPageData, toPageData, type ExactIndex, type FilterChoice, type PageData } from './exact-index.ts';
import type { PagefindApi, PagefindData, PagefindResult } from './pagefind-api.ts';

/** A result as the page renders it. */
export interface SearchResult {
  /** Link to the page, with `?hl=` and the anchor of the passage holding the match. */
  href: string;
  title: string;
  path: string;
  date: string;
  excerpt: ExcerptPart[];
  /** The page contains every term exactly. */
  exact: boolean;
}

/** What a search needs from the page. */
export interface SearchDeps {
  exact: ExactIndex;
  /** Pagefind, loaded on first use (only when looser matches are wanted). */
  pagefind: () => Promise<PagefindApi>;
  /** Site base URL with a trailing slash. */
  base: string;
}

/**
 * The anchor of the first passage containing a term: a paragraph (or list item…) when one
 * holds it, else a heading.
 */
export function passageAnchor(page: PageData, terms: readonly string[]): string | undefined {
  // In page order, stopping at the first paragraph that holds a term: anchors further down
  // cannot change the answer, and normalising each one's text is most of the cost.
  let heading: string | undefined;
  for (const a of page.anchors) {
    const isHeading = /^h[1-6]$/i.test(a.element);
    if (isHeading && heading !== undefined) continue;
    if (!containsAny(normalizeText(a.text), terms)) continue;
    if (!isHeading) return a.id;
    heading = a.id;
  }
  return heading;
}

/** The text to quote from: the body without the leading title, unless only the title matches. */
export function excerptSource(page: PageData, terms: readonly string[]): string {
  const content = page.content.trimStart();
  if (!page.title || !content.startsWith(page.title)) return content;
  const body = content.slice(page.title.length).replace(/^[\s.。]+/, '');
  // Normalisation maps each character on its own and drops the spaces and stops cut above, so
  // the body's normalised text is the page's without the title's: no second pass over the body.
  const normBody = /[\uD800-\uDBFF]$/.test(page.title) ? normalizeText(body) : normalizedContent(page).slice(normalizeText(page.title).length);
  return containsAny(normBody, terms) ? body : content;
}

function containsAny(norm: string, terms: readonly string[]): boolean {
  return terms.some((t) => norm.includes(t));
}

// Each page's normalised text, computed once: verifying a match and choosing the excerpt both need it.
const normalized = new WeakMap<PageData, string>();

/** The page's text as `normalizeText` gives it, cached per page object. */
export function normalizedContent(page: PageData): string {
  let norm = normalized.get(page);
  if (norm === undefined) {
    norm = normalizeText(page.content);
    normalized.set(page, norm);
  }
  return norm;
}

/** The page contains every normalised term (`containsAll` on its text, without normalising it again). */
function containsAllTerms(page: PageData, terms: readonly string[]): boolean {
  const norm = normalizedContent(page);
  return terms.every((t) => norm.includes(t));
}

/**
 * How many candidates to fetch for `want` more results, after `checked` candidates gave
 * `accepted` (the index over-reports: the page text rules some out). Half again as many as the
 * rate so far says are needed, since lower-ranked candidates fail more often — one or two round
 * trips rather than one per missing result — but never more extra than were ruled out already,
 * so a query the index gets right costs nothing more. (Over 300 drawn queries at 1,000
 * documents: at most 4 round trips instead of 20, 4 % more pages fetched.)
 */
export function fetchAhead(want: number, checked: number, accepted: number): number {
  const rejected = checked - accepted;
  if (rejected <= 0) return want;
  return Math.min(want + rejected, Math.ceil((1.5 * want * checked) / Math.max(1, accepted)));
}

/** The link to a result: base + URL, `?hl=` with the query as typed, and the passage anchor. */
export function resultHref(base: string, url: string, query: string, anchor?: string): string {
  const root = base.replace(/\/$/, '');
  const [path, hash] = url.split('#') as [string, string | undefined];
  const hl = query ? `${path.includes('?') ? '&' : '?'}hl=${encodeURIComponent(query)}` : '';
  const target = anchor ?? hash;
  return `${root}${path}${hl}${target ? `#${encodeURIComponent(target)}` : ''}`;
}

/**
 * The pages a Pagefind result stands for, with Pagefind's excerpt of each: the page itself, or
 * the lessons of a grouped document that hold a match, in page order.
 */
export function loosePages(id: string, data: PagefindData): { page: PageData; excerpt?: ExcerptPart[] }[] {
  const raw = { ...data, url: data.raw_url ?? data.url };
  const lessons = groupPageData(id, raw);
  if (!lessons) return [{ page: toPageData(id, raw), excerpt: parsePagefindExcerpt(data.excerpt ?? '') }];
  const within = (l: PageData, at: number | undefined) => at !== undefined && at >= l.words![0] && at < l.words![1];
  return lessons
    .filter((l) => (data.locations ?? []).some((at) => within(l, at)))
    .map((page) => {
      const sub = data.sub_results?.find((s) => within(page, s.locations?.[0]));
      return { page, excerpt: sub?.excerpt === undefined ? undefined : parsePagefindExcerpt(sub.excerpt) };
    });
}

/** A running search over the exact matches, then the looser ones. */
export class SearchRun {
  readonly query: ParsedQuery;
  private readonly filters: FilterChoice;
  private readonly deps: SearchDeps;
  private readonly ready: Promise<void>;
  private ranked: number[] = [];
  private pos = 0;
  private partial?: number[];
  private partialPos = 0;
  private loose?: PagefindResult[];
  private loosePos = 0;
  /** Pages of Pagefind results read but not shown yet (a grouped result gives several lessons). */
  private looseQueue: { page: PageData; excerpt?: ExcerptPart[] }[] = [];
  private readonly shown = new Set<string>();
  /** Page numbers shown as exact matches (verified). */
  private readonly exactPages = new Set<number>();
  /** Pages containing every term (an estimate until all are verified). */
  exactTotal = 0;
  /** No more results. */
  done = false;

  constructor(deps: SearchDeps, query: ParsedQuery, filters: FilterChoice = {}) {
    this.deps = deps;
    this.query = query;
    this.filters = filters;
    this.ready = query.terms.length === 0 ? Promise.resolve() : deps.exact.find(query.terms, filters).then((ranked) => {
      this.ranked = ranked;
      this.exactTotal = ranked.length;
    });
  }

  /** Looser matches only add something for a query of more than one character. */
  private wantsLoose(): boolean {
    const { terms, exactOnly } = this.query;
    return !exactOnly && terms.length > 0 && !(terms.length === 1 && [...terms[0]!].length === 1);
  }

  private matchesFilters(page: PageData): boolean {
    return Object.entries(this.filters).every(([name, value]) => page.filters[name]?.includes(value));
  }

  private toResult(page: PageData, exact: boolean, excerpt?: ExcerptPart[]): SearchResult {
    const { terms, raw } = this.query;
    return {
      href: resultHref(this.deps.base, page.url, raw, passageAnchor(page, terms)),
      title: page.title,
      path: page.path,
      date: page.date,
      excerpt: exact || !excerpt ? makeExcerpt(excerptSource(page, terms), terms) : excerpt,
      exact,
    };
  }

  /** The next `count` results (fewer at the end). */
  async next(count: number): Promise<SearchResult[]> {
    await this.ready;
    const out: SearchResult[] = [];
    const { terms } = this.query;
    let checked = 0;
    while (out.length < count && this.pos < this.ranked.length) {
      const want = count - out.length;
      const slice = this.ranked.slice(this.pos, this.pos + fetchAhead(want, checked, out.length));
      const pages = await Promise.all(slice.map((n) => this.deps.exact.page(n)));
      for (const [i, page] of pages.entries()) {
        if (out.length >= count) break;
        this.pos++;
        checked++;
        // The index may over-report (longer terms, fingerprint collisions): the text decides.
        if (containsAllTerms(page, terms) && this.matchesFilters(page) && !this.shown.has(page.id)) {
          this.shown.add(page.id);
          this.exactPages.add(slice[i]!);
          out.push(this.toResult(page, true));
        } else this.exactTotal--;
      }
    }
    // Related pages come at once only when nothing matches exactly; after exact matches, on
    // request (`relatedNext`).
    if (out.length < count && this.wantsLoose() && (this.partial !== undefined || out.length === 0)) {
      if (!this.partial) this.partial = await this.deps.exact.findPartial(terms, this.filters, this.exactPages);
      const keys = [...new Set(terms.flatMap((t) => keysForTerm(t)))];
      while (out.length < count && this.partialPos < this.partial.length) {
        const slice = this.partial.slice(this.partialPos, this.partialPos + (count - out.length));
        this.partialPos += slice.length;
        for (const page of await Promise.all(slice.map((n) => this.deps.exact.page(n)))) {
          if (this.shown.has(page.id) || !this.matchesFilters(page)) continue;
          this.shown.add(page.id);
          out.push({ ...this.toResult(page, false), excerpt: makeExcerpt(excerptSource(page, keys), keys) });
        }
      }
      // Pagefind (its runtime and index cost a few hundred kilobytes) once the pages sharing
      // character pairs are used up, in a later batch if this one already has some.
      if (out.length < count && (this.loose !== undefined || out.length === 0)) await this.addLoose(out, count);
    }
    this.done =
      this.pos >= this.ranked.length &&
      (!this.wantsLoose() ||
        (this.partial !== undefined && this.partialPos >= this.partial.length && this.loose !== undefined && this.loosePos >= this.loose.length && this.looseQueue.length === 0));
    return out;
  }

  /** Append Pagefind's matches that are not shown yet, up to `count` results in `out`. */
  private async addLoose(out: SearchResult[], count: number): Promise<void> {
    const { terms, words } = this.query;
    if (!this.loose) {
      const pagefind = await this.deps.pagefind();
      const response = await pagefind.search(words.join(' '), { filters: this.filters });
      this.loose = response?.results ?? [];
    }
    while (out.length < count && (this.looseQueue.length > 0 || this.loosePos < this.loose.length)) {
      const queued = this.looseQueue.shift();
      if (queued) {
        const { page, excerpt } = queued;
        // Pagefind applied the filters to the result; a grouped one's lessons each carry their own.
        if (this.shown.has(page.id) || (page.words !== undefined && !this.matchesFilters(page))) continue;
        this.shown.add(page.id);
        out.push(this.toResult(page, containsAllTerms(page, terms), excerpt));
        continue;
      }
      const batch: PagefindResult[] = [];
      while (batch.length < count - out.length && this.loosePos < this.loose.length) {
        const r = this.loose[this.loosePos++]!;
        if (!this.shown.has(r.id)) batch.push(r);
      }
      for (const [i, data] of (await Promise.all(batch.map((r) => r.data()))).entries()) this.looseQueue.push(...loosePages(batch[i]!.id, data));
    }
  }

  /** The next batch would be the first of the related (not exact) pages. */
  get relatedNext(): boolean {
    return !this.done && this.pos >= this.ranked.length && this.partial === undefined;
  }
}
