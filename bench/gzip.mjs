// Options for tests/e2e/server.mjs's serve() that send files the way the
// hosted build goes out (examples/nginx.conf): everything but the PNG icons
// gzip-compressed (here at level 9, as the byte counts of the benchmark and
// of `make size` are; nginx's default level 1 would make the files a few
// per cent larger). Used where transfer time counts: the benchmark's phone
// run and Lighthouse.
import { gzipSync } from 'node:zlib';
import { extname } from 'node:path';

const COMPRESSED = new Set(['.html', '.js', '.mjs', '.css', '.wasm', '.json', '.webmanifest', '.svg']);

/**
 * `headers` (an object or a function of the file's path, as serve() takes)
 * are kept; `onServe(rel, raw, sent)` hears of every file with its size
 * and the number of bytes sent.
 */
export function gzipServing({ headers = {}, onServe } = {}) {
  const cache = new Map();
  const compressed = (rel) => COMPRESSED.has(extname(rel));
  return {
    headers: (rel) => ({
      ...(typeof headers === 'function' ? headers(rel) : headers),
      ...(compressed(rel) ? { 'content-encoding': 'gzip', vary: 'Accept-Encoding' } : {}),
    }),
    mutate: (rel, body) => {
      let sent = body;
      if (compressed(rel)) {
        const key = `${rel}:${body.length}`;
        if (!cache.has(key)) cache.set(key, gzipSync(body, { level: 9 }));
        sent = cache.get(key);
      }
      onServe?.(rel, body.length, sent.length);
      return compressed(rel) ? sent : undefined;
    },
  };
}
