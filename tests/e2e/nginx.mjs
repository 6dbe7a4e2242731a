// Serves a folder with Debian's nginx and the real examples/nginx.conf, so
// the tests run against the configuration a site would use. A drop-in for
// server.mjs's serve() where only the widget is served: host pages (which
// need their HTML rewritten, or a second origin) keep using server.mjs.
// The headers are the example's own, so serve()'s `headers`, `rewrite` and
// `onServe` options are refused rather than ignored.
import { spawn } from 'node:child_process';
import { createServer } from 'node:net';
import { mkdtemp, readFile, writeFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

export const BASE_PATH = '/health/rls-check/';
export const NGINX = process.env.NGINX ?? '/usr/sbin/nginx';

const examples = new URL('../../examples/', import.meta.url).pathname;
const SITE_CONF = join(examples, 'nginx.conf');
const HEADERS_CONF = join(examples, 'nginx-headers.conf');

/** Replaces `from` with `to` exactly `count` times (or at least once when
 * count is 0), failing loudly when examples/nginx.conf no longer has it. */
function replaceIn(text, from, to, count) {
  const found = text.split(from).length - 1;
  if (found === 0 || (count && found !== count)) {
    throw new Error(`examples/nginx.conf: expected ${count || 'at least one'} of ${JSON.stringify(from)}, found ${found}; update tests/e2e/nginx.mjs with it`);
  }
  return text.replaceAll(from, to);
}

/** examples/nginx.conf's location block, serving `root` at `basePath`. */
export async function siteLocation(root, basePath = BASE_PATH) {
  if (!basePath.startsWith('/') || !basePath.endsWith('/')) throw new Error(`basePath must start and end with /: ${basePath}`);
  const dir = resolve(root).replace(/\/?$/, '/');
  let text = await readFile(SITE_CONF, 'utf8');
  text = replaceIn(text, 'location ^~ /rls-check/ {', `location ^~ ${basePath} {`, 1);
  text = replaceIn(text, 'alias /var/www/rls-check/dist/;', `alias ${dir};`, 1);
  text = replaceIn(text, 'include snippets/rls-check-headers.conf;', `include ${HEADERS_CONF};`, 0);
  return text;
}

/** A free loopback port: the kernel picks one, and it is released for nginx. */
function freePort() {
  return new Promise((ok, fail) => {
    const probe = createServer();
    probe.once('error', fail);
    probe.listen(0, '127.0.0.1', () => {
      const { port } = probe.address();
      probe.close(() => ok(port));
    });
  });
}

const running = new Set();
process.once('exit', () => {
  for (const child of running) child.kill('SIGKILL');
});

async function startOnce(root, { basePath, host, extraConf }) {
  const location = await siteLocation(root, basePath);
  const port = await freePort();
  const dir = await mkdtemp(join(tmpdir(), 'rls-nginx-'));
  const conf = join(dir, 'nginx.conf');
  // As root, nginx would run its workers as "nobody", who cannot read a
  // folder made by mkdtemp (mode 0700); they run as root here instead.
  const user = process.getuid?.() === 0 ? 'user root;\n' : '';
  await writeFile(conf, `# Written by tests/e2e/nginx.mjs
${user}worker_processes 1;
pid ${dir}/nginx.pid;
error_log ${dir}/error.log warn;
events { worker_connections 64; }
http {
    include /etc/nginx/mime.types;
    default_type application/octet-stream;
    access_log ${dir}/access.log;
    client_body_temp_path ${dir}/body;
    proxy_temp_path ${dir}/proxy;
    fastcgi_temp_path ${dir}/fastcgi;
    uwsgi_temp_path ${dir}/uwsgi;
    scgi_temp_path ${dir}/scgi;
    server {
        listen 127.0.0.1:${port};
        server_name _;
${location}
${extraConf ?? ''}
    }
}
`);
  const child = spawn(NGINX, ['-p', `${dir}/`, '-e', `${dir}/error.log`, '-c', conf, '-g', 'daemon off;'], {
    stdio: ['ignore', 'ignore', 'pipe'],
  });
  running.add(child);
  let stderr = '';
  child.stderr.on('data', (d) => (stderr += d));
  const exited = new Promise((ok) => {
    child.once('exit', (code, signal) => ok({ code, signal }));
    child.once('error', (error) => ok({ code: error.message }));
  });
  const origin = `http://${host}:${port}`;
  const cleanUp = async () => {
    running.delete(child);
    await rm(dir, { recursive: true, force: true });
  };

  // Ready when it answers at all; a failed start ends the process.
  const deadline = Date.now() + 10_000;
  for (;;) {
    const ended = await Promise.race([exited, new Promise((ok) => setTimeout(ok, 50, null))]);
    if (ended) {
      const log = await readFile(join(dir, 'error.log'), 'utf8').catch(() => '');
      await cleanUp();
      const error = new Error(`nginx exited (${ended.code ?? ended.signal}) before answering:\n${stderr}${log}`);
      error.portTaken = /Address already in use/.test(stderr + log);
      throw error;
    }
    try {
      await fetch(`http://127.0.0.1:${port}/`, { signal: AbortSignal.timeout(1000) });
      break;
    } catch {
      if (Date.now() > deadline) {
        child.kill('SIGKILL');
        await exited;
        await cleanUp();
        throw new Error(`nginx did not answer on port ${port} within 10 s:\n${stderr}`);
      }
    }
  }

  let closing;
  return {
    url: `${origin}${basePath}`,
    origin,
    conf,
    close: () =>
      (closing ??= (async () => {
        child.kill('SIGTERM');
        await exited;
        await cleanUp();
      })()),
  };
}

/**
 * Starts nginx serving `root` under `basePath` with examples/nginx.conf;
 * resolves to { url, origin, close } like server.mjs's serve(). `host` names
 * the URL's host (127.0.0.1 or localhost); nginx listens on 127.0.0.1.
 * `extraConf` is added to the server block (more locations, say).
 */
export async function serveNginx(root, { basePath = BASE_PATH, host = '127.0.0.1', extraConf, ...rest } = {}) {
  const unsupported = Object.keys(rest);
  if (unsupported.length) {
    throw new Error(`serveNginx does not support ${unsupported.join(', ')}: serve such pages with server.mjs`);
  }
  for (let attempt = 1; ; attempt++) {
    try {
      return await startOnce(root, { basePath, host, extraConf });
    } catch (error) {
      // Another process took the port between the probe and nginx's bind.
      if (!error.portTaken || attempt === 3) throw error;
    }
  }
}

export { serveNginx as serve };
