// @ts-check
import { defineConfig } from 'astro/config';

// The build CLI (src/cli/build.ts) sets these; defaults keep `astro build` usable on its own.
const base = process.env.XUEXI_BASE || '/';

export default defineConfig({
  base,
  trailingSlash: 'always',
  build: { format: 'directory', inlineStylesheets: 'always' },
  outDir: process.env.XUEXI_ASTRO_OUT || './.cache/astro-dist',
  cacheDir: './.cache/astro',
  devToolbar: { enabled: false },
  telemetry: false,
});
