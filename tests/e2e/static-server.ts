/**
 * A tiny HTTP server for e2e tests: pages for the content script to run on, and fake
 * endpoints (e.g. knowledge-base sync). Listens on 127.0.0.1 with an ephemeral port.
 *
 *   const server = await startStaticServer({ routes: { '/': { body: '<p>hi</p>' } } });
 *   await page.goto(server.url('/'));
 *   await server.stop();
 */
import { createServer, type IncomingHttpHeaders } from 'node:http';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import type { AddressInfo } from 'node:net';

export interface Route {
  body: string | Uint8Array;
  /** Defaults to a guess from the path's extension (HTML for none). */
  contentType?: string;
  /** Defaults to 200. */
  status?: number;
  headers?: Record<string, string>;
}

export interface StaticServerOptions {
  /** Folder to serve files from; `/` and folders map to their index.html. */
  root?: string;
  /** In-memory responses keyed by URL path (no query string); checked before `root`. */
  routes?: Record<string, Route>;
}

export interface RecordedRequest {
  method: string;
  /** Path plus query string, as sent by the client. */
  url: string;
  headers: IncomingHttpHeaders;
  body: string;
}

export interface StaticServer {
  /** e.g. `http://127.0.0.1:41234` */
  origin: string;
  /** Absolute URL for a path on this server. */
  url(pathname?: string): string;
  /** Live and mutable: tests may add or replace routes while the server runs. */
  routes: Record<string, Route>;
  /** Every request received, oldest first (e.g. to assert what a sync sent). */
  requests: RecordedRequest[];
  stop(): Promise<void>;
}

const CONTENT_TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.gif': 'image/gif',
  '.webp': 'image/webp',
  '.ico': 'image/x-icon',
};

function contentTypeFor(pathname: string): string {
  const ext = path.extname(pathname).toLowerCase();
  return ext ? (CONTENT_TYPES[ext] ?? 'application/octet-stream') : CONTENT_TYPES['.html']!;
}

export async function startStaticServer(options: StaticServerOptions = {}): Promise<StaticServer> {
  const root = options.root ? path.resolve(options.root) : undefined;
  const routes: Record<string, Route> = { ...options.routes };
  const requests: RecordedRequest[] = [];

  const server = createServer(async (req, res) => {
    const chunks: Buffer[] = [];
    for await (const chunk of req) chunks.push(chunk as Buffer);
    requests.push({
      method: req.method ?? 'GET',
      url: req.url ?? '/',
      headers: req.headers,
      body: Buffer.concat(chunks).toString('utf8'),
    });

    const send = (status: number, body: string | Uint8Array, contentType: string, headers = {}) => {
      // no-store: a test that changes a route must see the change on the next fetch.
      res.writeHead(status, { 'content-type': contentType, 'cache-control': 'no-store', ...headers });
      res.end(req.method === 'HEAD' ? undefined : body);
    };

    let pathname: string;
    try {
      pathname = decodeURIComponent(new URL(req.url ?? '/', 'http://127.0.0.1').pathname);
    } catch {
      return send(400, 'bad request', CONTENT_TYPES['.txt']!);
    }

    const route = routes[pathname];
    if (route) {
      return send(
        route.status ?? 200,
        route.body,
        route.contentType ?? contentTypeFor(pathname),
        route.headers,
      );
    }

    if (root) {
      let file = path.join(root, pathname.endsWith('/') ? `${pathname}index.html` : pathname);
      // path.join normalises `..`; refuse anything that ends up outside the root.
      if (file === root || file.startsWith(root + path.sep)) {
        try {
          return send(200, await readFile(file), contentTypeFor(file));
        } catch {
          try {
            file = path.join(file, 'index.html');
            return send(200, await readFile(file), contentTypeFor(file));
          } catch {
            // fall through to 404
          }
        }
      }
    }

    // Browsers ask for /favicon.ico on every page; answering 204 keeps a missing icon
    // from showing up as a console error in tests that assert there are none.
    if (pathname === '/favicon.ico') return send(204, '', CONTENT_TYPES['.ico']!);
    send(404, 'not found', CONTENT_TYPES['.txt']!);
  });

  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => resolve());
  });
  const { port } = server.address() as AddressInfo;
  const origin = `http://127.0.0.1:${port}`;

  return {
    origin,
    url: (pathname = '/') => new URL(pathname, origin).href,
    routes,
    requests,
    stop: () =>
      new Promise<void>((resolve, reject) => {
        // Browsers keep connections alive; without this, close() waits for them to time out.
        server.closeAllConnections();
        server.close((err) => (err ? reject(err) : resolve()));
      }),
  };
}
