// Shared helpers for the browser tests: a static server for dist/, a
// persistent Chromium profile (service workers need one), and collectors
// for CSP violations, console errors and requests leaving the origin.
import { chromium } from 'playwright-core';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { serve } from '../../scripts/static-server.mjs';
import { SHIFT_MS, shiftScript } from './clock_shift.mjs';
export { addDays } from './days.mjs';

export const ARGS = ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
  '--disable-background-networking', '--disable-component-update', '--disable-sync',
  '--autoplay-policy=no-user-gesture-required'];

export async function startServer(dir = 'dist', prefix = '/') {
  return serve(dir, 0, prefix);
}

/** A fresh browser profile; returns {context, dir, close}. */
export async function launch(options = {}) {
  const dir = await mkdtemp(join(tmpdir(), 'quads-profile-'));
  const context = await chromium.launchPersistentContext(dir, {
    executablePath: process.env.CHROME_PATH || '/usr/bin/chromium',
    headless: true,
    args: ARGS,
    viewport: { width: 360, height: 740 },
    // English, whatever the machine speaks: the app picks the browser's
    // language on a first visit (a test that wants another passes its own).
    locale: 'en-US',
    serviceWorkers: 'allow',
    ...options,
  });
  const problems = { csp: [], errors: [], foreign: [] };
  // QUADS_TEST_NOW: the page's wall clock at that instant (clock_shift.mjs).
  if (shiftScript) {
    await context.addInitScript({ content: shiftScript });
    // A test's own clock starts at the moved instant unless it names one.
    const install = context.clock.install.bind(context.clock);
    context.clock.install = (o = {}) => install({ time: Date.now() + SHIFT_MS, ...o });
  }
  await context.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (e) => {
      (window.__csp ||= []).push(`${e.violatedDirective} ${e.blockedURI}`);
    });
  });
  const watch = (page) => {
    page.on('console', (m) => { if (m.type() === 'error') problems.errors.push(m.text()); });
    page.on('pageerror', (e) => problems.errors.push(String(e)));
  };
  context.on('page', watch);
  for (const p of context.pages()) watch(p);
  context.on('request', (r) => {
    const u = new URL(r.url());
    if (!['localhost', '127.0.0.1'].includes(u.hostname) && !['data:', 'blob:'].includes(u.protocol)) problems.foreign.push(r.url());
  });
  return {
    context, problems,
    async close() { await context.close(); await rm(dir, { recursive: true, force: true }); },
  };
}

/** Opens the app and waits until the shell has rendered. */
export async function openApp(context, url) {
  const page = context.pages()[0] || await context.newPage();
  await page.goto(url);
  await page.waitForSelector('main h1');
  return page;
}

export async function cspViolations(page) {
  return page.evaluate(() => window.__csp || []);
}

/** Waits until a service worker controls the page. */
export async function waitForController(page) {
  await page.waitForFunction(() => navigator.serviceWorker && navigator.serviceWorker.controller, null, { timeout: 15000 });
}

/** An init script: an audio context that never starts running (a phone with
 * no output, an iPhone whose audio session a call took), its clock standing
 * still; counts the sound sources the page starts in window.__sourcesStarted. */
export function neverRunningAudio() {
  window.__sourcesStarted = 0;
  const start = OscillatorNode.prototype.start;
  OscillatorNode.prototype.start = function (...a) { window.__sourcesStarted++; return start.apply(this, a); };
  const Real = window.AudioContext;
  window.AudioContext = class extends Real {
    constructor(...a) { super(...a); super.suspend(); }
    get state() { return 'suspended'; }
    resume() { return new Promise(() => {}); }
  };
}

/** An init script: keeps the media elements the page plays (`__media`) and
 * pairs each redraw of the player with the track's position in the same
 * task (`__pairs`): what was shown against what was heard. */
export function trackProbe() {
  window.__media = [];
  const play = HTMLMediaElement.prototype.play;
  HTMLMediaElement.prototype.play = function () { if (!window.__media.includes(this)) window.__media.push(this); return play.call(this); };
  window.__pairs = [];
  new MutationObserver(() => {
    const m = document.querySelector('.player-main'), a = window.__media[window.__media.length - 1];
    if (m && a) window.__pairs.push({ kind: m.dataset.phaseKind, remaining: +m.dataset.remainingMs, pos: a.currentTime * 1000 });
  }).observe(document, { subtree: true, attributes: true, attributeFilter: ['data-remaining-ms'] });
}

/** With `trackProbe` in the page, during the first prepare: where on the
 * track the hold of `holdMs` after it ends. */
export async function holdEndOnTrack(page, holdMs) {
  await page.waitForFunction(() => window.__pairs.some((p) => p.kind === 'prepare' && p.pos > 500));
  return page.evaluate((h) => {
    const p = window.__pairs.filter((p) => p.kind === 'prepare' && p.pos > 500).pop();
    return p.pos + p.remaining + h;
  }, holdMs);
}

/** Hides the page and freezes it (no timers at all) for `ms`, then shows
 * it; returns the first redraw after, with the track's state. */
export async function hiddenFor(b, page, ms) {
  await page.evaluate(() => {
    Object.defineProperty(document, 'visibilityState', { value: 'hidden', configurable: true });
    document.dispatchEvent(new Event('visibilitychange'));
  });
  const cdp = await b.context.newCDPSession(page);
  await cdp.send('Page.setWebLifecycleState', { state: 'frozen' });
  await new Promise((r) => setTimeout(r, ms));
  await cdp.send('Page.setWebLifecycleState', { state: 'active' });
  return page.evaluate(() => {
    const seen = window.__pairs.length;
    Object.defineProperty(document, 'visibilityState', { value: 'visible', configurable: true });
    document.dispatchEvent(new Event('visibilitychange'));
    return new Promise((ok) => requestAnimationFrame(() => {
      const a = window.__media[window.__media.length - 1];
      const first = window.__pairs[seen];
      ok({ position: first.pos, shown: first.remaining, kind: first.kind, playing: !a.paused });
    }));
  });
}

/** What the player shows, from its data attributes; null off the player. */
export async function playerState(page) {
  return page.evaluate(() => {
    const m = document.querySelector('.player-main');
    return m && { kind: m.dataset.phaseKind, index: +m.dataset.phaseIndex, status: m.dataset.status, remaining: +m.dataset.remainingMs };
  });
}

/** Which habit day it is, as the app says (its day starts at 03:00 by
 * default, in the page's zone): the calendar's "today" cell on the Habit
 * screen, which `page` must show. Tests never work this out from a clock. */
export async function habitToday(page) {
  return page.locator('.cal .day.today').getAttribute('data-day');
}

