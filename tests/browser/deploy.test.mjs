// A real host: Caddy from Debian's packages with the shipped deploy/Caddyfile
// serves the build. The headers are as declared, the wasm comes brotli'd with
// its type, the service worker installs, a second build is offered and applied
// on the person's tap, and the app then works offline.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { cp, mkdtemp, readFile, writeFile, rm, symlink, rename, readdir } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { execFileSync } from 'node:child_process';
import { join } from 'node:path';
import { launch, openApp, waitForController } from './lib.mjs';
import { startCaddy } from './caddy.mjs';
import { writeServiceWorker, writeHostHeaders, precompress, pinCsp, HASHED } from '../../scripts/postbuild.mjs';

let work, caddy, wasmName;
const site = () => join(work, 'site');

/** Points the served symlink at `dir`, atomically, as a deploy would, and
 * restarts the server so it reads the build's policy (caddy.mjs). */
async function deploy(dir) {
  const tmp = join(work, 'site.new');
  await symlink(dir, tmp);
  await rename(tmp, site());
  await caddy?.restart();
}

before(async () => {
  work = await mkdtemp(join(tmpdir(), 'quads-deploy-'));
  await cp('dist', join(work, 'a'), { recursive: true });
  await deploy(join(work, 'a'));
  wasmName = (await readdir('dist')).find((f) => f.endsWith('.wasm'));
  caddy = await startCaddy(site());
});
after(async () => { await caddy?.stop(); await rm(work, { recursive: true, force: true }); });

/** The policy in the page's meta tag (attributes in any order). */
const metaCsp = (html) => html.match(/<meta[^>]*Content-Security-Policy[^>]*>/)[0].match(/content="([^"]+)"/)[1];

const get = (path, encoding = 'br, gzip') => fetch(caddy.url + path, { headers: { 'accept-encoding': encoding } });

test('headers as declared: policy, nosniff, referrer, caching, encodings, types', async () => {
  const html = await readFile('dist/index.html', 'utf8');
  const page = await get('');
  assert.equal(page.status, 200);
  assert.equal(page.headers.get('content-security-policy'), `${metaCsp(html)}; frame-ancestors 'none'`);
  assert.equal(page.headers.get('x-content-type-options'), 'nosniff');
  assert.equal(page.headers.get('referrer-policy'), 'no-referrer');
  assert.equal(page.headers.get('cache-control'), 'no-cache');
  assert.equal(page.headers.get('content-encoding'), 'br');
  for (const p of ['index.html', 'sw.js', 'manifest.webmanifest']) {
    const r = await get(p);
    assert.equal(r.headers.get('cache-control'), 'no-cache', p);
    assert.match(r.headers.get('content-security-policy'), /frame-ancestors 'none'/, p);
  }
  const wasm = await get(wasmName);
  assert.equal(wasm.status, 200);
  assert.equal(wasm.headers.get('content-type'), 'application/wasm');
  assert.equal(wasm.headers.get('content-encoding'), 'br');
  assert.equal(wasm.headers.get('cache-control'), 'public, max-age=31536000, immutable');
  const body = Buffer.from(await wasm.arrayBuffer());
  assert.deepEqual([...body.subarray(0, 4)], [0, 0x61, 0x73, 0x6d], 'decoded, it is the module');
  assert.equal(body.length, (await readFile(join('dist', wasmName))).length);
  const gz = await get(wasmName, 'gzip');
  assert.equal(gz.headers.get('content-encoding'), 'gzip');
  const plain = await get(wasmName, 'identity');
  assert.equal(plain.headers.get('content-encoding'), null);
  // The JS glue travels inside the page: no file of its own to cache.
  assert.deepEqual((await readdir('dist')).filter((f) => f.endsWith('.js') && f !== 'sw.js'), []);
  for (const p of ['_headers', '_headers.caddy', '_headers.nginx.conf']) {
    assert.equal((await get(p)).status, 404, `${p} is not served`);
  }
});

test('_headers (Netlify, Cloudflare Pages) says the same as the server', async () => {
  const h = await readFile('dist/_headers', 'utf8');
  const html = await readFile('dist/index.html', 'utf8');
  assert.ok(h.startsWith('/*\n'));
  assert.ok(h.includes(`  Content-Security-Policy: ${metaCsp(html)}; frame-ancestors 'none'\n`));
  assert.ok(h.includes(`/${wasmName}\n  Cache-Control: public, max-age=31536000, immutable\n  Content-Type: application/wasm\n`));
  assert.ok(h.includes('/sw.js\n  Cache-Control: no-cache\n'));
  const sw = await readFile('dist/sw.js', 'utf8');
  assert.doesNotMatch(sw, /_headers|\.br"|\.gz"/, 'the precache list has no configuration and no twins');
});

/** Another build made from build A as a deploy would bring it: a marker in
 * the page, and every chunk of the wasm under a new hashed name (build A's
 * are gone from the server), with its policy, worker, headers and twins
 * rewritten by the same code the build runs. */
async function nextBuild(name, marker) {
  const dir = join(work, name);
  await cp(join(work, 'a'), dir, { recursive: true });
  let html = await readFile(join(dir, 'index.html'), 'utf8');
  const chunks = (await readdir(dir)).filter((f) => /^(split|chunk)-.*\.wasm$/.test(f));
  assert.ok(chunks.length >= 3, `the build has chunks: ${chunks}`);
  for (const f of chunks) {
    const renamed = f.replace(/-([0-9a-f]{16})\.wasm$/, (_, h) => `-${[...h].reverse().join('')}.wasm`);
    assert.ok(html.includes(f), `the page names ${f}`);
    html = html.replaceAll(f, renamed);
    await rename(join(dir, f), join(dir, renamed));
    for (const twin of ['.br', '.gz']) await rm(join(dir, f + twin));
  }
  html = html.replace('</body>', `<!-- ${marker} -->\n</body>`).replace(/content="([^"]*script-src[^"]*)"/, 'content=__CSP__');
  await writeFile(join(dir, 'index.html'), html);
  const { csp } = await pinCsp(dir);
  await writeServiceWorker(dir, await readFile('public/sw.js', 'utf8'));
  await writeHostHeaders(dir, csp);
  await precompress(dir);
  return dir;
}

test('installs, takes a new deploy on the person\'s tap, then works offline', async () => {
  const bdir = await nextBuild('b', 'build B');
  await deploy(join(work, 'a'));
  const b = await launch();
  try {
    const page = await openApp(b.context, caddy.url);
    await waitForController(page);
    assert.equal(await page.evaluate(() => document.documentElement.outerHTML.includes('build B')), false);
    await deploy(bdir);
    // A screen in a chunk, opened for the first time under build A's page
    // with build B on the server: build A's chunk, from its worker's cache.
    await page.getByRole('link', { name: 'Habit', exact: true }).click();
    await page.getByRole('heading', { name: 'Your habit' }).waitFor();
    await page.getByRole('link', { name: 'Home', exact: true }).click();
    await page.evaluate(() => navigator.serviceWorker.getRegistration().then((r) => r.update()));
    await page.getByText('Update available.').waitFor({ timeout: 15000 });
    await page.waitForTimeout(500);
    assert.equal(await page.evaluate(() => performance.getEntriesByType('navigation').length), 1, 'not reloaded on its own');
    await Promise.all([page.waitForEvent('load'), page.getByRole('button', { name: 'Reload to update' }).click()]);
    await page.waitForSelector('main h1');
    assert.ok((await page.content()).includes('build B'), 'the new version is running');
    await waitForController(page);
    await b.context.setOffline(true);
    await page.goto(caddy.url + '#/habit');
    await page.waitForSelector('main h1');
    assert.equal(await page.locator('main h1').textContent(), 'Your habit');
    assert.ok((await page.content()).includes('build B'), 'offline, the new version');
    assert.deepEqual(b.problems.errors.filter((e) => !/ERR_INTERNET_DISCONNECTED/.test(e)), []);
  } finally { await b.close(); }
});

test('with no service worker, a chunk gone in a deploy says so, and its Reload opens the new build', async () => {
  const cdir = await nextBuild('c', 'build C');
  await deploy(join(work, 'a'));
  const b = await launch({ serviceWorkers: 'block' });
  try {
    const page = await openApp(b.context, caddy.url);
    await deploy(cdir);
    await page.getByRole('link', { name: 'Habit', exact: true }).click();
    const alert = page.getByRole('alert').filter({ hasText: 'This screen could not be loaded' });
    await alert.waitFor();
    // The rest of the app is still there: the tabs answer.
    assert.ok(await page.getByRole('link', { name: 'Home', exact: true }).isVisible());
    await Promise.all([page.waitForEvent('load'), alert.getByRole('button', { name: 'Reload' }).click()]);
    await page.getByRole('heading', { name: 'Your habit' }).waitFor();
    assert.ok((await page.content()).includes('build C'), 'the new build is running');
  } finally { await b.close(); }
});

test('every name Trunk gives a hashed file is cached as one, by the build and by both servers', async () => {
  // Trunk names files with its hash as plain hex, leading zeros dropped: 1 to
  // 16 digits (a 15-digit one is one build in sixteen).
  for (const n of ['quads-c15c8fb00d10858_bg.wasm', 'quads-c15c8fb00d10858.js', 'quads-68c6562a78bab20a_bg.wasm', 'quads-7f.css',
    'split-habit-2f11ac370de0855c.wasm', 'chunk-4-cc318fe3e9b6ee50.wasm']) {
    assert.ok(HASHED.test(n), n);
  }
  for (const n of ['sw.js', 'index.html', 'manifest.webmanifest', 'iliacus-left.svg', 'quads-notahash.js']) {
    assert.ok(!HASHED.test(n), n);
  }
  // The shipped server configs use the same pattern.
  for (const f of ['deploy/Caddyfile', 'deploy/nginx.conf']) {
    assert.ok((await readFile(f, 'utf8')).includes(HASHED.source), `${f} has ${HASHED.source}`);
  }
});

test('the shipped nginx config, with this build\'s policy snippet, loads in nginx', async () => {
  // nginx -t parses everything and opens what it includes. Only the TLS lines
  // are taken out (no certificate here); the brotli module is Debian's.
  const dir = await mkdtemp(join(tmpdir(), 'quads-nginx-'));
  try {
    const conf = (await readFile('deploy/nginx.conf', 'utf8'))
      .replace(/listen 443 ssl http2;/, 'listen 127.0.0.1:8443;')
      .replace(/^\s*ssl_certificate.*$/gm, '')
      .replaceAll('/srv/quads', join(process.cwd(), 'dist'));
    await writeFile(join(dir, 'quads.conf'), conf);
    await writeFile(join(dir, 'nginx.conf'), `pid ${dir}/pid;\nerror_log ${dir}/error.log;\n`
      + 'include /etc/nginx/modules-enabled/*.conf;\nevents {}\n'
      + `http { access_log off; include ${dir}/quads.conf; }\n`);
    const out = execFileSync('nginx', ['-t', '-c', join(dir, 'nginx.conf')], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });
    assert.equal(out, '');
  } finally { await rm(dir, { recursive: true, force: true }); }
});
