/**
 * Browser side of the exact-match helper index (`ngram/`, see src/search/ngram-format.ts):
 * finds every page containing a term, ranks them, and loads a page's text from its Pagefind
 * fragment. Everything is fetched on demand and cached for the session.
 */
import { intersectPostings, rankExact, rankPartial, type CorpusStats } from '../../search/exact-match.ts';
import {
  NGRAM_FORMAT,
  PAGES_PER_TABLE,
  fragmentOfRef,
  decodeBucket,
  filterKey,
  keysForTerm,
  lookupKey,
  bucketOf,
  type BucketEntry,
  type NgramFacets,
  type NgramMeta,
  type PageTable,
  type Postings,
} from '../../search/ngram-format.ts';
import { groupPages } from '../../search/page-groups.ts';
import { gunzip } from './inflate.ts';

/** A page's indexed text and metadata, from its Pagefind fragment. */
export interface PageData {
  /** Fragment id, the same as a Pagefind result's `id`. */
  id: string;
  /** Site-relative URL without the base (`/lessons/x/`). */
  url: string;
  title: string;
  /** `来源 › 章节` path from the page's `path` meta, '' when it has none. */
  path: string;
  /** The page's `date` meta (YYYY-MM-DD), '' when it has none. */
  date: string;
  content: string;
  filters: Record<string, string[]>;
  /** Elements with an id (paragraphs `p12`, headings) and their text, in page order. */
  anchors: { id: string; element: string; text: string }[];
  /** A lesson of a grouped fragment: the word locations [from, to) it spans there. */
  words?: [number, number];
}

export interface RawFragment {
  url: string;
  content: string;
  /** Only from Pagefind's browser API (see page-groups.ts). */
  raw_content?: string;
  meta?: Record<string, string>;
  filters?: Record<string, string[]>;
  anchors?: { id?: string; element?: string; text?: string; location?: number }[];
}

const SIGNATURE = 'pagefind_dcd';

/** Decode a `.pf_fragment` body: gzip (or already decoded by the server) of a signature and JSON. */
export function decodeFragment(bytes: Uint8Array): unknown {
  const sig = (b: Uint8Array) => String.fromCharCode(...b.subarray(0, SIGNATURE.length)) === SIGNATURE;
  const data = sig(bytes) ? bytes : gunzip(bytes);
  if (!sig(data)) throw new Error('搜索索引片段已损坏');
  return JSON.parse(new TextDecoder().decode(data.subarray(SIGNATURE.length)));
}

/** Filters chosen on the search page: one value per filter name. */
export type FilterChoice = Record<string, string>;

async function fetchOk(url: string): Promise<Response> {
  const response = await fetch(url);
  if (!response.ok) throw new Error(`${response.status} ${url}`);
  return response;
}

/** The exact-match index of one site. */
export class ExactIndex {
  private readonly base: string;
  private metaPromise?: Promise<NgramMeta & { stats: CorpusStats }>;
  private readonly buckets = new Map<number, Promise<{ bytes: Uint8Array; header: Map<number, BucketEntry[]> }>>();
  private readonly tables = new Map<number, Promise<PageTable>>();
  private readonly pages = new Map<number, Promise<PageData>>();
  /** Fragments by path, decoded into their pages once: the lessons of a grouped document share one. */
  private readonly fragments = new Map<string, Promise<{ single: PageData } | { group: PageData[] }>>();
  private facetsPromise?: Promise<NgramFacets>;

  /** `base` is the site's base URL with a trailing slash (`/` or `/xuexi/`). */
  constructor(base: string) {
    this.base = base;
  }

  /** The index's meta file, loaded once. */
  meta(): Promise<NgramMeta & { stats: CorpusStats }> {
    if (!this.metaPromise) this.metaPromise = (async () => {
      const meta = (await (await fetchOk(`${this.base}ngram/meta.json`)).json()) as NgramMeta;
      if (meta.format !== NGRAM_FORMAT) throw new Error('搜索索引版本不符，请刷新页面');
      const lengths = Uint8Array.from(atob(meta.lengths), (c) => c.charCodeAt(0));
      return { ...meta, stats: { pages: meta.pages, avgLength: meta.avgLength, lengths } };
    })();
    this.metaPromise.catch(() => (this.metaPromise = undefined));
    return this.metaPromise;
  }

  private file(meta: NgramMeta, name: string): string {
    return `${this.base}ngram/${meta.version}/${name}`;
  }

  private bucket(meta: NgramMeta, i: number) {
    let p = this.buckets.get(i);
    if (!p) {
      p = fetchOk(this.file(meta, `b${i}.bin`))
        .then((r) => r.arrayBuffer())
        .then((buf) => {
          const bytes = new Uint8Array(buf);
          return { bytes, header: decodeBucket(bytes) };
        });
      p.catch(() => this.buckets.delete(i));
      this.buckets.set(i, p);
    }
    return p;
  }

  /** Postings of one index key (a character, a character pair or a filter value). */
  async postings(key: string): Promise<Postings> {
    const meta = await this.meta();
    const { bytes, header } = await this.bucket(meta, bucketOf(key, meta.buckets));
    return lookupKey(bytes, header, key);
  }

  /** Pages that may contain a normalised term (a superset: fragments verify), with counts. */
  async termPostings(term: string): Promise<Postings> {
    return intersectPostings(await Promise.all(keysForTerm(term).map((k) => this.postings(k))));
  }

  private async allowed(filters: FilterChoice): Promise<Set<number> | null> {
    const perFilter = await Promise.all(Object.entries(filters).map(([name, value]) => this.postings(filterKey(name, value))));
    return perFilter.length > 0 ? new Set(intersectPostings(perFilter).pages) : null;
  }

  /** Pages containing every term and matching every filter, best first. */
  async find(terms: readonly string[], filters: FilterChoice = {}): Promise<number[]> {
    const meta = await this.meta();
    const [perTerm, allowed] = await Promise.all([Promise.all(terms.map((t) => this.termPostings(t))), this.allowed(filters)]);
    return rankExact(perTerm, meta.stats, allowed);
  }

  /**
   * Pages sharing much of the query without containing it (a misremembered phrase), best
   * first, `exclude`d pages left out. Uses the keys `find` already fetched: no new downloads.
   */
  async findPartial(terms: readonly string[], filters: FilterChoice, exclude: ReadonlySet<number>): Promise<number[]> {
    const meta = await this.meta();
    const keys = [...new Set(terms.flatMap((t) => keysForTerm(t)))];
    const [perKey, allowed] = await Promise.all([Promise.all(keys.map((k) => this.postings(k))), this.allowed(filters)]);
    return rankPartial(perKey, meta.stats, { exclude, allowed });
  }

  private table(meta: NgramMeta, k: number): Promise<PageTable> {
    let p = this.tables.get(k);
    if (!p) {
      p = fetchOk(this.file(meta, `p${k}.json`)).then((r) => r.json() as Promise<PageTable>);
      p.catch(() => this.tables.delete(k));
      this.tables.set(k, p);
    }
    return p;
  }

  private fragment(path: string): Promise<{ single: PageData } | { group: PageData[] }> {
    let p = this.fragments.get(path);
    if (!p) {
      p = (async () => {
        const raw = decodeFragment(new Uint8Array(await (await fetchOk(`${this.base}pagefind/${path}`)).arrayBuffer())) as RawFragment;
        // Pagefind's own results carry the same id (the bare file name).
        const id = path.slice(path.lastIndexOf('/') + 1, -'.pf_fragment'.length);
        const group = groupPageData(id, raw);
        return group ? { group } : { single: toPageData(id, raw) };
      })();
      p.catch(() => this.fragments.delete(path));
      this.fragments.set(path, p);
    }
    return p;
  }

  /** A page's text and metadata, from its Pagefind fragment (a lesson of a grouped one: its part). */
  page(n: number): Promise<PageData> {
    let p = this.pages.get(n);
    if (!p) {
      p = (async () => {
        const meta = await this.meta();
        const ref = (await this.table(meta, Math.floor(n / PAGES_PER_TABLE)))[n % PAGES_PER_TABLE];
        if (!ref) throw new Error(`搜索索引中没有第 ${n} 页`);
        const { path, key } = fragmentOfRef(ref);
        const fragment = await this.fragment(path);
        const page = 'single' in fragment ? (key === undefined ? fragment.single : undefined) : key === undefined ? undefined : fragment.group[Number(key)];
        if (!page) throw new Error(`搜索索引片段 ${ref} 缺失`);
        return page;
      })();
      p.catch(() => this.pages.delete(n));
      this.pages.set(n, p);
    }
    return p;
  }

  /** Every filter's values with their page counts, for the filter controls. */
  facets(): Promise<NgramFacets> {
    if (!this.facetsPromise) this.facetsPromise = this.meta().then(async (meta) => (await fetchOk(this.file(meta, 'facets.json'))).json() as Promise<NgramFacets>);
    this.facetsPromise.catch(() => (this.facetsPromise = undefined));
    return this.facetsPromise;
  }
}

/**
 * The lessons of a grouped fragment (ours or one Pagefind's `data()` returned) as pages, with
 * ids `<fragment id>#<k>`; undefined for a fragment of one page.
 */
export function groupPageData(id: string, raw: RawFragment): PageData[] | undefined {
  return groupPages(raw)?.map((l, k) => ({
    id: `${id}#${k}`,
    url: l.url,
    title: l.title,
    path: l.path,
    date: raw.meta?.date ?? '',
    content: l.content,
    filters: l.filters,
    anchors: pageAnchors(l.anchors),
    words: l.range.words,
  }));
}

/** Page data from a fragment (ours or one Pagefind's `data()` returned). */
export function toPageData(id: string, raw: RawFragment): PageData {
  return {
    id,
    url: raw.url,
    title: raw.meta?.title ?? raw.url,
    path: raw.meta?.path ?? '',
    date: raw.meta?.date ?? '',
    content: raw.content.replace(/\u200B/g, ''),
    filters: raw.filters ?? {},
    anchors: pageAnchors(raw.anchors ?? []),
  };
}

/** A fragment's anchors that can be linked to: with an id and text. */
function pageAnchors(anchors: NonNullable<RawFragment['anchors']>): PageData['anchors'] {
  return anchors.filter((a) => a.id && a.text).map((a) => ({ id: a.id!, element: a.element ?? '', text: a.text! }));
}
