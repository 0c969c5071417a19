/**
 * Serves a built site the way GitHub Pages serves a project site: under a base path, with
 * `dir` redirected to `dir/`, `dir/` answered by `dir/index.html`, and any unknown path
 * answered by the site's `404.html` with status 404. Used by `npm start` and the browser tests.
 * (A few lines of node:http rather than a library: the static servers on npm answer unknown
 * paths with their own 404 or an index fallback, not with GitHub Pages' behaviour.)
 *
 * Usage: node scripts/serve.ts [dir=dist] [--port 4321] [--base /]
 */
import { createReadStream, existsSync, statSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import { extname, join, normalize, resolve, sep } from 'node:path';
import { parseArgs } from 'node:util';
import { normalizeBase, withoutBase } from '../src/lib/util/paths.ts';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.webmanifest': 'application/manifest+json',
  '.xml': 'application/xml; charset=utf-8',
  '.wasm': 'application/wasm',
};

export interface ServeOptions {
  dir: string;
  /** Base path the site is built for, e.g. `/atlas/`. Default `/`. */
  base?: string;
  /** Port; 0 picks a free one. Default 4321. */
  port?: number;
  host?: string;
}

export interface RunningServer {
  server: Server;
  /** Origin plus base, ending in `/`: `http://127.0.0.1:4321/atlas/`. */
  url: string;
  close: () => Promise<void>;
}

export function startServer(options: ServeOptions): Promise<RunningServer> {
  const root = resolve(options.dir);
  const base = normalizeBase(options.base ?? '/');
  const notFound = join(root, '404.html');
  const server = createServer((request, response) => {
    const url = new URL(request.url ?? '/', 'http://localhost');
    const send = (status: number, file: string) => {
      response.writeHead(status, { 'Content-Type': TYPES[extname(file)] ?? 'application/octet-stream' });
      if (request.method === 'HEAD') response.end();
      else createReadStream(file).pipe(response);
    };
    const sendNotFound = () => (existsSync(notFound) ? send(404, notFound) : response.writeHead(404).end('Not found'));

    let pathname: string;
    try {
      pathname = decodeURIComponent(url.pathname);
    } catch {
      return sendNotFound();
    }
    if (`${pathname}/` === base) {
      response.writeHead(301, { Location: base });
      return response.end();
    }
    const inSite = withoutBase(base, pathname);
    if (inSite === undefined) return sendNotFound();
    const target = normalize(join(root, inSite));
    if (target !== root && !target.startsWith(root + sep)) return sendNotFound();
    if (existsSync(target) && statSync(target).isDirectory()) {
      if (!pathname.endsWith('/')) {
        response.writeHead(301, { Location: `${url.pathname}/${url.search}` });
        return response.end();
      }
      const index = join(target, 'index.html');
      return existsSync(index) ? send(200, index) : sendNotFound();
    }
    if (existsSync(target)) return send(200, target);
    return sendNotFound();
  });
  return new Promise((resolvePromise, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? 4321, options.host ?? '127.0.0.1', () => {
      const address = server.address();
      const port = typeof address === 'object' && address ? address.port : options.port;
      resolvePromise({
        server,
        url: `http://${options.host ?? '127.0.0.1'}:${port}${base}`,
        // A stopped server drops its open connections too (a browser keeps them alive), as a host that goes away does.
        close: () =>
          new Promise((done) => {
            server.close(() => done());
            server.closeAllConnections();
          }),
      });
    });
  });
}

if (import.meta.main) {
  const { values, positionals } = parseArgs({
    allowPositionals: true,
    options: { port: { type: 'string', default: '4321' }, base: { type: 'string', default: process.env.BASE_PATH ?? '/' } },
  });
  const dir = positionals[0] ?? 'dist';
  if (!existsSync(join(dir, 'index.html'))) {
    console.error(`${dir}/index.html does not exist: build the site first (npm run build).`);
    process.exit(1);
  }
  const running = await startServer({ dir, base: values.base, port: Number(values.port), host: 'localhost' });
  console.log(`Serving ${dir} at ${running.url} (Ctrl-C to stop)`);
}
