/**
 * Link integrity: crawl the built site over HTTP from its home page and prove that every
 * internal link, script, stylesheet, icon and form target resolves (200), that every `#fragment`
 * names an element id on the target page, and that no link leaves the deployment base. The URLs
 * in the open data files (lessons.json, quiz.json) and the reading feed are checked the same way.
 * Run on the sample site at `/` and under the sub-path `/xuexi/`.
 */
import { expect, test, type APIRequestContext } from '@playwright/test';
import { siteUrl, type SiteName } from '../support/sites.ts';

/** A reference found on a page. */
interface Ref {
  from: string;
  url: URL;
}

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", '#39': "'" };
const decode = (s: string) =>
  s.replace(/&(#x[0-9a-f]+|#[0-9]+|[a-z]+);/gi, (m, e: string) =>
    e[0] === '#' ? String.fromCodePoint(e[1] === 'x' || e[1] === 'X' ? parseInt(e.slice(2), 16) : parseInt(e.slice(1), 10)) : (ENTITIES[e] ?? m),
  );

/** The URL-valued attributes of a page's elements, and the ids it defines. */
function scan(html: string): { refs: string[]; ids: Set<string> } {
  const refs: string[] = [];
  const ids = new Set<string>();
  for (const tag of html.matchAll(/<([a-z][a-z0-9-]*)\b([^>]*)>/gi)) {
    const name = tag[1]!.toLowerCase();
    const attrs = new Map([...tag[2]!.matchAll(/([^\s=/"']+)(?:="([^"]*)")?/g)].map((m) => [m[1]!.toLowerCase(), decode(m[2] ?? '')]));
    if (attrs.has('id')) ids.add(attrs.get('id')!);
    if (name === 'a' && attrs.has('name')) ids.add(attrs.get('name')!);
    const url = name === 'form' ? attrs.get('action') : attrs.get('href') ?? attrs.get('src');
    if (url !== undefined && ['a', 'link', 'script', 'img', 'form', 'iframe', 'source', 'area'].includes(name)) refs.push(url);
  }
  return { refs, ids };
}

/** Fetch every page and resource reachable from the home page; return what each page links to. */
async function crawl(request: APIRequestContext, start: string) {
  const origin = new URL(start).origin;
  const base = new URL(start).pathname;
  const pages = new Map<string, Set<string>>(); // page path → ids
  const status = new Map<string, number>();
  const refs: Ref[] = [];
  const queue = [start];
  const seen = new Set(queue.map((u) => new URL(u).pathname));
  while (queue.length > 0) {
    const batch = queue.splice(0, 8);
    await Promise.all(
      batch.map(async (href) => {
        const url = new URL(href);
        const res = await request.get(url.href, { maxRedirects: 0 });
        status.set(url.pathname, res.status());
        if (!res.ok() || !(res.headers()['content-type'] ?? '').includes('text/html')) return;
        const { refs: found, ids } = scan(await res.text());
        pages.set(url.pathname, ids);
        for (const raw of found) {
          if (/^(mailto|tel|data|blob|javascript):/i.test(raw)) continue;
          const target = new URL(raw, url);
          if (target.origin !== origin) continue;
          refs.push({ from: url.pathname, url: target });
          if (!seen.has(target.pathname)) {
            seen.add(target.pathname);
            queue.push(target.origin + target.pathname);
          }
        }
      }),
    );
  }
  return { base, pages, status, refs };
}

/** Fetch the ids of a page not reached by the crawl (for URLs from data files). */
async function idsOf(request: APIRequestContext, origin: string, path: string, pages: Map<string, Set<string>>, status: Map<string, number>) {
  if (!status.has(path)) {
    const res = await request.get(origin + path, { maxRedirects: 0 });
    status.set(path, res.status());
    if (res.ok()) pages.set(path, scan(await res.text()).ids);
  }
  return pages.get(path);
}

for (const site of ['sample', 'subpath'] as SiteName[]) {
  test(`${site}: every internal link and fragment resolves`, async ({ request }) => {
    test.setTimeout(120_000);
    const { base, pages, status, refs } = await crawl(request, siteUrl(site));
    expect(pages.size, 'pages reached from the home page').toBeGreaterThan(30);

    // Broken targets, each with how many pages link to it and one of them.
    const broken = new Map<string, { count: number; from: string }>();
    const fail = (target: string, from: string) => broken.set(target, { count: (broken.get(target)?.count ?? 0) + 1, from: broken.get(target)?.from ?? from });
    for (const ref of refs) {
      const path = ref.url.pathname;
      if (!path.startsWith(base)) fail(`${path} (outside the base ${base})`, ref.from);
      else if (status.get(path) !== 200) fail(`${path} (${status.get(path)})`, ref.from);
      else if (ref.url.hash.length > 1) {
        const id = decodeURIComponent(ref.url.hash.slice(1));
        if (!pages.get(path)?.has(id)) fail(`${path}#${id} (no such id)`, ref.from);
      }
    }
    expect([...broken].map(([target, { count, from }]) => `${target} ← ${from}${count > 1 ? ` and ${count - 1} more` : ''}`), 'broken links').toEqual([]);
    // Every kind of page was reached by following links.
    const reached = [...pages.keys()];
    for (const section of ['lessons/', 'sources/', 'themes/', 'quiz/', 'reading/']) {
      expect(reached.some((p) => p.startsWith(base + section) && p !== base + section), `a page under ${section}`).toBe(true);
    }
    for (const path of ['', 'lessons/', 'themes/', 'quiz/', 'reading/', 'search/', 'record/', 'sources/']) expect(pages.has(base + path), `${base}${path}`).toBe(true);
  });

  test(`${site}: the URLs in the data files and the feed resolve`, async ({ request }) => {
    test.setTimeout(120_000);
    const start = siteUrl(site);
    const origin = new URL(start).origin;
    const base = new URL(start).pathname;
    const pages = new Map<string, Set<string>>();
    const status = new Map<string, number>();
    const urls: string[] = [];
    const lessons = (await (await request.get(`${start}data/lessons.json`)).json()) as { url: string }[];
    urls.push(...lessons.map((l) => l.url));
    const quiz = (await (await request.get(`${start}data/quiz.json`)).json()) as { source: { url: string } }[];
    urls.push(...quiz.map((q) => q.source.url));
    const feed = await (await request.get(`${start}reading/feed.xml`)).text();
    // The feed's links are absolute on the configured --site; their paths must exist here.
    urls.push(...[...feed.matchAll(/<link[^>]*href="([^"]+)"/g)].map((m) => new URL(decode(m[1]!)).pathname + new URL(decode(m[1]!)).hash));
    expect(lessons.length).toBeGreaterThan(10);
    expect(quiz.length).toBeGreaterThan(10);

    const broken: string[] = [];
    for (const raw of new Set(urls)) {
      const url = new URL(raw, origin);
      if (!url.pathname.startsWith(base)) {
        broken.push(`${raw} (outside the base ${base})`);
        continue;
      }
      const ids = await idsOf(request, origin, url.pathname, pages, status);
      if (status.get(url.pathname) !== 200) broken.push(`${raw} (${status.get(url.pathname)})`);
      else if (url.hash.length > 1 && !ids?.has(decodeURIComponent(url.hash.slice(1)))) broken.push(`${raw} (no such id)`);
    }
    expect(broken).toEqual([]);
  });
}
