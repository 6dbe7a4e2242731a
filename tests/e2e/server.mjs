// A static file server for dist/ on loopback, mounted under a sub-path so
// that the tests prove the build uses relative URLs.
import { createServer } from 'node:http';
import { createHash } from 'node:crypto';
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

/** Returned by `mutate` to cut the connection half-way through a file. */
export const DROP = Symbol('drop the connection');

/**
 * Starts serving `root` under `basePath`; resolves to { url, origin, close }.
 * `headers` are added to every response (an object, or a function of the
 * file's path that returns one); `rewrite(rel, text)` may change the text
 * of HTML files; `host` names the URL's host (127.0.0.1 or localhost, which
 * are different origins). `onServe(rel, body)` hears of every file served,
 * for byte counts. `mounts` ({ '/other/path/': otherRoot }) serves more
 * roots from the same origin. `mutate(rel, body, req)` sees every file
 * before it is sent and may return other bytes to send, an HTTP status to
 * answer with instead (an empty body), or DROP to send the headers and half
 * the file and then cut the connection; anything else sends the file as is.
 */
export async function serve(root, { basePath = BASE_PATH, headers = {}, rewrite, host = '127.0.0.1', onServe, mounts = {}, mutate } = {}) {
  const roots = Object.entries({ ...mounts, [basePath]: root }).sort(([a], [b]) => b.length - a.length);
  const server = createServer(async (req, res) => {
    const path = decodeURIComponent(new URL(req.url, 'http://x').pathname);
    const mount = roots.find(([base]) => path.startsWith(base));
    if (!mount) {
      res.writeHead(404).end('not found');
      return;
    }
    const [base, dir] = mount;
    let rel = normalize(path.slice(base.length));
    if (rel === '.' || rel === '' || rel.endsWith('/')) rel = join(rel, 'index.html');
    if (rel.startsWith('..')) {
      res.writeHead(403).end();
      return;
    }
    let body;
    try {
      body = await readFile(join(dir, rel));
      if (rewrite && rel.endsWith('.html')) body = rewrite(rel, body.toString('utf8'));
    } catch {
      res.writeHead(404).end('not found');
      return;
    }
    const changed = mutate?.(rel, body, req);
    if (typeof changed === 'number') {
      res.writeHead(changed, { 'cache-control': 'no-store' }).end();
      return;
    }
    if (typeof changed === 'string' || Buffer.isBuffer(changed)) body = changed;
    onServe?.(rel, body);
    const bytes = Buffer.from(body);
    res.writeHead(200, {
      'content-type': TYPES[extname(rel)] ?? 'application/octet-stream',
      'content-length': bytes.length,
      'cache-control': 'no-store',
      ...(typeof headers === 'function' ? headers(rel) : headers),
    });
    if (changed === DROP) res.write(bytes.subarray(0, bytes.length >> 1), () => res.destroy());
    else res.end(bytes);
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

/**
 * The text of the service worker of a new release of the build in `dir`:
 * its `sw.js` with the SHA-256 of each file in `changes` ({ 'index.html':
 * newText }) replaced by that of the new bytes, and its release id by
 * `release`. Serve or write it together with the changed files.
 */
export async function nextWorker(dir, changes, release) {
  const sha256 = (bytes) => createHash('sha256').update(bytes).digest('base64');
  let worker = await readFile(join(dir, 'sw.js'), 'utf8');
  const ids = worker.match(/"[0-9a-f]{16}"/g) ?? [];
  if (ids.length !== 1) throw new Error(`nextWorker: expected one release id in ${dir}/sw.js, found ${ids.length}`);
  worker = worker.replace(ids[0], JSON.stringify(release));
  for (const [rel, bytes] of Object.entries(changes)) {
    const old = sha256(await readFile(join(dir, rel)));
    if (!worker.includes(`"${old}"`)) throw new Error(`nextWorker: ${rel} is not in the precache list of ${dir}/sw.js`);
    worker = worker.replaceAll(`"${old}"`, JSON.stringify(sha256(bytes)));
  }
  return worker;
}

/** The release id in the name of a cache of the widget (`rls-check:<path>:<release>`). */
export const releaseOf = (cacheName) => cacheName.slice(cacheName.lastIndexOf(':') + 1);
