import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { startPreview } from '../../src/cli/preview.ts';
import { SITES, siteDir, type SiteName } from './sites.ts';

const servers: { close(): void }[] = [];

/** Build every e2e site with the real command and serve each on 127.0.0.1 at an OS-assigned port. */
export default async function globalSetup(): Promise<() => Promise<void>> {
  for (const [name, site] of Object.entries(SITES) as [SiteName, (typeof SITES)[SiteName]][]) {
    if (!existsSync(site.content)) continue;
    const out = siteDir(name);
    if (!process.env.XUEXI_E2E_REUSE || !existsSync(`${out}/index.html`)) {
      execFileSync(process.execPath, ['src/cli/build.ts', '--content', site.content, '--out', out, '--base', site.base, '--quiet', ...('shards' in site ? ['--search-shards', String(site.shards)] : []), ...('site' in site ? ['--site', site.site] : [])], { stdio: 'inherit' });
    }
    const server = await startPreview({ dir: out, port: 0, base: site.base });
    servers.push(server);
    const address = server.address();
    const port = typeof address === 'object' && address ? address.port : 0;
    process.env[`XUEXI_E2E_${name.toUpperCase()}`] = `http://127.0.0.1:${port}${site.base}`;
  }
  return async () => {
    for (const s of servers) s.close();
  };
}
