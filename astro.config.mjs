// @ts-check
import { defineConfig } from 'astro/config';

// `npm run build` (src/cli/build.ts) passes base, site and outDir; these defaults keep a bare
// `astro build` working.
export default defineConfig({
  base: process.env.XUEXI_BASE || '/',
  site: process.env.XUEXI_SITE || 'http://localhost:4321',
  trailingSlash: 'always',
  // External stylesheets: one cached file instead of ~10 KB of CSS repeated in every page (62 MB
  // of the HTML at 1,000 documents), which Astro, Pagefind and the offline hashing all paid for.
  build: { format: 'directory', inlineStylesheets: 'never' },
  outDir: './.cache/astro-dist',
  cacheDir: './.cache/astro',
  devToolbar: { enabled: false },
  // The Content-Security-Policy is a <meta> in src/layouts/Base.astro (see src/site/csp.ts).
});
