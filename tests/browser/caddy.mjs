// Serves a built site with Caddy from Debian's packages and the shipped
// deploy/Caddyfile, exactly as a person hosting the app would: the
// precompressed twins, the headers, the config files refused.
import { spawn } from 'node:child_process';
import { createServer } from 'node:net';
import { resolve } from 'node:path';

async function freePort() {
  return new Promise((ok) => { const s = createServer(); s.listen(0, '127.0.0.1', () => { const p = s.address().port; s.close(() => ok(p)); }); });
}

/** Starts Caddy on a free port for `root` (a directory or a symlink to
 * one); resolves to {url, stop, restart}. Caddy reads the build's policy
 * snippet when it starts, so a deploy whose inline scripts changed restarts
 * it on the same port, as a host does (README, "A server of your own"). */
export async function startCaddy(root) {
  const port = await freePort();
  const url = `http://127.0.0.1:${port}/`;
  let proc = await run(root, port, url);
  const stop = () => new Promise((ok) => {
    if (proc.exitCode !== null || proc.signalCode !== null) return ok();
    proc.once('exit', ok);
    proc.kill();
  });
  return { url, stop, restart: async () => { await stop(); proc = await run(root, port, url); } };
}

async function run(root, port, url) {
  const env = {
    ...process.env,
    QUADS_SITE: `http://127.0.0.1:${port}`,
    QUADS_ROOT: resolve(root),
    QUADS_ADMIN: 'off',
    XDG_DATA_HOME: resolve('.tmp/caddy-data'),
    XDG_CONFIG_HOME: resolve('.tmp/caddy-config'),
  };
  const proc = spawn('caddy', ['run', '--config', 'deploy/Caddyfile', '--adapter', 'caddyfile'], { env, stdio: ['ignore', 'ignore', 'pipe'] });
  let log = '';
  proc.stderr.on('data', (d) => { log += d; });
  const deadline = Date.now() + 15000;
  for (;;) {
    if (proc.exitCode !== null) throw new Error(`caddy exited: ${log.slice(-2000)}`);
    try { if ((await fetch(url)).ok) break; } catch { /* not up yet */ }
    if (Date.now() > deadline) { proc.kill(); throw new Error(`caddy did not start: ${log.slice(-2000)}`); }
    await new Promise((r) => setTimeout(r, 100));
  }
  return proc;
}
