import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { SearchRun, excerptSource, fetchAhead, normalizedContent, passageAnchor, resultHref, type SearchDeps } from '../../../src/islands/search/engine.ts';
import type { ExactIndex, FilterChoice, PageData } from '../../../src/islands/search/exact-index.ts';
import type { PagefindApi, PagefindResult } from '../../../src/islands/search/pagefind-api.ts';
import { normalizeText } from '../../../src/search/normalize.ts';
import { parseQuery } from '../../../src/search/query.ts';

const page = (id: string, content: string, extra: Partial<PageData> = {}): PageData => ({
  id,
  url: `/lessons/${id}/`,
  title: id,
  path: `来源 › ${id}`,
  date: '',
  content,
  filters: {},
  anchors: [],
  ...extra,
});

/** A fake site: pages by number; `find` returns the given candidates (best first), `findPartial` the partial ones. */
function fakeDeps(pages: PageData[], candidates: number[], loose: PageData[] = [], partial: number[] = []) {
  const calls = { pagefind: 0, searches: [] as { term: string | null; filters: unknown }[], excluded: [] as number[][] };
  const exact = {
    find: async (_terms: readonly string[], _filters: FilterChoice) => candidates,
    findPartial: async (_terms: readonly string[], _filters: FilterChoice, exclude: ReadonlySet<number>) => {
      calls.excluded.push([...exclude]);
      return partial.filter((n) => !exclude.has(n));
    },
    page: async (n: number) => pages[n]!,
  } as unknown as ExactIndex;
  const api: PagefindApi = {
    options: async () => undefined,
    mergeIndex: async () => undefined,
    search: async (term, options) => {
      calls.searches.push({ term, filters: options?.filters });
      const results: PagefindResult[] = loose.map((p) => ({ id: p.id, score: 1, data: async () => ({ url: p.url, raw_url: p.url, content: p.content, excerpt: `<mark>${p.content.slice(0, 2)}</mark>`, meta: { title: p.title } }) }));
      return { results };
    },
  };
  const deps: SearchDeps = {
    exact,
    pagefind: async () => {
      calls.pagefind++;
      return api;
    },
    base: '/xuexi/',
  };
  return { deps, calls };
}

describe('SearchRun', () => {
  const pages = [page('a', '严格落实“三会一课”制度'), page('b', '三会和一课（不连在一起）'), page('c', '坚持三会一课'), page('d', '党课')];

  it('shows verified exact matches first and drops false candidates', async () => {
    const { deps, calls } = fakeDeps(pages, [1, 0, 2]);
    const run = new SearchRun(deps, parseQuery('三会一课'), {});
    const batch = await run.next(10);
    assert.deepEqual(batch.map((r) => [r.title, r.exact]), [['a', true], ['c', true]]);
    assert.equal(run.exactTotal, 2);
    // Pagefind is not loaded while exact matches fill the page…
    assert.equal(calls.pagefind, 0);
    assert.equal(run.done, false);
    assert.equal(run.relatedNext, true);
  });

  it('adds looser matches on request, without repeating a page', async () => {
    const tagged = pages.map((p) => ({ ...p, filters: { 专题: ['三会一课'] } }));
    const { deps, calls } = fakeDeps(tagged, [0], [tagged[0]!, tagged[3]!]);
    const run = new SearchRun(deps, parseQuery('三会一课'), { 专题: '三会一课' });
    assert.deepEqual((await run.next(10)).map((r) => r.title), ['a']);
    const more = await run.next(10);
    assert.deepEqual(more.map((r) => [r.title, r.exact]), [['d', false]]);
    assert.deepEqual(calls.searches, [{ term: '三会一课', filters: { 专题: '三会一课' } }]);
    assert.equal(run.done, true);
  });

  it('offers pages sharing most of a misremembered phrase before loading Pagefind', async () => {
    const { deps, calls } = fakeDeps(pages, [1], [pages[3]!], [1, 2]);
    const run = new SearchRun(deps, parseQuery('三会二课'), {});
    const first = await run.next(10);
    // Page 1 was a false exact candidate: it is a fine partial match.
    assert.deepEqual(first.map((r) => [r.title, r.exact]), [['b', false], ['c', false]]);
    assert.deepEqual(calls.excluded, [[]]);
    assert.equal(calls.pagefind, 0);
    assert.equal(run.done, false);
    assert.deepEqual((await run.next(10)).map((r) => r.title), ['d']);
    assert.equal(calls.pagefind, 1);
    assert.equal(run.done, true);
  });

  it('goes to Pagefind at once when nothing matches exactly or partly', async () => {
    const { deps } = fakeDeps(pages, [], [pages[3]!]);
    const batch = await new SearchRun(deps, parseQuery('党的课'), {}).next(10);
    assert.deepEqual(batch.map((r) => r.title), ['d']);
  });

  it('never looks further for a quoted phrase or a single character', async () => {
    for (const q of ['"三会一课"', '课']) {
      const { deps, calls } = fakeDeps(pages, [0], [pages[3]!]);
      const run = new SearchRun(deps, parseQuery(q), {});
      await run.next(10);
      assert.equal(run.done, true, q);
      assert.equal(calls.pagefind, 0, q);
    }
  });

  it('pages through exact matches in batches', async () => {
    const many = Array.from({ length: 25 }, (_, i) => page(`p${i}`, `第${i}条 制度`));
    const { deps } = fakeDeps(many, many.map((_, i) => i));
    const run = new SearchRun(deps, parseQuery('"制度"'), {});
    assert.equal((await run.next(10)).length, 10);
    assert.equal((await run.next(10)).length, 10);
    assert.equal((await run.next(10)).length, 5);
    assert.equal(run.done, true);
  });

  it('keeps only pages carrying the chosen filters', async () => {
    const tagged = [page('x', '三会一课', { filters: { 专题: ['三会一课'] } }), page('y', '三会一课')];
    const { deps } = fakeDeps(tagged, [0, 1]);
    const batch = await new SearchRun(deps, parseQuery('"三会一课"'), { 专题: '三会一课' }).next(10);
    assert.deepEqual(batch.map((r) => r.title), ['x']);
  });
});

describe('result links and excerpts', () => {
  const p = page('a', '二、坚持制度. 各支部要严格落实“三会一课”制度。', {
    title: '二、坚持制度',
    anchors: [
      { id: 's2', element: 'h1', text: '二、坚持制度' },
      { id: 'p3', element: 'p', text: '各支部要严格落实“三会一课”制度。' },
    ],
  });

  it('links to the paragraph holding the match, with the query for highlighting', () => {
    assert.equal(passageAnchor(p, ['制度']), 'p3');
    assert.equal(passageAnchor(p, ['坚持']), 's2');
    assert.equal(passageAnchor(p, ['没有']), undefined);
    assert.equal(resultHref('/xuexi/', '/lessons/a/', '三会一课', 'p3'), '/xuexi/lessons/a/?hl=%E4%B8%89%E4%BC%9A%E4%B8%80%E8%AF%BE#p3');
    assert.equal(resultHref('/', '/themes/b/', '"机关 党建"'), '/themes/b/?hl=%22%E6%9C%BA%E5%85%B3%20%E5%85%9A%E5%BB%BA%22');
  });

  it('quotes the body rather than repeating the title', () => {
    assert.equal(excerptSource(p, ['制度']), '各支部要严格落实“三会一课”制度。');
    assert.equal(excerptSource(p, ['坚持']), p.content);
  });
});

describe('fewer round trips and less work per result', () => {
  it('after the text rules candidates out, fetches as many more in one round trip', async () => {
    // Candidates 0…19; 2, 4, 6 and 8 only hold the characters apart (the index over-reports).
    const many = Array.from({ length: 20 }, (_, i) => page(`p${i}`, i >= 2 && i <= 8 && i % 2 === 0 ? '三会和一课' : '坚持三会一课'));
    const { deps } = fakeDeps(many, many.map((_, i) => i));
    let pending: { n: number; resolve: (p: PageData) => void }[] = [];
    (deps.exact as unknown as { page: (n: number) => Promise<PageData> }).page = (n) => new Promise((resolve) => pending.push({ n, resolve }));
    const rounds: number[][] = [];
    const settle = async <T>(promise: Promise<T>): Promise<T> => {
      for (;;) {
        await new Promise((ok) => setImmediate(ok));
        if (pending.length === 0) return promise;
        const now = pending;
        pending = [];
        rounds.push(now.map((p) => p.n));
        for (const p of now) p.resolve(many[p.n]!);
      }
    };
    const run = new SearchRun(deps, parseQuery('三会一课'), {});
    const first = await settle(run.next(10));
    assert.deepEqual(first.map((r) => r.title), ['p0', 'p1', 'p3', 'p5', 'p7', 'p9', 'p10', 'p11', 'p12', 'p13']);
    // Not 4, then whatever is still missing, one round trip each: the 4 missing plus 4 more.
    assert.deepEqual(rounds, [[0, 1, 2, 3, 4, 5, 6, 7, 8, 9], [10, 11, 12, 13, 14, 15, 16, 17]]);
    assert.equal(run.exactTotal, 16);
    rounds.length = 0;
    // The next batch starts after the last page used, not after the last page fetched.
    const second = await settle(run.next(10));
    assert.deepEqual(second.map((r) => r.title), ['p14', 'p15', 'p16', 'p17', 'p18', 'p19']);
    assert.deepEqual(rounds, [[14, 15, 16, 17, 18, 19]]);
  });

  it('fetches ahead by the rate of candidates ruled out so far, never more extra than were ruled out', () => {
    assert.equal(fetchAhead(10, 0, 0), 10);
    assert.equal(fetchAhead(3, 10, 10), 3, 'nothing ruled out: exactly what is missing');
    assert.equal(fetchAhead(4, 10, 6), 8, '1.5 × 4 × 10/6 = 10, but only 4 were ruled out');
    assert.equal(fetchAhead(2, 10, 8), 4);
    assert.equal(fetchAhead(1, 20, 2), 15, '1.5 × 1 × 20/2');
    assert.equal(fetchAhead(5, 10, 0), 15, 'none accepted yet: bounded by the 10 ruled out');
  });

  it('links to the first paragraph holding a term, else the first heading holding one', () => {
    const anchors = (...list: [string, string, string][]) => list.map(([id, element, text]) => ({ id, element, text }));
    const p1 = page('a', '', { anchors: anchors(['h', 'h2', '三会一课'], ['x', 'p', '无关'], ['h3', 'h3', '三会一课'], ['y', 'p', '“三会、一课”'], ['z', 'p', '三会一课']) });
    assert.equal(passageAnchor(p1, ['三会一课']), 'y');
    const p2 = page('b', '', { anchors: anchors(['x', 'p', '无关'], ['h3', 'h3', '三会一课'], ['h4', 'h4', '三会一课']) });
    assert.equal(passageAnchor(p2, ['三会一课']), 'h3');
    assert.equal(passageAnchor(p2, ['没有']), undefined);
  });

  it('decides between body and title on the page text normalised once, as on the body itself', () => {
    const reference = (p: PageData, terms: string[]) => {
      const content = p.content.trimStart();
      if (!p.title || !content.startsWith(p.title)) return content;
      const body = content.slice(p.title.length).replace(/^[\s.。]+/, '');
      return terms.some((t) => normalizeText(body).includes(t)) ? body : content;
    };
    const cases: [string, string][] = [
      ['ＡＢＣ制度', ' ＡＢＣ制度。 abc 严格落实'],
      ['二、坚持制度', '二、坚持制度. 各支部要坚、持“三会一课”'],
      ['二、坚持制度', '二、坚持制度. 各支部要严格落实'],
      ['第一章', '\u3000第一章\u3000。。总则：Abc-1'],
      ['𠀀字', '𠀀字 正文𠀀字'],
    ];
    for (const [title, content] of cases) {
      const p = page('c', content, { title });
      for (const terms of [['abc'], ['坚持'], ['制度'], ['总则', '第一章'], ['𠀀字'], ['abc1']]) {
        assert.equal(excerptSource(p, terms), reference(p, terms), `${content} / ${terms}`);
      }
    }
  });

  it('normalises a page once and remembers it per page', () => {
    const p = page('d', '“三会一课”：ＡＢＣ');
    assert.equal(normalizedContent(p), normalizeText(p.content));
    assert.equal(normalizedContent(p), '三会一课abc');
    const q = { ...p, content: '别的' };
    assert.equal(normalizedContent(q), '别的');
  });
});
