// A static file server for dist/ on loopback, mounted under a sub-path so
// that the tests prove the build uses relative URLs.
import { createServer } from 'node:http';
import { readFile } from 'node:fs/promises';
import { extname, join, normalize } from 'node:path';

const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.wasm': 'application/wasm',
  '.json': 'application/json',
  '.webmanifest': 'application/manifest+json',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
};

export const BASE_PATH = '/health/rls-check/';

/**
 * Starts serving `root` under `basePath`; resolves to { url, origin, close }.
 * `headers` are added to every response; `rewrite(rel, text)` may change
 * the text of HTML files; `host` names the URL's host (127.0.0.1 or
 * localhost, which are different origins). `onServe(rel, body)` hears of
 * every file served, for byte counts.
 */
export async function serve(root, { basePath = BASE_PATH, headers = {}, rewrite, host = '127.0.0.1', onServe } = {}) {
  const server = createServer(async (req, res) => {
    const path = decodeURIComponent(new URL(req.url, 'http://x').pathname);
    if (!path.startsWith(basePath)) {
      res.writeHead(404).end('not found');
      return;
    }
    let rel = normalize(path.slice(basePath.length));
    if (rel === '.' || rel === '' || rel.endsWith('/')) rel = join(rel, 'index.html');
    if (rel.startsWith('..')) {
      res.writeHead(403).end();
      return;
    }
    try {
      let body = await readFile(join(root, rel));
      if (rewrite && rel.endsWith('.html')) body = rewrite(rel, body.toString('utf8'));
      onServe?.(rel, body);
      res.writeHead(200, {
        'content-type': TYPES[extname(rel)] ?? 'application/octet-stream',
        'cache-control': 'no-store',
        ...headers,
      });
      res.end(body);
    } catch {
      res.writeHead(404).end('not found');
    }
  });
  await new Promise((ok) => server.listen(0, '127.0.0.1', ok));
  const { port } = server.address();
  return {
    url: `http://${host}:${port}${basePath}`,
    origin: `http://${host}:${port}`,
    close: () =>
      new Promise((ok) => {
        server.close(ok);
        server.closeAllConnections();
      }),
  };
}
