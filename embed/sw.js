// The widget's service worker. The build fills in the release and the list
// of files with their hashes, so every release has a cache of its own and
// the previous one is removed when this one takes over.
//
// A new release installs in the background and waits: it takes over on the
// next visit, when no page of the old release is open, so a check in
// progress never switches versions half-way.
const RELEASE = '__VERSION__';
const CACHE = `rls-check-${RELEASE}`;
const FILES = __FILES__;
// File hashes, for reading; any change to them changes RELEASE.
const HASHES = __HASHES__;
void HASHES;

self.addEventListener('install', (event) => {
  event.waitUntil(caches.open(CACHE).then((cache) => cache.addAll(FILES)));
});

self.addEventListener('activate', (event) => {
  event.waitUntil(
    caches
      .keys()
      .then((keys) => Promise.all(keys.filter((k) => k.startsWith('rls-check-') && k !== CACHE).map((k) => caches.delete(k))))
      .then(() => self.clients.claim()),
  );
});

// Cache first for the widget's own files; anything else goes to the network
// untouched (the widget requests nothing else).
self.addEventListener('fetch', (event) => {
  const request = event.request;
  if (request.method !== 'GET' || new URL(request.url).origin !== self.location.origin) return;
  event.respondWith(
    caches.open(CACHE).then((cache) =>
      cache.match(request, { ignoreSearch: true }).then((hit) => hit || fetch(request)),
    ),
  );
});
