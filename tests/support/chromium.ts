import { existsSync } from 'node:fs';

/** Chromium for Playwright: `CHROMIUM_PATH`, else Debian's `/usr/bin/chromium`. */
export function chromiumPath(): string {
  const path = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
  if (!existsSync(path)) {
    throw new Error(
      `未找到 Chromium（${path}）。请安装：sudo apt-get install -y chromium，或设置 CHROMIUM_PATH=/path/to/chrome 后重试。`,
    );
  }
  return path;
}
