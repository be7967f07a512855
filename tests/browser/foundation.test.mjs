// Foundation: installable, offline, any path, no third parties, strict CSP,
// updates on the user's terms, data that survives export/import and damage.
import { test, after, before } from 'node:test';
import assert from 'node:assert/strict';
import { cp, mkdtemp, readFile, writeFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { launch, startServer, openApp, cspViolations, waitForController } from './lib.mjs';
import { writeServiceWorker } from '../../scripts/postbuild.mjs';

const SCREENS = ['#/', '#/routines', '#/routine/builtin-front', '#/edit/new', '#/session', '#/triage', '#/learn',
  '#/learn/trigger-points', '#/habit', '#/settings', '#/about', '#/open', '#/triage/history'];

let root, sub;
before(async () => { root = await startServer('dist'); sub = await startServer('dist', '/quads/'); });
after(() => { root.server.close(); sub.server.close(); });

async function installabilityErrors(page) {
  const cdp = await page.context().newCDPSession(page);
  const { installabilityErrors } = await cdp.send('Page.getInstallabilityErrors');
  return installabilityErrors;
}

for (const [label, srv] of [['root', () => root], ['subpath /quads/', () => sub]]) {
  test(`installable with a complete manifest (${label})`, async () => {
    const b = await launch();
    try {
      const page = await openApp(b.context, srv().url);
      await waitForController(page);
      assert.deepEqual(await installabilityErrors(page), []);
      const href = await page.getAttribute('link[rel=manifest]', 'href');
      const m = await (await page.request.get(new URL(href, page.url()).href)).json();
      for (const k of ['name', 'short_name', 'description', 'start_url', 'scope', 'theme_color', 'background_color']) assert.ok(m[k], k);
      assert.equal(m.display, 'standalone');
      assert.equal(m.start_url, './');
      assert.equal(m.scope, './');
      const sizes = m.icons.map((i) => `${i.sizes} ${i.purpose}`);
      assert.ok(sizes.includes('192x192 any') && sizes.includes('512x512 any') && sizes.includes('512x512 maskable'), sizes.join());
      for (const i of m.icons) assert.equal((await page.request.get(new URL(i.src, page.url()).href)).status(), 200, i.src);
      const apple = await page.getAttribute('link[rel=apple-touch-icon]', 'href');
      assert.equal((await page.request.get(new URL(apple, page.url()).href)).status(), 200);
      // The browser offers installation, so the in-app button appears.
      await page.getByRole('button', { name: 'Install' }).waitFor();
    } finally { await b.close(); }
  });

  test(`offline after one visit: reload, new tab, every screen (${label})`, async () => {
    const b = await launch();
    try {
      const page = await openApp(b.context, srv().url);
      await waitForController(page);
      await b.context.setOffline(true);
      await page.reload();
      await page.waitForSelector('main h1');
      const tab = await b.context.newPage();
      for (const hash of SCREENS) {
        // A cold open of a deep link, as from a bookmark or a shared link.
        await tab.goto(srv().url + hash);
        await tab.waitForSelector('main h1');
        assert.doesNotMatch(await tab.textContent('main h1'), /not found/i, hash);
      }
      assert.deepEqual(b.problems.foreign, []);
    } finally { await b.close(); }
  });
}

test('every screen: no third-party request, no CSP violation, no console error', async () => {
  const b = await launch();
  try {
    const page = await openApp(b.context, root.url);
    for (const hash of SCREENS) {
      await page.goto(root.url + hash);
      await page.waitForSelector('main h1');
      assert.deepEqual(await cspViolations(page), [], hash);
    }
    const csp = await page.getAttribute('meta[http-equiv=Content-Security-Policy]', 'content');
    assert.match(csp, /default-src 'self'/);
    assert.match(csp, /script-src 'self' 'wasm-unsafe-eval' 'sha256-[A-Za-z0-9+/=]+'/);
    assert.match(csp, /object-src 'none'/);
    assert.match(csp, /base-uri 'none'/);
    assert.doesNotMatch(csp, /'unsafe-eval'|'unsafe-inline'/);
    assert.deepEqual(b.problems.foreign, []);
    assert.deepEqual(b.problems.errors, []);
  } finally { await b.close(); }
});

test('a new version is offered, never forced, and applied on the user\'s tap', async () => {
  const a = await mkdtemp(join(tmpdir(), 'quads-a-'));
  const bdir = await mkdtemp(join(tmpdir(), 'quads-b-'));
  await cp('dist', a, { recursive: true });
  await cp('dist', bdir, { recursive: true });
  // Build B: a changed file means a new precache list and a new worker.
  const html = await readFile(join(bdir, 'index.html'), 'utf8');
  await writeFile(join(bdir, 'index.html'), html.replace('</body>', '<!-- build B -->\n</body>'));
  await writeServiceWorker(bdir, await readFile('public/sw.js', 'utf8'));
  const srv = await startServer(a);
  const b = await launch();
  try {
    const page = await openApp(b.context, srv.url);
    await waitForController(page);
    const before = await page.evaluate(() => document.documentElement.outerHTML.includes('build B'));
    assert.equal(before, false);
    srv.setRoot(bdir);
    // The app checks for updates when it becomes visible again.
    await page.evaluate(() => navigator.serviceWorker.getRegistration().then((r) => r.update()));
    const banner = page.getByText('Update available.');
    await banner.waitFor({ timeout: 15000 });
    // It waits for the user: no reload happened on its own.
    await page.waitForTimeout(1000);
    assert.equal(await page.evaluate(() => performance.getEntriesByType('navigation').length), 1);
    await Promise.all([page.waitForEvent('load'), page.getByRole('button', { name: 'Reload to update' }).click()]);
    await page.waitForSelector('main h1');
    const html2 = await page.content();
    assert.ok(html2.includes('build B'), 'the new version is running');
  } finally { await b.close(); srv.server.close(); await rm(a, { recursive: true }); await rm(bdir, { recursive: true }); }
});

test('export then import restores everything, with a preview; a bad file changes nothing', async () => {
  const b = await launch({ acceptDownloads: true });
  try {
    const page = await openApp(b.context, root.url + '#/habit');
    await page.getByRole('button', { name: 'I did it today (without the app)' }).click();
    await page.getByRole('button', { name: 'Undo today\'s mark' }).waitFor();
    await page.goto(root.url + '#/settings');
    const [dl] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Export backup (JSON)' }).click()]);
    const file = await dl.path();
    const backup = JSON.parse(await readFile(file, 'utf8'));
    assert.equal(backup.app, 'quads');
    assert.equal(backup.data.entries.length, 1);

    await page.evaluate(() => localStorage.clear());
    await page.reload();
    await page.waitForSelector('main h1');
    // A bad file: clear message, nothing changes.
    const bad = join(tmpdir(), 'quads-bad.json');
    await writeFile(bad, '{"hello": "world"}');
    await page.setInputFiles('input[type=file]', bad);
    await page.getByText('Nothing was imported').waitFor();
    assert.equal(await page.evaluate(() => localStorage.getItem('quads-data')), null);

    await page.setInputFiles('input[type=file]', file);
    const preview = page.getByRole('group', { name: 'Import preview' });
    await preview.waitFor();
    assert.match(await preview.textContent(), /1 habit entry0 routines/);
    await page.getByRole('button', { name: 'Import', exact: true }).click();
    await page.getByText(/Imported: 0 sessions, 1 habit entry,/).waitFor();
    await page.goto(root.url + '#/habit');
    await page.getByRole('button', { name: 'Undo today\'s mark' }).waitFor();
  } finally { await b.close(); }
});

test('corrupt stored data shows the recovery screen and can be downloaded first', async () => {
  const b = await launch({ acceptDownloads: true });
  try {
    const page = await openApp(b.context, root.url);
    await page.evaluate(() => localStorage.setItem('quads-data', '{"app":"quads","version":2,"data":{"sessions":[tru'));
    await page.reload();
    await page.getByRole('heading', { name: 'Your saved data could not be opened' }).waitFor();
    assert.match(await page.textContent('.problem'), /not valid JSON/);
    const [dl] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Download the saved data' }).click()]);
    assert.equal(await readFile(await dl.path(), 'utf8'), '{"app":"quads","version":2,"data":{"sessions":[tru');
    // Still untouched until the user chooses.
    assert.match(await page.evaluate(() => localStorage.getItem('quads-data')), /tru$/);
    await page.getByRole('button', { name: 'Start fresh…' }).click();
    await page.getByRole('button', { name: 'Yes, start fresh' }).click();
    await page.getByRole('heading', { name: 'Quads' }).waitFor();
  } finally { await b.close(); }
});

test('a first visit fetches the page, the wasm and one language\'s words, and no script or icon files beside them', async () => {
  const b = await launch();
  try {
    const page = b.context.pages()[0];
    const seen = [];
    let wasmDone = false;
    page.on('request', (r) => { if (!wasmDone) seen.push(new URL(r.url()).pathname.split('/').pop()); });
    page.on('requestfinished', (r) => { if (r.url().endsWith('.wasm')) wasmDone = true; });
    await page.goto(root.url);
    await page.waitForSelector('main h1');
    const files = seen.map((f) => f.replace(/-[0-9a-f]{1,16}(?=(_bg)?\.(js|wasm|json)$)/, '-HASH'));
    // The page's loader starts the words while the module starts the wasm.
    assert.deepEqual(files.slice(0, 3).sort(), ['', 'en-HASH.json', 'quads-HASH_bg.wasm'], 'the page, the words and the wasm first');
    assert.equal(files.filter((f) => f.endsWith('.json')).length, 1, `one language, fetched once: ${files}`);
    // The browser may also read the manifest and the icon it names for
    // installing; the JS glue and the favicon travel inside the page.
    assert.deepEqual(files.slice(3).filter((f) => !['manifest.webmanifest', 'icon.svg'].includes(f)), [], files.join());
    assert.match(await page.getAttribute('link[rel=icon]', 'href'), /^data:image\/svg\+xml,/);
  } finally { await b.close(); }
});

test('a cold link to a screen in a chunk fetches the chunk beside the main module, each file once', async () => {
  const hashless = (f) => f.replace(/-[0-9a-f]{1,16}(?=(_bg)?\.(js|wasm|json)$)/, '-HASH');
  for (const [hash, split] of [['#/habit', 'split-habit-HASH.wasm'], ['#/learn', 'split-triage-HASH.wasm'],
    ['#/routine/builtin-front', 'split-session-HASH.wasm'], ['#/triage/history', 'split-triage-HASH.wasm']]) {
    const b = await launch({ serviceWorkers: 'block' });
    try {
      const page = b.context.pages()[0];
      const seen = [];
      page.on('request', (r) => seen.push(new URL(r.url()).pathname.split('/').pop()));
      await page.goto(root.url + hash);
      await page.waitForSelector('main h1');
      assert.doesNotMatch(await page.textContent('main'), /could not be loaded/, hash);
      const files = seen.map(hashless);
      const main = files.indexOf('quads-HASH_bg.wasm');
      const chunks = files.filter((f) => /^(split|chunk)-/.test(f));
      assert.ok(chunks.includes(split), `${hash}: ${files}`);
      assert.deepEqual(chunks.filter((f) => f.startsWith('split-')), [split], `${hash}: only its own chunk: ${files}`);
      assert.equal(new Set(seen.filter((f) => /^(split|chunk)-/.test(f))).size, chunks.length, `${hash}: each file once: ${seen}`);
      // Announced by the page, before the main module has even been asked for.
      assert.ok(main > 0 && files.indexOf(split) < main, `${hash}: the chunk is preloaded: ${files}`);
      assert.deepEqual(b.problems.errors, [], hash);
    } finally { await b.close(); }
  }
});

test('a chunk the network drops: the screen says what happened, and Reload brings it', async () => {
  const b = await launch({ serviceWorkers: 'block' });
  try {
    const page = await openApp(b.context, root.url);
    const chunk = /\/(split|chunk)-[^/]*\.wasm$/;
    await page.route(chunk, (r) => r.abort('internetdisconnected'));
    await page.getByRole('link', { name: 'Learn', exact: true }).click();
    const alert = page.getByRole('alert').filter({ hasText: 'This screen could not be loaded' });
    await alert.waitFor();
    assert.ok(await page.getByRole('link', { name: 'Home', exact: true }).isVisible(), 'the tabs stay');
    await page.unroute(chunk);
    await Promise.all([page.waitForEvent('load'), alert.getByRole('button', { name: 'Reload' }).click()]);
    await page.waitForSelector('main h1');
    assert.equal(await page.getByRole('alert').count(), 0);
    assert.match(page.url(), /#\/learn$/);
    assert.doesNotMatch(await page.textContent('main'), /could not be loaded/);
  } finally { await b.close(); }
});

test('the static shell shows Home\'s header exactly where the app draws it', async () => {
  const b = await launch();
  try {
    const page = b.context.pages()[0];
    const hero = () => page.evaluate(() => {
      const ps = [...document.querySelectorAll('.hero p')].filter((p) => !p.classList.contains('hero-title'));
      const r = ps[0].getBoundingClientRect();
      return { text: ps[0].textContent, top: r.top, left: r.left, width: r.width, height: r.height };
    });
    // Without the wasm the shell is all there is: it must still read well.
    await page.route(/\.wasm$/, (r) => r.abort());
    await page.goto(root.url);
    await page.waitForSelector('#splash .hero');
    const shell = await hero();
    assert.match(await page.textContent('#splash'), /Loading/);
    await page.unroute(/\.wasm$/);
    await page.reload();
    await page.waitForSelector('main .hero');
    assert.equal(await page.locator('#splash').count(), 0, 'the shell is removed once the app runs');
    assert.deepEqual(await hero(), shell);
  } finally { await b.close(); }
});
