// Service worker. The precache list is written at build time by
// scripts/postbuild.mjs: every file of this build, nothing guessed at runtime.
const VERSION = '__VERSION__';
const PRECACHE = __PRECACHE__;
// Each language's catalogue, by tag. Only the ones a person reads are
// cached: the page names its language ("words" message), a language chosen
// later is cached when it is fetched, and an update carries over the
// languages the version before had.
const WORDS = __WORDS__;
const CACHE = `quads-${VERSION}`;
const isWords = (url) => Object.values(WORDS).some((w) => new URL(w, self.location).href === url);

// The languages a first visit may get (src/words/language.rs, OFFERED; a
// native test keeps this list, index.html's and the core's the same).
const OFFERED = ['en', 'es', 'de', 'fr', 'pt-BR'];

/** The language a first visit reads, by the page's own rule: installed with
 * the app, so the first visit works offline without waiting for the page. */
function firstVisitLanguage() {
  for (const l of self.navigator.languages || []) {
    const main = String(l).split(/[-_]/)[0].toLowerCase();
    const hit = OFFERED.find((t) => t.slice(0, 2) === main);
    if (hit) return hit;
  }
  return 'en';
}

async function languagesCachedBefore() {
  const tags = new Set();
  for (const key of await caches.keys()) {
    if (!key.startsWith('quads-') || key === CACHE) continue;
    for (const req of await (await caches.open(key)).keys()) {
      const m = new URL(req.url).pathname.match(/\/i18n\/(.+)-[0-9a-f]{16}\.json$/);
      if (m && WORDS[m[1]]) tags.add(m[1]);
    }
  }
  return [...tags].map((t) => WORDS[t]);
}

self.addEventListener('install', (event) => {
  // No skipWaiting here: the page asks for it when the user chooses to update.
  event.waitUntil((async () => {
    const words = new Set([WORDS[firstVisitLanguage()], ...await languagesCachedBefore()]);
    const urls = [...PRECACHE, ...[...words].filter(Boolean)];
    await (await caches.open(CACHE)).addAll(urls.map((u) => new Request(u, { cache: 'reload' })));
  })());
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
  // The page's language: keep its catalogue for offline (answers true once kept).
  const tag = event.data && event.data.words;
  if (typeof tag === 'string' && WORDS[tag]) {
    event.waitUntil(caches.open(CACHE).then(async (c) => {
      if (!(await c.match(WORDS[tag]))) await c.add(WORDS[tag]);
      return true;
    }).catch(() => false).then((kept) => event.ports[0] && event.ports[0].postMessage(kept)));
  }
});

self.addEventListener('fetch', (event) => {
  const req = event.request;
  if (req.method !== 'GET' || new URL(req.url).origin !== self.location.origin) return;
  if (req.mode === 'navigate') {
    // Every route lives in the fragment, so any navigation in scope is the app.
    event.respondWith(caches.open(CACHE).then(async (c) => (await c.match('./')) || (await c.match('./index.html')) || fetch(req)));
    return;
  }
  event.respondWith(caches.open(CACHE).then(async (c) => {
    const hit = await c.match(req, { ignoreSearch: true });
    if (hit) return hit;
    const res = await fetch(req);
    // A language chosen later is kept once fetched, for offline.
    if (res.ok && isWords(req.url)) await c.put(req, res.clone());
    return res;
  }));
});
