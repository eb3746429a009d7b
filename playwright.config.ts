import { defineConfig } from '@playwright/test';
import { CHROMIUM_ARGS, chromiumPath } from './src/shared/chromium.ts';

// Browser downloads are impossible on these machines: use the system Chromium (Debian's package).
export default defineConfig({
  testDir: './tests/e2e',
  globalSetup: './tests/support/global-setup.ts',
  timeout: 30_000,
  expect: { timeout: 10_000 },
  fullyParallel: true,
  workers: 2,
  retries: process.env.CI ? 1 : 0,
  reporter: process.env.CI ? [['list']] : [['list']],
  use: {
    browserName: 'chromium',
    locale: 'zh-CN',
    launchOptions: {
      executablePath: chromiumPath(),
      args: [...CHROMIUM_ARGS, '--disable-quic', '--no-first-run'],
    },
    trace: 'off',
  },
  projects: [
    { name: 'site', testIgnore: /dev\.spec\.ts$/ },
    // The dev server's 3-second reload is a timing target: measure it alone, after the rest,
    // not while another worker loads pages on a throttled CPU.
    { name: 'dev-server', testMatch: /dev\.spec\.ts$/, dependencies: ['site'] },
  ],
});
