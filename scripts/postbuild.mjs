// After Trunk: pin the Content-Security-Policy to the hashes of the inline
// scripts Trunk wrote, write the service worker's exact precache list, the
// response headers for real hosts, and .br/.gz twins of every text and wasm
// file for servers that send them as they are.
// Usage: node scripts/postbuild.mjs <dist>
import { readFile, writeFile, readdir } from 'node:fs/promises';
import { brotliCompressSync, gzipSync, constants as zlib } from 'node:zlib';
import { createHash } from 'node:crypto';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';

const sha = (alg, data, enc = 'base64') => createHash(alg).update(data).digest(enc);

async function walk(dir, base = dir) {
  const out = [];
  for (const e of await readdir(dir, { withFileTypes: true })) {
    const p = join(dir, e.name);
    if (e.isDirectory()) out.push(...await walk(p, base));
    else out.push(relative(base, p).split('\\').join('/'));
  }
  return out.sort();
}

export async function pinCsp(dist) {
  const file = join(dist, 'index.html');
  let html = await readFile(file, 'utf8');
  const hashes = [...html.matchAll(/<script(?![^>]*\bsrc=)[^>]*>([\s\S]*?)<\/script>/g)]
    .map((m) => `'sha256-${sha('sha256', m[1])}'`);
  // The stylesheet is inlined (one round trip less before first paint) and
  // allowed by its hash, like the scripts: still no 'unsafe-inline'.
  const styleHashes = [...html.matchAll(/<style[^>]*>([\s\S]*?)<\/style>/g)]
    .map((m) => `'sha256-${sha('sha256', m[1])}'`);
  const csp = [
    "default-src 'self'",
    `script-src 'self' 'wasm-unsafe-eval' ${hashes.join(' ')}`.trim(),
    `style-src 'self' ${styleHashes.join(' ')}`.trim(),
    "img-src 'self' data: blob:",
    "font-src 'none'",
    "connect-src 'self'",
    "media-src 'self' blob:",
    "worker-src 'self'",
    "manifest-src 'self'",
    "object-src 'none'",
    "base-uri 'none'",
    "form-action 'none'",
  ].join('; ');
  if (!html.includes('__CSP__')) throw new Error('index.html has no __CSP__ placeholder');
  // Quoted here: the minified HTML may have dropped the quotes around the
  // placeholder, and the policy has spaces.
  html = html.replace(/(["']?)__CSP__\1/, `"${csp}"`);
  await writeFile(file, html);
  return { csp, inlineScripts: hashes.length, inlineStyles: styleHashes.length };
}

/** The headers every response gets. The policy is the page's own, plus
 * what only a header can say (`frame-ancestors`). */
export function securityHeaders(csp) {
  return {
    'Content-Security-Policy': `${csp}; frame-ancestors 'none'`,
    'X-Content-Type-Options': 'nosniff',
    'Referrer-Policy': 'no-referrer',
  };
}

// Files whose names carry their content hash never change: cached a year.
// The page, the worker and the manifest name the others, so they are
// revalidated on every visit (a cheap 304 when nothing changed).
export const HASHED = /-[0-9a-f]{16}(_bg)?\.(js|wasm|css)$/;
const REVALIDATE = ['/', '/index.html', '/sw.js', '/manifest.webmanifest'];
const YEAR = 'public, max-age=31536000, immutable';
const ALWAYS = 'no-cache';

/** Writes the host configuration that depends on this build (the policy's
 * hashes): `_headers` (Netlify, Cloudflare Pages) and the snippets
 * deploy/Caddyfile and deploy/nginx.conf include. Files starting with `_`
 * are configuration: not precached, and the shipped configs refuse them. */
export async function writeHostHeaders(dist, csp) {
  const sec = securityHeaders(csp);
  const hashed = (await walk(dist)).filter((f) => HASHED.test(f));
  const lines = ['/*', ...Object.entries(sec).map(([k, v]) => `  ${k}: ${v}`)];
  for (const f of hashed) {
    lines.push(`/${f}`, `  Cache-Control: ${YEAR}`);
    if (f.endsWith('.wasm')) lines.push('  Content-Type: application/wasm');
  }
  for (const p of REVALIDATE) lines.push(p, `  Cache-Control: ${ALWAYS}`);
  await writeFile(join(dist, '_headers'), lines.join('\n') + '\n');
  const q = (v) => v.replaceAll('"', '\\"');
  const caddy = Object.entries(sec).map(([k, v]) => `header ${k} "${q(v)}"`);
  await writeFile(join(dist, '_headers.caddy'), '# Written by scripts/postbuild.mjs for this build; imported by deploy/Caddyfile.\n' + caddy.join('\n') + '\n');
  const nginx = Object.entries(sec).map(([k, v]) => `add_header ${k} "${q(v)}" always;`);
  await writeFile(join(dist, '_headers.nginx.conf'), '# Written by scripts/postbuild.mjs for this build; included by deploy/nginx.conf.\n' + nginx.join('\n') + '\n');
  return { hashed: hashed.length };
}

/** .br and .gz twins of every text and wasm file, at the strongest
 * settings (done once per build, read many times). Configuration files
 * (`_*`) are left alone. */
export async function precompress(dist) {
  let raw = 0; let br = 0; let gz = 0;
  for (const f of await walk(dist)) {
    if (!/\.(html|js|css|wasm|json|webmanifest|svg|txt)$/.test(f) || f.split('/').pop().startsWith('_')) continue;
    const body = await readFile(join(dist, f));
    const b = brotliCompressSync(body, { params: { [zlib.BROTLI_PARAM_QUALITY]: 11, [zlib.BROTLI_PARAM_SIZE_HINT]: body.length } });
    const g = gzipSync(body, { level: 9 });
    await writeFile(join(dist, f + '.br'), b);
    await writeFile(join(dist, f + '.gz'), g);
    raw += body.length; br += b.length; gz += g.length;
  }
  return { raw, br, gz };
}

/** Writes sw.js from public/sw.js with the list of every file in dist
 * (not host configuration, nor compressed twins: the browser asks for the
 * file, and the server picks the encoding). */
export async function writeServiceWorker(dist, template) {
  const files = (await walk(dist)).filter((f) => f !== 'sw.js' && !f.split('/').pop().startsWith('_') && !/\.(br|gz)$/.test(f));
  const hash = createHash('sha256');
  for (const f of files) hash.update(f).update(await readFile(join(dist, f)));
  const version = hash.digest('hex').slice(0, 12);
  // './' stands for the app's own URL (navigations); index.html is served for it.
  const precache = ['./', ...files.map((f) => `./${f}`)];
  const sw = template
    .replace('__VERSION__', version)
    .replace('__PRECACHE__', JSON.stringify(precache, null, 2));
  await writeFile(join(dist, 'sw.js'), sw);
  return { version, files: precache.length };
}

/** Minifies the wasm-bindgen glue with terser (Trunk's own minifier cannot
 * parse its `export default`) and updates the integrity hash Trunk put on
 * its preload link, so Subresource Integrity still holds. */
export async function minifyGlue(dist) {
  const { minify } = await import('terser');
  const file = join(dist, 'index.html');
  let html = await readFile(file, 'utf8');
  let saved = 0;
  for (const f of (await readdir(dist)).filter((f) => f.endsWith('.js') && f !== 'sw.js')) {
    const path = join(dist, f);
    const before = await readFile(path, 'utf8');
    const { code } = await minify(before, { module: true, compress: true, mangle: true });
    const sri = (text) => 'sha384-' + createHash('sha384').update(text).digest('base64');
    if (!html.includes(sri(before))) throw new Error(`postbuild: no integrity hash for ${f} in index.html`);
    html = html.replaceAll(sri(before), sri(code));
    await writeFile(path, code);
    saved += before.length - code.length;
  }
  await writeFile(file, html);
  return saved;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const dist = process.argv[2] || 'dist';
  const root = fileURLToPath(new URL('..', import.meta.url));
  const saved = await minifyGlue(dist);
  console.error(`postbuild: JS glue minified (${saved} bytes less)`);
  const { csp, inlineScripts, inlineStyles } = await pinCsp(dist);
  const template = await readFile(join(root, 'public', 'sw.js'), 'utf8');
  const { version, files } = await writeServiceWorker(dist, template);
  console.error(`postbuild: CSP pinned to ${inlineScripts} inline script(s) and ${inlineStyles} inline style(s); sw ${version} precaches ${files} entries`);
  const { hashed } = await writeHostHeaders(dist, csp);
  const { raw, br, gz } = await precompress(dist);
  console.error(`postbuild: _headers and server snippets written (${hashed} hashed files cached a year); twins: ${raw} bytes -> ${br} brotli, ${gz} gzip`);
}
