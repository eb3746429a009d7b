/**
 * The search page (`/search/?q=…&专题=…`): reads the query and filters from the URL, keeps the
 * URL in step while typing (history.replaceState, so results can be linked and bookmarked),
 * renders results in batches and marks `[data-search-results]` with `data-state="done"` when the
 * current query's results are on screen.
 */
import type { ExcerptPart } from '../../search/excerpt.ts';
import { parseQuery } from '../../search/query.ts';
import { SearchRun, type SearchResult } from './engine.ts';
import { ExactIndex, type FilterChoice } from './exact-index.ts';
import { loadPagefind } from './pagefind-api.ts';
import { mergedBundles } from '../../search/ngram-format.ts';

const BATCH = 10;
const base = import.meta.env.BASE_URL.replace(/\/?$/, '/');

function setup(root: HTMLElement): void {
  const form = root.querySelector<HTMLFormElement>('[data-search-form]')!;
  const input = form.querySelector<HTMLInputElement>('input[name="q"]')!;
  const selects = [...form.querySelectorAll<HTMLSelectElement>('select[data-filter]')];
  const details = form.querySelector<HTMLDetailsElement>('[data-search-filters]');
  const status = root.querySelector<HTMLElement>('[data-search-status]')!;
  const results = root.querySelector<HTMLElement>('[data-search-results]')!;
  const more = root.querySelector<HTMLButtonElement>('[data-search-more]')!;
  const exact = new ExactIndex(base);
  const deps = { exact, pagefind: () => loadPagefind(base, async () => mergedBundles((await exact.meta()).bundles)), base };
  let current: SearchRun | undefined;
  let generation = 0;
  let timer: ReturnType<typeof setTimeout> | undefined;

  const setState = (state: 'idle' | 'loading' | 'done' | 'error') => {
    results.dataset.state = state;
    results.setAttribute('aria-busy', String(state === 'loading'));
  };

  const chosenFilters = (): FilterChoice => {
    const out: FilterChoice = {};
    for (const s of selects) if (s.value) out[s.dataset.filter!] = s.value;
    return out;
  };

  const writeUrl = () => {
    const params = new URLSearchParams();
    if (input.value.trim()) params.set('q', input.value.trim());
    for (const [name, value] of Object.entries(chosenFilters())) params.set(name, value);
    const search = params.toString();
    history.replaceState(history.state, '', `${location.pathname}${search ? `?${search}` : ''}`);
  };

  // Filter values come from the index (lazily: the source list can be long).
  let facetsLoaded: Promise<void> | undefined;
  const loadFacets = () => {
    if (!facetsLoaded) facetsLoaded = exact.facets().then((facets) => {
      for (const s of selects) {
        const chosen = s.value;
        const values = [...(facets[s.dataset.filter!] ?? [])];
        if (s.dataset.filter === '年份') values.sort((a, b) => (a[0] < b[0] ? 1 : -1));
        for (const [value, count] of values) {
          if (value === chosen) continue;
          s.append(new Option(`${value}（${count}）`, value));
        }
      }
    });
    facetsLoaded.catch(() => (facetsLoaded = undefined));
    return facetsLoaded;
  };

  const renderExcerpt = (parts: ExcerptPart[]) => {
    const p = document.createElement('p');
    p.className = 'search-excerpt';
    for (const part of parts) {
      if (part.mark) {
        const m = document.createElement('mark');
        m.textContent = part.text;
        p.append(m);
      } else p.append(part.text);
    }
    return p;
  };

  const renderResult = (r: SearchResult) => {
    const li = document.createElement('li');
    li.className = 'search-result';
    li.dataset.exact = String(r.exact);
    const h = document.createElement('h3');
    const a = document.createElement('a');
    a.href = r.href;
    a.textContent = r.title;
    h.append(a);
    li.append(h);
    const where = [r.path, r.date].filter(Boolean).join(' · ');
    if (where) {
      const path = document.createElement('p');
      path.className = 'meta search-path';
      path.textContent = where;
      li.append(path);
    }
    li.append(renderExcerpt(r.excerpt));
    return li;
  };

  const group = (kind: 'exact' | 'related', title: string) => {
    let section = results.querySelector<HTMLElement>(`[data-group="${kind}"]`);
    if (!section) {
      section = document.createElement('section');
      section.dataset.group = kind;
      const h = document.createElement('h2');
      h.className = 'search-group-title';
      section.append(h, document.createElement('ol'));
      results.append(section);
    }
    section.querySelector('h2')!.textContent = title;
    return section.querySelector('ol')!;
  };

  const quoteTerms = (run: SearchRun) => run.query.words.map((w) => `「${w}」`).join('');
  const containing = (run: SearchRun) => `${run.query.words.length > 1 ? '同时含有' : '含有'}${quoteTerms(run)}`;

  const show = (run: SearchRun, batch: SearchResult[]) => {
    const exactTitle = `${containing(run)}的页面（${run.exactTotal}）`;
    // Build the batch off the page, then insert each group's items with one write (groups in
    // the order their first result comes).
    const items = batch.map(renderResult);
    const byGroup = new Map<'exact' | 'related', HTMLLIElement[]>();
    batch.forEach((r, i) => {
      const kind = r.exact ? 'exact' : 'related';
      const list = byGroup.get(kind);
      if (list) list.push(items[i]!);
      else byGroup.set(kind, [items[i]!]);
    });
    for (const [kind, lis] of byGroup) group(kind, kind === 'exact' ? exactTitle : '相关结果').append(...lis);
    const added = items.map((li) => li.querySelector('a')!);
    const exactHeading = results.querySelector('[data-group="exact"] h2');
    if (exactHeading) exactHeading.textContent = exactTitle;
    const shown = results.querySelectorAll('.search-result').length;
    if (shown === 0) {
      status.textContent = run.query.exactOnly ? `没有找到${containing(run)}的页面。去掉引号可查看相关结果。` : `没有找到与${quoteTerms(run)}相关的内容。`;
    } else if (run.exactTotal > 0) {
      status.textContent = `找到 ${run.exactTotal} 个${containing(run)}的页面。`;
    } else {
      status.textContent = `没有完全一致的内容，以下是与${quoteTerms(run)}相关的结果。`;
    }
    more.hidden = run.done;
    more.textContent = run.relatedNext ? '查看相关结果' : '更多结果';
    return added;
  };

  const fail = (error: unknown) => {
    const offline = typeof navigator !== 'undefined' && navigator.onLine === false;
    status.textContent = offline
      ? '离线时只能搜索已缓存的内容：请联网后重试，或先在页脚“离线学习”中下载全部内容。'
      : `搜索出错，请稍后重试。（${error instanceof Error ? error.message : String(error)}）`;
    more.hidden = true;
    setState('error');
  };

  const search = async () => {
    const gen = ++generation;
    const query = parseQuery(input.value);
    results.replaceChildren();
    more.hidden = true;
    if (query.raw === '') {
      current = undefined;
      status.textContent = '';
      setState('idle');
      return;
    }
    if (query.terms.length === 0) {
      current = undefined;
      status.textContent = '请输入要搜索的文字（标点符号不参与搜索）。';
      setState('done');
      return;
    }
    setState('loading');
    status.textContent = '正在搜索…';
    const run = new SearchRun(deps, query, chosenFilters());
    current = run;
    try {
      const batch = await run.next(BATCH);
      if (gen !== generation) return;
      show(run, batch);
      setState('done');
    } catch (error) {
      if (gen === generation) fail(error);
    }
  };

  more.addEventListener('click', async () => {
    const run = current;
    if (!run) return;
    const gen = generation;
    setState('loading');
    more.disabled = true;
    try {
      const batch = await run.next(BATCH);
      if (gen !== generation) return;
      const added = show(run, batch);
      if (added.length === 0) status.textContent += '没有其他相关结果。';
      added[0]?.focus();
      setState('done');
    } catch (error) {
      if (gen === generation) fail(error);
    } finally {
      more.disabled = false;
    }
  });

  // The URL follows once the results are on screen: history.replaceState costs the main
  // thread a few milliseconds and makes the browser fetch the favicon again, both better spent
  // after the search's own requests.
  const searchAndRecord = () => void search().finally(writeUrl);

  form.addEventListener('submit', (event) => {
    event.preventDefault();
    clearTimeout(timer);
    searchAndRecord();
  });
  input.addEventListener('input', () => {
    clearTimeout(timer);
    // Mark the results stale at once, so nothing waits on the previous query's "done".
    setState(input.value.trim() ? 'loading' : 'idle');
    timer = setTimeout(searchAndRecord, 250);
  });
  for (const s of selects) s.addEventListener('change', searchAndRecord);
  // Warm up while the member types: the index's small meta file.
  input.addEventListener('focus', () => void exact.meta().catch(() => undefined), { once: true });
  details?.addEventListener('toggle', () => {
    if (details.open) void loadFacets();
  });

  // Start from the URL.
  const params = new URLSearchParams(location.search);
  input.value = params.get('q') ?? '';
  let hasFilters = false;
  for (const s of selects) {
    const value = params.get(s.dataset.filter!);
    if (!value) continue;
    hasFilters = true;
    s.append(new Option(value, value));
    s.value = value;
  }
  if (hasFilters && details) details.open = true;
  void search();
}

const root = document.querySelector<HTMLElement>('[data-search-page]');
if (root) setup(root);
