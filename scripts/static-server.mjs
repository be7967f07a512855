// A plain static file server, like any static host: no rewrites, 404 for
// what does not exist. Used by ./scripts/serve and the browser tests.
// Usage: node scripts/static-server.mjs <dir> [port] [prefix]
import { createServer } from 'node:http';
import { readFile, stat } from 'node:fs/promises';
import { join, normalize, extname, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import { fileURLToPath } from 'node:url';

const TYPES = {
  '.html': 'text/html; charset=utf-8', '.js': 'text/javascript', '.mjs': 'text/javascript',
  '.wasm': 'application/wasm', '.css': 'text/css', '.json': 'application/json',
  '.webmanifest': 'application/manifest+json', '.png': 'image/png', '.svg': 'image/svg+xml',
  '.ico': 'image/x-icon', '.txt': 'text/plain',
};

/** Serves `dir` under `prefix` (e.g. '/quads/'); resolves to
 * {server, url, setRoot}. setRoot swaps the directory, like a new deploy.
 * `headScript` (tests only): JavaScript served at `<prefix>__test-head.js`
 * and loaded first in every HTML page, for browsers whose driver cannot
 * run a script before the page's own (WebDriver classic). */
export function serve(dir, port = 0, prefix = '/', { headScript } = {}) {
  let root = resolve(dir);
  const server = createServer(async (req, res) => {
    try {
      const path = decodeURIComponent(new URL(req.url, 'http://x').pathname);
      if (!path.startsWith(prefix)) return notFound(res);
      if (headScript && path === `${prefix}__test-head.js`) {
        res.writeHead(200, { 'content-type': 'text/javascript', 'cache-control': 'no-cache' });
        return res.end(headScript);
      }
      let file = normalize(join(root, path.slice(prefix.length)));
      if (!file.startsWith(root)) return notFound(res);
      let s = await stat(file).catch(() => null);
      if (s && s.isDirectory()) { file = join(file, 'index.html'); s = await stat(file).catch(() => null); }
      if (!s) return notFound(res);
      let body = await readFile(file);
      if (headScript && extname(file) === '.html') {
        // First thing in the page: after <head> if the (minified) page
        // kept it, else before its first element after the doctype.
        const tag = `<script src="${prefix}__test-head.js"></script>`;
        const html = String(body);
        body = Buffer.from(/<head[^>]*>/.test(html) ? html.replace(/<head[^>]*>/, (h) => h + tag)
          : html.replace(/^(<!doctype[^>]*>\s*(?:<html[^>]*>)?)/i, (d) => d + tag));
      }
      const headers = {
        'content-type': TYPES[extname(file)] || 'application/octet-stream',
        // Like a typical static host: revalidate, so a new deploy is seen.
        'cache-control': 'no-cache',
      };
      // Like a typical static host: compress text and wasm when asked to.
      if (/\.(html|js|mjs|css|wasm|json|webmanifest|svg)$/.test(file) && /\bgzip\b/.test(req.headers['accept-encoding'] || '')) {
        body = gzipSync(body);
        headers['content-encoding'] = 'gzip';
        headers['vary'] = 'accept-encoding';
      }
      res.writeHead(200, headers);
      res.end(req.method === 'HEAD' ? undefined : body);
    } catch (e) {
      res.writeHead(500); res.end(String(e));
    }
  });
  return new Promise((ok) => server.listen(port, '127.0.0.1', () => {
    ok({ server, url: `http://localhost:${server.address().port}${prefix}`, setRoot: (d) => { root = resolve(d); } });
  }));
}

function notFound(res) { res.writeHead(404, { 'content-type': 'text/plain' }); res.end('not found'); }

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const [dir = 'dist', port = '8080', prefix = '/'] = process.argv.slice(2);
  const { url } = await serve(dir, Number(port), prefix);
  console.log(`Serving ${dir} at ${url}`);
}
