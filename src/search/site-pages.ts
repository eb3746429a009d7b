import { readdir, readFile } from 'node:fs/promises';
import { join, sep } from 'node:path';

/** A built HTML page that asks to be indexed (`data-pagefind-body`). */
export interface SitePage {
  /** Path relative to the site folder, with `/` separators (`lessons/x/index.html`). */
  file: string;
  /** Site-relative URL without the base (`/lessons/x/`), as Pagefind would compute it. */
  url: string;
  html: string;
}

// The opening tag of the element that carries data-pagefind-body (attribute with or without value).
const BODY_TAG = /<[a-zA-Z][\w-]*\b[^>]*?\sdata-pagefind-body(?:\s*=\s*(?:""|''|[^\s>]*))?(?=[\s/>])[^>]*>/;

/** The URL Pagefind gives a file: `index.html` dropped, leading slash. */
export function urlOfFile(file: string): string {
  return `/${file.replace(/(^|\/)index\.html$/, '$1')}`;
}

/** Every HTML file under `siteDir` holding a `data-pagefind-body` element, sorted by path. */
export async function findSearchablePages(siteDir: string, skip: readonly string[] = ['pagefind', 'ngram']): Promise<SitePage[]> {
  const names = (await readdir(siteDir, { recursive: true }))
    .map((n) => n.split(sep).join('/'))
    .filter((n) => n.endsWith('.html') && !skip.some((s) => n === s || n.startsWith(`${s}/`)))
    .sort();
  const pages: SitePage[] = [];
  for (const file of names) {
    const html = await readFile(join(siteDir, file), 'utf8');
    if (BODY_TAG.test(html)) pages.push({ file, url: urlOfFile(file), html });
  }
  return pages;
}

/**
 * The page's HTML with a hidden page-number filter (`页`) inside its indexed body, so the
 * browser can ask Pagefind for exactly the pages the helper index found. Only the copy handed
 * to Pagefind changes; the file on disk stays as Astro wrote it.
 */
export function withPageNumber(html: string, page: number): string {
  const m = BODY_TAG.exec(html);
  if (!m) return html;
  const end = m.index + m[0].length;
  return `${html.slice(0, end)}<span hidden data-pagefind-filter="页:${page}"></span>${html.slice(end)}`;
}
