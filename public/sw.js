// Service worker. The precache list is written at build time by
// scripts/postbuild.mjs: every file of this build, nothing guessed at runtime.
const VERSION = '__VERSION__';
const PRECACHE = __PRECACHE__;
const CACHE = `quads-${VERSION}`;

self.addEventListener('install', (event) => {
  // No skipWaiting here: the page asks for it when the user chooses to update.
  event.waitUntil(caches.open(CACHE).then((c) => c.addAll(PRECACHE.map((u) => new Request(u, { cache: 'reload' })))));
});

self.addEventListener('activate', (event) => {
  event.waitUntil((async () => {
    for (const key of await caches.keys()) {
      if (key.startsWith('quads-') && key !== CACHE) await caches.delete(key);
    }
    await self.clients.claim();
  })());
});

self.addEventListener('message', (event) => {
  if (event.data === 'skip-waiting') self.skipWaiting();
  if (event.data === 'version' && event.ports[0]) event.ports[0].postMessage(VERSION);
});

self.addEventListener('fetch', (event) => {
  const req = event.request;
  if (req.method !== 'GET' || new URL(req.url).origin !== self.location.origin) return;
  if (req.mode === 'navigate') {
    // Every route lives in the fragment, so any navigation in scope is the app.
    event.respondWith(caches.open(CACHE).then(async (c) => (await c.match('./')) || (await c.match('./index.html')) || fetch(req)));
    return;
  }
  event.respondWith(caches.open(CACHE).then(async (c) => (await c.match(req, { ignoreSearch: true })) || fetch(req)));
});
