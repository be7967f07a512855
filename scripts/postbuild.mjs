// Trunk's last post_build step (Trunk.toml), in the staging directory after
// the catalogues and the split: put the JS glue and the favicon into the page, pin the
// Content-Security-Policy to the hashes of its inline script and style,
// write the service worker's exact precache list, the response headers for
// real hosts, and .br/.gz twins of every text and wasm file for servers
// that send them as they are.
// Usage: node scripts/postbuild.mjs <dir> (Trunk passes its staging dir)
import { readFile, writeFile, readdir, rm, rename } from 'node:fs/promises';
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
export const HASHED = /-[0-9a-f]{1,16}(_bg)?\.(js|wasm|css|json)$/;
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
  const all = (await walk(dist)).filter((f) => f !== 'sw.js' && !f.split('/').pop().startsWith('_') && !/\.(br|gz)$/.test(f));
  // The catalogues are not installed with the rest: only the one a person
  // reads is cached, when the page asks (public/sw.js, "words").
  const files = all.filter((f) => !f.startsWith('i18n/'));
  const words = Object.fromEntries(all.filter((f) => f.startsWith('i18n/'))
    .map((f) => [f.slice('i18n/'.length).replace(/-[0-9a-f]{16}\.json$/, ''), f]));
  const hash = createHash('sha256');
  for (const f of all) hash.update(f).update(await readFile(join(dist, f)));
  const version = hash.digest('hex').slice(0, 12);
  // './' stands for the app's own URL (navigations); index.html is served for it.
  const precache = ['./', ...files.map((f) => `./${f}`)];
  const sw = template
    .replace('__VERSION__', version)
    .replace('__PRECACHE__', JSON.stringify(precache, null, 2))
    .replace('__WORDS__', JSON.stringify(Object.fromEntries(Object.entries(words).map(([t, f]) => [t, `./${f}`])), null, 2));
  await writeFile(join(dist, 'sw.js'), sw);
  return { version, files: precache.length };
}

/** Names each language's catalogue (written by the Trunk hook as
 * `i18n/<tag>.json`) by its content hash, so it is cached a year like the
 * wasm, and writes the map from language to file into the page's word
 * loader (`__WORDS__`). The service worker gets the same map: it caches the
 * language a person reads, not all of them. */
export async function nameWords(dist) {
  const dir = join(dist, 'i18n');
  const files = {};
  for (const f of (await readdir(dir)).filter((f) => /^[A-Za-z]{2,3}(-[A-Za-z0-9]+)*\.json$/.test(f)).sort()) {
    const body = await readFile(join(dir, f));
    const tag = f.slice(0, -'.json'.length);
    const named = `${tag}-${sha('sha256', body, 'hex').slice(0, 16)}.json`;
    await rename(join(dir, f), join(dir, named));
    files[tag] = `i18n/${named}`;
  }
  if (!files.en) throw new Error('postbuild: no English catalogue in i18n/ (the Trunk hook did not run?)');
  // The static splash's two lines in each other language (English is the
  // page's own text), so a slow first visit reads its language at once.
  const plain = (parts, key, tag) => {
    if (!parts?.every((p) => typeof p === 'string')) throw new Error(`postbuild: ${tag} has no plain ${key}`);
    return parts.join('');
  };
  const splash = {};
  for (const [tag, f] of Object.entries(files)) {
    if (tag === 'en') continue;
    const cat = JSON.parse(await readFile(join(dist, f), 'utf8'));
    splash[tag] = [plain(cat['home-tagline'], 'home-tagline', tag), plain(cat['splash-loading'], 'splash-loading', tag)];
  }
  const file = join(dist, 'index.html');
  const html = await readFile(file, 'utf8');
  for (const p of ['__WORDS__', '__SPLASH__']) if (!html.includes(p)) throw new Error(`index.html has no ${p} placeholder`);
  // JSON in a script: "<" written as \u003c, so no text can close the script.
  const js = (v) => JSON.stringify(v).replaceAll('<', '\\u003c');
  await writeFile(file, html.replace('__WORDS__', js(files)).replace('__SPLASH__', js(splash)));
  return files;
}

/** Puts the wasm-bindgen glue, minified with terser (Trunk's own minifier
 * cannot parse its `export default`), into the page's module script and
 * deletes the file. On a first visit the wasm is the one big download, and
 * every request made while it travels takes a share of a slow link; the
 * page with the glue still arrives in the first round trip (decisions). */
export async function inlineGlue(dist) {
  const { minify } = await import('terser');
  const file = join(dist, 'index.html');
  let html = await readFile(file, 'utf8');
  const loader = html.match(/<script type=["']?module["']?>(\s*import init, \* as bindings from '\.\/([^']+\.js)';[\s\S]*?)<\/script>/);
  if (!loader) throw new Error("postbuild: index.html has no Trunk loader script");
  const [tag, , js] = loader;
  const wasm = loader[1].match(/module_or_path: '([^']+\.wasm)'/)?.[1];
  const glue = await readFile(join(dist, js), 'utf8');
  const init = [...glue.matchAll(/\b([A-Za-z_$][\w$]*) as default\b/g)].map((m) => m[1]);
  if (!wasm || init.length !== 1) throw new Error(`postbuild: cannot read the loader (wasm ${wasm}, init ${init})`);
  // A module script may carry exports; nothing imports them.
  const { code } = await minify(`${glue}\nawait ${init[0]}({ module_or_path: '${wasm}' });\n`, { module: true, compress: true, mangle: true });
  const preload = new RegExp(`<link[^>]*href=["']?\\./${js.replaceAll('.', '\\.')}["']?[^>]*>`);
  if (!preload.test(html)) throw new Error(`postbuild: no modulepreload link for ${js}`);
  html = html.replace(preload, '').replace(tag, () => `<script type=module>${code}</script>`);
  await writeFile(file, html);
  await rm(join(dist, js));
  return { js, bytes: code.length };
}

/** The favicon as a data: URL in the page, for the same reason as the glue:
 * one request fewer beside the wasm. The file stays for the manifest. */
export async function inlineFavicon(dist) {
  const file = join(dist, 'index.html');
  let html = await readFile(file, 'utf8');
  const link = html.match(/<link[^>]*rel=["']?icon["']?[^>]*>/)?.[0];
  const href = link?.match(/href=["']?([^"' >]+\.svg)/)?.[1];
  if (!href) throw new Error('postbuild: index.html has no SVG favicon link');
  const svg = (await readFile(join(dist, href), 'utf8')).replace(/>\s+</g, '><').trim();
  html = html.replace(link, `<link rel=icon type=image/svg+xml href="data:image/svg+xml,${encodeURIComponent(svg)}">`);
  await writeFile(file, html);
  return svg.length;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const dist = process.argv[2] || 'dist';
  const root = fileURLToPath(new URL('..', import.meta.url));
  const words = await nameWords(dist);
  console.error(`postbuild: catalogues named by hash: ${Object.values(words).join(', ')}`);
  const glue = await inlineGlue(dist);
  const icon = await inlineFavicon(dist);
  console.error(`postbuild: JS glue ${glue.js} minified into index.html (${glue.bytes} bytes); favicon inlined (${icon} bytes)`);
  const { csp, inlineScripts, inlineStyles } = await pinCsp(dist);
  const template = await readFile(join(root, 'public', 'sw.js'), 'utf8');
  const { version, files } = await writeServiceWorker(dist, template);
  console.error(`postbuild: CSP pinned to ${inlineScripts} inline script(s) and ${inlineStyles} inline style(s); sw ${version} precaches ${files} entries`);
  const { hashed } = await writeHostHeaders(dist, csp);
  // `trunk serve`'s debug build: no twins (brotli 11 over a debug wasm takes
  // minutes, and Trunk's server does not send them).
  if (process.env.TRUNK_PROFILE === 'debug') {
    console.error(`postbuild: _headers and server snippets written (${hashed} hashed files cached a year); no twins for a debug build`);
  } else {
    const { raw, br, gz } = await precompress(dist);
    console.error(`postbuild: _headers and server snippets written (${hashed} hashed files cached a year); twins: ${raw} bytes -> ${br} brotli, ${gz} gzip`);
  }
}
