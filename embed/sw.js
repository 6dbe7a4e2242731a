// The widget's service worker. The build fills in the release and every
// file of it with the SHA-256 of its bytes (base64), './' being index.html.
//
// Installing fetches each file from the network, past the HTTP cache, and
// checks it against its hash; only when every file has arrived and matches
// is the release stored. A failed fetch or a changed byte fails the install
// and leaves no cache of this release behind, so the previous release's
// worker and cache keep serving.
//
// A new release installs in the background and waits: it takes over on the
// next visit, when no page of the old release is open, so a check in
// progress never switches versions half-way. Caches are named after the
// deployment's path (the worker's scope) and the release, and a release
// only removes the other releases of its own path: copies of the widget at
// other paths of the same origin keep theirs.
const RELEASE = '__VERSION__';
const FILES = __FILES__;
const SCOPE = `rls-check:${new URL(self.registration.scope).pathname}:`;
const CACHE = SCOPE + RELEASE;

const base64 = (bytes) => btoa(String.fromCharCode(...new Uint8Array(bytes)));

async function fetchChecked([url, hash]) {
  const response = await fetch(url, { cache: 'reload' });
  if (!response.ok) throw new Error(`rls-check: ${url} answered HTTP ${response.status}`);
  const digest = await crypto.subtle.digest('SHA-256', await response.clone().arrayBuffer());
  if (base64(digest) !== hash) throw new Error(`rls-check: ${url} does not match release ${RELEASE}`);
  return [url, response];
}

self.addEventListener('install', (event) => {
  event.waitUntil(
    Promise.all(Object.entries(FILES).map(fetchChecked)).then(async (files) => {
      // Anything left of an interrupted attempt at this release goes first;
      // a failure while storing removes the cache again.
      await caches.delete(CACHE);
      try {
        const cache = await caches.open(CACHE);
        await Promise.all(files.map(([url, response]) => cache.put(url, response)));
      } catch (error) {
        await caches.delete(CACHE);
        throw error;
      }
    }),
  );
});

// The other releases of this path go (a name is `rls-check:<path>:<release>`),
// and so does a cache of the earlier naming, `rls-check-<release>`, that
// holds this path's page; other paths' caches stay.
const stale = async (name) =>
  name !== CACHE &&
  (name.slice(0, name.lastIndexOf(':') + 1) === SCOPE ||
    (name.startsWith('rls-check-') && Boolean(await caches.match(self.registration.scope, { cacheName: name }))));

self.addEventListener('activate', (event) => {
  event.waitUntil(
    caches
      .keys()
      .then((keys) => Promise.all(keys.map(async (name) => (await stale(name)) && caches.delete(name))))
      .then(() => self.clients.claim()),
  );
});

// Cache first for the widget's own files; anything else goes to the network
// untouched (the widget requests nothing else).
self.addEventListener('fetch', (event) => {
  const request = event.request;
  if (request.method !== 'GET' || new URL(request.url).origin !== self.location.origin) return;
  event.respondWith(
    caches.match(request, { cacheName: CACHE, ignoreSearch: true }).then((hit) => hit || fetch(request)),
  );
});
