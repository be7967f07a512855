// WebKit, Safari's engine, for the browser tests: Debian's WebKitGTK
// MiniBrowser driven over W3C WebDriver (selenium-webdriver as the client)
// under a virtual display. Each `launchWebKit` is a fresh browser with
// empty storage. Page errors are collected by a script the test server
// loads before the app's own, since classic WebDriver cannot add one.
import { Builder, By, Key } from 'selenium-webdriver';
import { spawn } from 'node:child_process';
import { createServer } from 'node:net';
import { serve } from '../../scripts/static-server.mjs';
import { shiftScript } from './clock_shift.mjs';

export { By, Key };

const MINIBROWSER = '/usr/lib/x86_64-linux-gnu/webkit2gtk-4.1/MiniBrowser';

// Runs first in every page: records uncaught errors, rejected promises and
// console.error, counts the sound sources the page starts, and keeps the
// media elements it plays.
// With QUADS_TEST_NOW, it first moves the page's wall clock (clock_shift.mjs).
const HEAD = shiftScript + `(() => {
  const errors = window.__pageErrors = [];
  addEventListener('error', (e) => errors.push('error: ' + (e.message || e.type) + ' ' + (e.filename || '') + ':' + (e.lineno || '')));
  addEventListener('unhandledrejection', (e) => errors.push('unhandled rejection: ' + (e.reason && (e.reason.stack || e.reason.message) || e.reason)));
  const ce = console.error.bind(console);
  console.error = (...a) => { errors.push('console.error: ' + a.map(String).join(' ')); ce(...a); };
  window.__sourcesStarted = 0;
  if (window.OscillatorNode) {
    const start = OscillatorNode.prototype.start;
    OscillatorNode.prototype.start = function (...a) { window.__sourcesStarted++; return start.apply(this, a); };
  }
  window.__media = [];
  const play = HTMLMediaElement.prototype.play;
  HTMLMediaElement.prototype.play = function () { if (!window.__media.includes(this)) window.__media.push(this); return play.call(this); };
})();`;

/** The test server for WebKit: dist/ with the error collector in every page. */
export function startWebKitServer(dir = 'dist', prefix = '/') {
  return serve(dir, 0, prefix, { headScript: HEAD });
}

function freePort() {
  return new Promise((ok, fail) => {
    const s = createServer();
    s.on('error', fail);
    s.listen(0, '127.0.0.1', () => { const { port } = s.address(); s.close(() => ok(port)); });
  });
}

async function waitForDriver(port, child) {
  for (let i = 0; i < 100; i++) {
    if (child.exitCode !== null) throw new Error(`WebKitWebDriver exited with ${child.exitCode}`);
    try {
      const r = await fetch(`http://127.0.0.1:${port}/status`);
      if (r.ok) return;
    } catch { /* not listening yet */ }
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error('WebKitWebDriver did not start');
}

/** A fresh WebKit browser; returns {driver, errors(), close()}. */
export async function launchWebKit() {
  const port = await freePort();
  // Its own process group, so close() ends Xvfb and the browser too.
  const child = spawn('xvfb-run', ['-a', '-s', '-screen 0 1280x1024x24', 'WebKitWebDriver', `--port=${port}`],
    // The browser's language is the machine's unless told: these tests
    // read the app in English, whatever the machine speaks.
    { detached: true, stdio: ['ignore', 'ignore', 'pipe'], env: { ...process.env, LANG: 'en_US.UTF-8', LANGUAGE: 'en_US', LC_ALL: 'en_US.UTF-8' } });
  let log = '';
  child.stderr.on('data', (d) => { log = (log + d).slice(-4000); });
  try {
    await waitForDriver(port, child);
  } catch (e) {
    try { process.kill(-child.pid, 'SIGKILL'); } catch { /* gone */ }
    throw new Error(`${e.message}\n${log}`);
  }
  const driver = await new Builder()
    .usingServer(`http://127.0.0.1:${port}`)
    .withCapabilities({
      browserName: 'MiniBrowser',
      'webkitgtk:browserOptions': { binary: MINIBROWSER, args: ['--automation'] },
    })
    .build();
  // A phone-sized window, like the Chromium tests.
  await driver.manage().window().setRect({ width: 360, height: 740 }).catch(() => {});
  return {
    driver,
    /** Errors the current page has recorded since it loaded. */
    errors: () => driver.executeScript('return window.__pageErrors || ["no error collector in this page"]'),
    async close() {
      // A driver that stopped answering is not waited for long.
      await Promise.race([driver.quit().catch(() => {}), new Promise((r) => setTimeout(r, 5000))]);
      try { process.kill(-child.pid, 'SIGTERM'); } catch { /* gone */ }
    },
  };
}

/** Polls `fn` until it returns something truthy, or fails with `what`. */
export async function until(fn, what, timeout = 10_000, every = 50) {
  const end = Date.now() + timeout;
  let last;
  while (Date.now() < end) {
    try { last = await fn(); if (last) return last; } catch (e) { last = e; }
    await new Promise((r) => setTimeout(r, every));
  }
  throw new Error(`timed out waiting for ${what} (last: ${last})`);
}

/** Opens `url` and waits for the app's heading; fails on any page error. */
export async function openApp(b, url) {
  await b.driver.get(url);
  await until(() => b.driver.executeScript("return !!document.querySelector('main h1') && !document.getElementById('splash')"), `the app at ${url}`);
}

/** A real WebDriver click (a user gesture), on the element scrolled to the
 * middle of the screen so no fixed bar covers it. The app scrolls to the
 * top and focuses the heading as a screen opens, which can move the target
 * between the scroll and the click: then it looks again and taps again, as
 * a person would. A styled radio or checkbox sits under its label: that is
 * tapped instead. Anything else in the way is reported by name. */
export async function tap(driver, el) {
  let last;
  for (let attempt = 0; attempt < 5; attempt++) {
    await driver.executeScript("arguments[0].scrollIntoView({ block: 'center' })", el);
    try {
      await el.click();
      return;
    } catch (e) {
      if (e.name !== 'ElementClickInterceptedError') throw e;
      last = e;
      // From now on tap the input's label, with the same retries.
      const label = await driver.executeScript("return arguments[0].matches('input') && arguments[0].closest('label')", el);
      if (label) el = label;
      await new Promise((r) => setTimeout(r, 150));
    }
  }
  const cover = await driver.executeScript(`const r = arguments[0].getBoundingClientRect();
    const c = document.elementFromPoint(r.x + r.width / 2, r.y + r.height / 2);
    return c ? c.outerHTML.slice(0, 200) : 'nothing';`, el);
  throw new Error(`click intercepted 5 times, by ${cover}: ${last.message}`);
}

/** An input (radio, checkbox) or button found by its visible label text. */
export async function control(driver, text, { within = 'main', kind = 'any', nth = 0 } = {}) {
  const el = await driver.executeScript(`
    const [scopeSel, text, kind, nth] = arguments;
    const scope = document.querySelector(scopeSel) || document;
    const norm = (s) => s.replace(/\\s+/g, ' ').trim();
    const matches = (el) => {
      if (el.tagName === 'BUTTON' || el.tagName === 'A') return norm(el.textContent) === text || el.getAttribute('aria-label') === text;
      const label = el.closest('label') || (el.id && document.querySelector('label[for="' + el.id + '"]'));
      return label && norm(label.textContent) === text;
    };
    const sel = kind === 'button' ? 'button, a' : kind === 'input' ? 'input, select' : 'button, a, input, select';
    const all = [...scope.querySelectorAll(sel)].filter(matches);
    return all[nth] || null;`, within, text, kind, nth);
  if (!el) throw new Error(`no control labelled "${text}" in ${within}`);
  return el;
}
