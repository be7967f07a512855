// After Trunk: pin the Content-Security-Policy to the hashes of the inline
// scripts Trunk wrote, and write the service worker's exact precache list.
// Usage: node scripts/postbuild.mjs <dist>
import { readFile, writeFile, readdir } from 'node:fs/promises';
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

/** Writes sw.js from public/sw.js with the list of every file in dist. */
export async function writeServiceWorker(dist, template) {
  const files = (await walk(dist)).filter((f) => f !== 'sw.js');
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
  const { inlineScripts, inlineStyles } = await pinCsp(dist);
  const template = await readFile(join(root, 'public', 'sw.js'), 'utf8');
  const { version, files } = await writeServiceWorker(dist, template);
  console.error(`postbuild: CSP pinned to ${inlineScripts} inline script(s) and ${inlineStyles} inline style(s); sw ${version} precaches ${files} entries`);
}
