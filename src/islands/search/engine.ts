/**
 * One search: pages containing the exact query first (from the helper index, verified against
 * the page text); then related pages — first those sharing most of the query's character pairs
 * (same index, nothing more to download), then Pagefind's word matches not already shown.
 * Results come in batches so the page can render them as they are asked for.
 */
import { makeExcerpt, parsePagefindExcerpt, type ExcerptPart } from '../../search/excerpt.ts';
import { containsAll, normalizeText } from '../../search/normalize.ts';
import { keysForTerm } from '../../search/ngram-format.ts';
import type { ParsedQuery } from '../../search/query.ts';
import { toPageData, type ExactIndex, type FilterChoice, type PageData } from './exact-index.ts';
import type { PagefindApi, PagefindResult } from './pagefind-api.ts';

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
  const holding = page.anchors.filter((a) => containsAny(a.text, terms));
  return (holding.find((a) => !/^h[1-6]$/i.test(a.element)) ?? holding[0])?.id;
}

/** The text to quote from: the body without the leading title, unless only the title matches. */
export function excerptSource(page: PageData, terms: readonly string[]): string {
  const content = page.content.trimStart();
  if (!page.title || !content.startsWith(page.title)) return content;
  const body = content.slice(page.title.length).replace(/^[\s.。]+/, '');
  return containsAny(body, terms) ? body : content;
}

function containsAny(text: string, terms: readonly string[]): boolean {
  const norm = normalizeText(text);
  return terms.some((t) => norm.includes(t));
}

/** The link to a result: base + URL, `?hl=` with the query as typed, and the passage anchor. */
export function resultHref(base: string, url: string, query: string, anchor?: string): string {
  const root = base.replace(/\/$/, '');
  const [path, hash] = url.split('#') as [string, string | undefined];
  const hl = query ? `${path.includes('?') ? '&' : '?'}hl=${encodeURIComponent(query)}` : '';
  const target = anchor ?? hash;
  return `${root}${path}${hl}${target ? `#${encodeURIComponent(target)}` : ''}`;
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
    while (out.length < count && this.pos < this.ranked.length) {
      const slice = this.ranked.slice(this.pos, this.pos + (count - out.length));
      this.pos += slice.length;
      const pages = await Promise.all(slice.map((n) => this.deps.exact.page(n)));
      pages.forEach((page, i) => {
        // The index may over-report (longer terms, fingerprint collisions): the text decides.
        if (containsAll(page.content, terms) && this.matchesFilters(page) && !this.shown.has(page.id)) {
          this.shown.add(page.id);
          this.exactPages.add(slice[i]!);
          out.push(this.toResult(page, true));
        } else this.exactTotal--;
      });
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
      (!this.wantsLoose() || (this.partial !== undefined && this.partialPos >= this.partial.length && this.loose !== undefined && this.loosePos >= this.loose.length));
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
    while (out.length < count && this.loosePos < this.loose.length) {
      const batch: PagefindResult[] = [];
      while (batch.length < count - out.length && this.loosePos < this.loose.length) {
        const r = this.loose[this.loosePos++]!;
        if (!this.shown.has(r.id)) batch.push(r);
      }
      for (const [i, data] of (await Promise.all(batch.map((r) => r.data()))).entries()) {
        const id = batch[i]!.id;
        if (this.shown.has(id)) continue;
        this.shown.add(id);
        const page = toPageData(id, { ...data, url: data.raw_url ?? data.url });
        out.push(this.toResult(page, containsAll(page.content, terms), parsePagefindExcerpt(data.excerpt ?? '')));
      }
    }
  }

  /** The next batch would be the first of the related (not exact) pages. */
  get relatedNext(): boolean {
    return !this.done && this.pos >= this.ranked.length && this.partial === undefined;
  }
}
