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
  security: {
    // Pasted HTML is sanitised at build time; the CSP is the second wall. Pagefind compiles
    // WebAssembly ('wasm-unsafe-eval') and the service worker must come from our own origin.
    csp: {
      directives: [
        "default-src 'self'",
        "img-src 'self' data:",
        "font-src 'self'",
        "connect-src 'self'",
        "worker-src 'self' blob:",
        "manifest-src 'self'",
        "object-src 'none'",
        "base-uri 'self'",
        "form-action 'self'",
      ],
      scriptDirective: { resources: ["'self'", "'wasm-unsafe-eval'"] },
      // The stylesheets are files under /_astro/ (see build.inlineStylesheets).
      styleDirective: { resources: ["'self'"] },
    },
  },
});
