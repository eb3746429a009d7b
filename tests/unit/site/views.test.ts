import assert from 'node:assert/strict';
import { readdir, readFile } from 'node:fs/promises';
import { dirname, join, relative, resolve } from 'node:path';
import { it } from 'node:test';
import { runPipeline } from '../../../src/pipeline/run-pipeline.ts';
import { readContent } from '../../../src/content/read-content.ts';
import { filterViews, ROUTES, siteViews } from '../../../src/site/views/index.ts';

const ROOT = resolve(import.meta.dirname, '../../..');
const PAGES = join(ROOT, 'src/pages');

/** Where `value` holds something other than plain JSON data (undefined aside), or undefined. */
function impurity(value: unknown, path = 'view'): string | undefined {
  if (value === null || value === undefined || ['string', 'boolean'].includes(typeof value)) return undefined;
  if (typeof value === 'number') return Number.isFinite(value) ? undefined : path;
  if (Array.isArray(value)) return value.map((v, i) => impurity(v, `${path}[${i}]`)).find((x) => x !== undefined);
  if (typeof value === 'object' && Object.getPrototypeOf(value) === Object.prototype) {
    return Object.entries(value).map(([k, v]) => impurity(v, `${path}.${k}`)).find((x) => x !== undefined);
  }
  return path;
}

/** The `.astro` components a template imports, as absolute paths. */
function imported(file: string, text: string): string[] {
  return [...text.matchAll(/^import\s+\w+\s+from\s+'([^']+\.astro)'/gm)].map((m) => resolve(dirname(file), m[1]!));
}

it('templates of parametrized routes, and every component they use, read only their view, never the whole site data', async () => {
  const routes = (await readdir(PAGES, { recursive: true })).filter((n) => n.endsWith('.astro')).map((n) => join(PAGES, n));
  const parametrized: string[] = [];
  for (const file of routes) if ((await readFile(file, 'utf8')).includes('getStaticPaths')) parametrized.push(file);
  assert.ok(parametrized.length >= ROUTES.length, `found ${parametrized.length} parametrized routes`);
  const seen = new Set<string>();
  const queue = [...parametrized];
  while (queue.length > 0) {
    const file = queue.pop()!;
    if (seen.has(file)) continue;
    seen.add(file);
    const text = await readFile(file, 'utf8');
    // The layout is shared with every page and reads no data; the views hold the rest.
    assert.doesNotMatch(text, /\bsiteData\b/, `${relative(ROOT, file)} reads siteData(): an incremental build would not see what it depends on`);
    if (parametrized.includes(file)) assert.match(text, /routePages\('\w+'\)/, `${relative(ROOT, file)} gets its pages from routePages()`);
    queue.push(...imported(file, text));
  }
});

it('gives every parametrized page a view, the same for the same data, in plain JSON', async () => {
  const { files } = await readContent(join(ROOT, 'content'));
  const { data } = runPipeline(files);
  assert.ok(data);
  const views = siteViews(data);
  assert.equal(views.lesson.length, data.lessons.length);
  assert.equal(views.source.length, data.docs.length);
  assert.equal(views.theme.length, data.themes.length);
  assert.equal(views.readingMonth.length, data.reading.length);
  const again = siteViews(runPipeline(files).data!);
  for (const route of ROUTES) {
    const shown = (list: typeof views[typeof route]) => list.map((p) => ({ url: p.url, params: p.params, view: p.props.view() }));
    const json = JSON.stringify(shown(views[route]));
    assert.equal(json, JSON.stringify(shown(again[route])), route);
    // A view is plain data (no Map, Set, function or class instance JSON would lose): what is hashed is what is rendered.
    for (const p of views[route]) assert.equal(impurity(p.props.view()), undefined, p.url);
    for (const page of views[route]) assert.match(page.url, /^\/[a-z0-9/_.-]*\/$/i, page.url);
  }
  const urls = ROUTES.flatMap((r) => views[r].map((p) => p.url));
  assert.equal(new Set(urls).size, urls.length, 'page URLs are unique');
  const some = filterViews(views, (url) => url === views.lesson[0]!.url);
  assert.deepEqual(ROUTES.flatMap((r) => some[r].map((p) => p.url)), [views.lesson[0]!.url]);
});
