import { existsSync } from 'node:fs';

/** Flags for the system Chromium in a container: no sandbox, GPU, background traffic or updates. */
export const CHROMIUM_ARGS = ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync'];

/** Chromium for Playwright (tests and the benchmark): `CHROMIUM_PATH`, else Debian's `/usr/bin/chromium`. */
export function chromiumPath(): string {
  const path = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
  if (!existsSync(path)) {
    throw new Error(
      `未找到 Chromium（${path}）。请安装：sudo apt-get install -y chromium，或设置 CHROMIUM_PATH=/path/to/chrome 后重试。`,
    );
  }
  return path;
}
