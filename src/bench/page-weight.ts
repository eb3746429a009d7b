import { readFile, readdir, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';

/** Gzipped bytes a browser downloads for one page: its HTML, stylesheets and scripts. */
export interface PageWeight {
  /** The page, relative to the site (`lessons/a/index.html`). */
  page: string;
  html: number;
  css: number;
  js: number;
  total: number;
  /** Every file counted, relative to the site. */
  files: string[];
}

const STYLESHEET = /<link\b[^>]*\brel="stylesheet"[^>]*\bhref="([^"]+)"/g;
const SCRIPT = /<script\b[^>]*\bsrc="([^"]+)"/g;
// Static imports in Astro's bundled modules (`import"./a.js"`, `from"./b.js"`); dynamic
// `import()` loads on demand (the search runtime) and is not part of the page.
const STATIC_IMPORT = /(?:\bimport|\bfrom)\s*["'](\.{1,2}\/[^"']+)["']/g;

const gz = (bytes: Buffer) => gzipSync(bytes).length;

/**
 * The file (relative to the site) an `href`/`src` in file `from` points at: an absolute path
 * under the deployment `base`, or a relative one. Other origins are not the site's.
 */
function resolveRef(ref: string, from: string, base: string): string | undefined {
  if (/^[a-z]+:|^\/\//i.test(ref)) return undefined;
  const path = ref.split(/[?#]/)[0]!;
  if (!path.startsWith('/')) return new URL(path, `http://site/${from}`).pathname.slice(1);
  return path.startsWith(base) ? path.slice(base.length) : undefined;
}

/**
 * What `page` weighs gzipped with the stylesheets and scripts it loads, following scripts'
 * static imports (each file counted once). Files behind dynamic `import()` are left out.
 */
export async function pageWeight(siteDir: string, page: string, base = '/'): Promise<PageWeight> {
  const htmlBytes = await readFile(join(siteDir, page));
  const html = htmlBytes.toString('utf8');
  const files = new Set<string>();
  let css = 0;
  let js = 0;
  for (const m of html.matchAll(STYLESHEET)) {
    const path = resolveRef(m[1]!, page, base);
    if (path && !files.has(path)) {
      files.add(path);
      css += gz(await readFile(join(siteDir, path)));
    }
  }
  const queue = [...html.matchAll(SCRIPT)].map((m) => resolveRef(m[1]!, page, base)).filter((p) => p !== undefined);
  while (queue.length > 0) {
    const path = queue.shift()!;
    if (files.has(path)) continue;
    files.add(path);
    const bytes = await readFile(join(siteDir, path));
    js += gz(bytes);
    for (const m of bytes.toString('utf8').matchAll(STATIC_IMPORT)) {
      const next = resolveRef(m[1]!, path, base);
      if (next) queue.push(next);
    }
  }
  const htmlGz = gz(htmlBytes);
  return { page, html: htmlGz, css, js, total: htmlGz + css + js, files: [page, ...files] };
}

/** The lesson page with the largest HTML (the heaviest reading page), relative to the site. */
export async function largestLessonPage(siteDir: string): Promise<string | undefined> {
  let best: { page: string; size: number } | undefined;
  for (const name of await readdir(join(siteDir, 'lessons')).catch(() => [] as string[])) {
    const page = `lessons/${name}/index.html`;
    const size = await stat(join(siteDir, page)).then((s) => s.size, () => -1);
    if (size > (best?.size ?? -1)) best = { page, size };
  }
  return best?.page;
}
