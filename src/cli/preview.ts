import { createServer } from 'node:http';
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import sirv from 'sirv';
import { CliError, runCli } from './run-cli.ts';

/** Serve a built site on 127.0.0.1 (Pagefind does not work from file://). */
export function startPreview(options: { dir: string; port: number; host?: string; base?: string }) {
  const base = (options.base ?? '/').replace(/\/?$/, '/');
  const serve = sirv(options.dir, { dev: false, etag: true, dotfiles: false, extensions: ['html'] });
  const server = createServer((req, res) => {
    const url = req.url ?? '/';
    if (!url.startsWith(base)) {
      res.writeHead(302, { location: base });
      res.end();
      return;
    }
    req.url = `/${url.slice(base.length)}`;
    serve(req, res, () => {
      res.writeHead(404, { 'content-type': 'text/plain; charset=utf-8' });
      res.end('404：页面不存在');
    });
  });
  return new Promise<typeof server>((ok) => server.listen(options.port, options.host ?? '127.0.0.1', () => ok(server)));
}

if (import.meta.main) {
  await runCli(async () => {
    const { values } = parseArgs({
      options: { dir: { type: 'string', default: 'dist' }, port: { type: 'string', default: '4321' }, base: { type: 'string', default: '/' } },
    });
    const dir = resolve(values.dir);
    if (!existsSync(resolve(dir, 'index.html'))) throw new CliError(`${values.dir} 中没有构建好的站点；请先运行 npm run build`);
    const server = await startPreview({ dir, port: Number(values.port), base: values.base });
    const address = server.address();
    const port = typeof address === 'object' && address ? address.port : values.port;
    console.log(`预览：http://127.0.0.1:${port}${values.base.replace(/\/?$/, '/')}（Ctrl+C 退出）`);
  });
}
