import { test, expect, type APIRequestContext } from '@playwright/test';
import { siteUrl, type SiteName } from '../support/sites.ts';

/** The share tags of a page's HTML. */
function shareTags(html: string): { title: string; description: string; og: Map<string, string[]> } {
  const og = new Map<string, string[]>();
  for (const m of html.matchAll(/<meta property="(og:[a-z:_]+)" content="([^"]*)"/g)) og.set(m[1]!, [...(og.get(m[1]!) ?? []), m[2]!.replace(/&amp;/g, '&')]);
  return {
    title: /<title>([^<]*)<\/title>/.exec(html)?.[1] ?? '',
    description: /<meta name="description" content="([^"]*)"/.exec(html)?.[1] ?? '',
    og,
  };
}

async function lessonPaths(request: APIRequestContext, start: string): Promise<string[]> {
  const lessons = (await (await request.get(`${start}data/lessons.json`)).json()) as { url: string }[];
  return lessons.map((l) => new URL(l.url, start).pathname);
}

for (const [site, absolute] of [['sample', false], ['subpath', true]] as [SiteName, boolean][]) {
  test(`${site}: every lesson page has its share card tags, and every image they name resolves`, async ({ request }) => {
    test.setTimeout(120_000);
    const start = siteUrl(site);
    const local = new URL(start).origin;
    const checked = new Map<string, number>();
    const paths = await lessonPaths(request, start);
    expect(paths.length).toBeGreaterThan(10);
    for (const path of [...paths, new URL(start).pathname, `${new URL(start).pathname}review/`, `${new URL(start).pathname}sources/jiguan-dangjian-jianghua/`]) {
      const html = await (await request.get(local + path)).text();
      const { title, description, og } = shareTags(html);
      const isLesson = paths.includes(path);
      expect(title, path).toMatch(/学习园地$/);
      expect(description.length, `${path} description`).toBeGreaterThan(10);
      expect(og.get('og:title')?.[0], path).toBeTruthy();
      expect(og.get('og:description')?.[0], path).toBe(description);
      const images = og.get('og:image') ?? [];
      // A lesson shows its source's card first, then the site icon; other pages the icon.
      expect(images.length, path).toBe(isLesson ? 2 : path.includes('/sources/') ? 2 : 1);
      if (isLesson) {
        expect(images[0]).toMatch(/\/cards\/[a-z0-9-]+\.svg$/);
        expect(og.get('og:type')?.[0]).toBe('article');
      }
      for (const image of images) {
        if (absolute) expect(image, path).toMatch(/^https:\/\/xuexi\.example\.org\/xuexi\//);
        else expect(image, path).toMatch(/^\//);
        const url = new URL(image, local);
        // The image is served here under the same path the public URL names.
        const target = local + url.pathname;
        if (!checked.has(target)) {
          const res = await request.get(target);
          checked.set(target, res.status());
          expect(res.headers()['content-type'], target).toMatch(/^image\/(svg\+xml|png)/);
        }
        expect(checked.get(target), target).toBe(200);
      }
      if (absolute) expect(og.get('og:url')?.[0]).toBe(`https://xuexi.example.org${path}`);
      else expect(og.has('og:url')).toBe(false);
    }
  });
}

test('a source card carries the source title as text and loads no fonts or images', async ({ request }) => {
  const svg = await (await request.get(`${siteUrl('sample')}cards/jiguan-dangjian-jianghua.svg`)).text();
  expect(svg).toMatch(/^<svg xmlns="http:\/\/www\.w3\.org\/2000\/svg" width="1200" height="630"/);
  expect(svg).toContain('<title>机关党建工作会上讲话</title>');
  expect(svg).not.toMatch(/@font-face|url\(|<image|href=/);
});
