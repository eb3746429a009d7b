import { readFile, stat } from 'node:fs/promises';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import { extname, join, normalize, sep } from 'node:path';
import { DEV_CLIENT_PATH, DEV_CLIENT_SCRIPT, DEV_EVENTS_PATH } from './client-script.ts';
import { errorPage } from './error-page.ts';
import type { DevEvents, DevState } from './events.ts';
import { injectDevClient } from './inject.ts';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.xml': 'application/atom+xml; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.webmanifest': 'application/manifest+json',
  '.wasm': 'application/wasm',
  '.csv': 'text/csv; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
};

/**
 * The dev server's stand-in for the site's service worker: it removes any worker an earlier
 * visit installed (a preview of the built site on the same port, say) and handles nothing, so
 * every reload shows the latest build.
 */
const NO_WORKER = "self.addEventListener('install', () => self.skipWaiting());\nself.addEventListener('activate', (event) => event.waitUntil(self.registration.unregister()));\n";

/** Options of `startDevServer`. */
export interface DevServerOptions {
  /** The folder the builds write (replaced whole by each successful one). */
  dir: string;
  port: number;
  host?: string;
  events: DevEvents;
  /** The state the pages are told (version of the site served, last build's errors). */
  state: () => DevState;
  /** Whether a build has succeeded yet (before that, the error page is served). */
  ready: () => boolean;
}

/** The file under `dir` for a URL path, or `undefined` when the path leaves it. */
export function fileFor(dir: string, pathname: string): string | undefined {
  let path: string;
  try {
    path = decodeURIComponent(pathname);
  } catch {
    return undefined;
  }
  if (path.includes('\0')) return undefined;
  const relative = normalize(path.endsWith('/') ? `${path}index.html` : path).replace(/^[/\\]+/, '');
  if (relative.split(sep).includes('..')) return undefined;
  return join(dir, relative);
}

async function send(res: ServerResponse, status: number, type: string, body: string | Uint8Array): Promise<void> {
  res.writeHead(status, { 'content-type': type, 'cache-control': 'no-store' });
  res.end(body);
}

async function handle(options: DevServerOptions, req: IncomingMessage, res: ServerResponse): Promise<void> {
  const url = new URL(req.url ?? '/', 'http://localhost');
  if (url.pathname === DEV_EVENTS_PATH) return options.events.attach(req, res);
  if (url.pathname === DEV_CLIENT_PATH) return send(res, 200, TYPES['.js']!, DEV_CLIENT_SCRIPT);
  if (url.pathname === '/sw.js') return send(res, 200, TYPES['.js']!, NO_WORKER);
  const { version, errors } = options.state();
  if (!options.ready()) return send(res, 503, TYPES['.html']!, errorPage(errors, version));
  const file = fileFor(options.dir, url.pathname);
  const info = file ? await stat(file).catch(() => undefined) : undefined;
  if (file && info?.isDirectory()) {
    // The site's links end in a slash (trailingSlash: 'always').
    res.writeHead(301, { location: `${url.pathname}/${url.search}` });
    res.end();
    return;
  }
  if (!file || !info?.isFile()) return send(res, 404, TYPES['.html']!, injectDevClient('<!doctype html><html lang="zh-CN"><head><meta charset="utf-8"><title>404</title></head><body><h1>404：页面不存在</h1></body></html>', version));
  const type = TYPES[extname(file)] ?? 'application/octet-stream';
  const body = await readFile(file);
  await send(res, 200, type, type.startsWith('text/html') ? injectDevClient(body.toString('utf8'), version) : body);
}

/** Serve the dev build on `host:port` (default 127.0.0.1), with the reload client and its events. */
export function startDevServer(options: DevServerOptions): Promise<Server> {
  const server = createServer((req, res) => {
    handle(options, req, res).catch(() => {
      // The folder was being swapped for a new build: ask again shortly.
      if (!res.headersSent) send(res, 503, 'text/plain; charset=utf-8', '正在更新，请稍候刷新');
    });
  });
  return new Promise((ok, fail) => {
    server.once('error', fail);
    server.listen(options.port, options.host ?? '127.0.0.1', () => ok(server));
  });
}
