// Browser-side figures for ./scripts/bench, one line each:
// `bench <name> <value> <unit>`. Reports numbers; never fails on them.
import { readdir, readFile, mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { gzipSync, brotliCompressSync, constants as zlib } from 'node:zlib';
import { join } from 'node:path';
import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { launch, startServer, openApp, waitForController, neverRunningAudio, trackProbe, holdEndOnTrack, hiddenFor } from '../browser/lib.mjs';
import { launchWebKit, startWebKitServer, until } from '../browser/webkit.mjs';
import { interactiveParts } from './lantern.mjs';

const run = promisify(execFile);
const out = (name, value, unit) => console.log(`bench ${name} ${value} ${unit}`);
const median = (xs) => { const s = [...xs].sort((a, b) => a - b); return s[Math.floor(s.length / 2)]; };
const only = process.env.BENCH_ONLY ? process.env.BENCH_ONLY.split(',') : null;
const want = (k) => !only || only.includes(k);
let entries; // entryScreens(), made once

// --- payload: the app's code, gzip -9 (and brotli 11). The entry module and
// the page are what an entry screen downloads before it shows (with one
// language's words, below); each chunk of the wasm (split-<name>) and the
// code two chunks share (chunk-<n>) come when a screen needs them, or with
// the service worker's install. Guards: the whole code at most 380 KB gzip,
// the entry (page + entry module + English words) at most 230 KB
// (docs/decisions.md, "Screens that load when needed").
let entryCode = 0;
if (want('payload')) {
  let total = 0, brotli = 0, chunks = 0;
  for (const f of (await readdir('dist')).sort()) {
    if (!/\.(html|js|wasm|css)$/.test(f) || f === 'sw.js') continue;
    const body = await readFile(join('dist', f));
    const gz = gzipSync(body, { level: 9 }).length;
    total += gz;
    brotli += brotliCompressSync(body, { params: { [zlib.BROTLI_PARAM_QUALITY]: 11 } }).length;
    const chunk = f.match(/^(split-[a-z]+|chunk-\d+)-[0-9a-f]+\.wasm$/);
    if (chunk) chunks += gz;
    else entryCode += gz;
    const name = chunk ? chunk[1].replace('-', '_') : f.endsWith('.wasm') ? 'entry_wasm' : f.split('.').pop();
    out(`payload_${name}_gzip_kb`, (gz / 1024).toFixed(1), 'KB');
  }
  out('payload_chunks_gzip_kb', (chunks / 1024).toFixed(1), 'KB');
  out('payload_entry_code_gzip_kb', (entryCode / 1024).toFixed(1), 'KB');
  out('payload_gzip_kb', (total / 1024).toFixed(1), 'KB');
  out('payload_brotli_kb', (brotli / 1024).toFixed(1), 'KB');
  // Each language's words: a first visit downloads one of them beside the
  // code above (docs/decisions.md, "Words in many languages").
  let english = 0;
  for (const f of (await readdir(join('dist', 'i18n'))).filter((f) => f.endsWith('.json')).sort()) {
    const body = await readFile(join('dist', 'i18n', f));
    const tag = f.replace(/-[0-9a-f]{16}\.json$/, '').replace('-', '_');
    const gz = gzipSync(body, { level: 9 }).length;
    if (tag === 'en') english = gz;
    out(`words_${tag}_gzip_kb`, (gz / 1024).toFixed(1), 'KB');
    out(`words_${tag}_brotli_kb`, (brotliCompressSync(body, { params: { [zlib.BROTLI_PARAM_QUALITY]: 11 } }).length / 1024).toFixed(1), 'KB');
    out(`words_${tag}_raw_kb`, (body.length / 1024).toFixed(1), 'KB');
  }
  out('payload_entry_with_english_gzip_kb', ((entryCode + english) / 1024).toFixed(1), 'KB');
}

const srv = await startServer('dist');

// --- first visit, as a phone on its own language sees it: the bytes that
// arrive (gzip, as the test server sends them) before Home and the triage
// show, in English and in Spanish.
if (want('first_visit')) {
  const cold = { ...(await entryScreens()), habit: '#/habit', learn: '#/learn' };
  for (const [lang, stored] of [['en', null], ['es', 'es']]) {
    for (const [screen, hash] of Object.entries(cold)) {
      if (lang !== 'en' && !['home', 'triage'].includes(screen)) continue;
      const b = await launch({ serviceWorkers: 'block' });
      try {
        const page = b.context.pages()[0];
        if (stored) {
          await b.context.addInitScript((l) => {
            if (!localStorage.getItem('quads-data')) localStorage.setItem('quads-data', JSON.stringify({ app: 'quads', version: 2, data: { settings: { language: l } } }));
          }, stored);
        }
        const sizes = [];
        // A request still finishing when the page closes counts nothing.
        page.on('requestfinished', (r) => sizes.push(r.sizes().then((s) => s.responseBodySize + s.responseHeadersSize, () => 0)));
        await page.goto(srv.url + hash);
        await page.waitForSelector('main h1');
        const bytes = (await Promise.all([...sizes])).reduce((a, x) => a + x, 0);
        out(`first_visit_${screen}_${lang}_kb`, (bytes / 1024).toFixed(1), 'KB');
      } finally { await b.close(); }
    }
  }
}

// --- offline cold start: cached app, network off, to the first control.
if (want('cold')) {
  const b = await launch();
  try {
    const page = await openApp(b.context, srv.url);
    await waitForController(page);
    await b.context.setOffline(true);
    await b.context.addInitScript(() => {
      new MutationObserver((_, obs) => {
        if (document.querySelector('main button, main a.btn')) { window.__firstControl = performance.now(); obs.disconnect(); }
      }).observe(document, { childList: true, subtree: true });
    });
    const times = [];
    for (let i = 0; i < 7; i++) {
      const p = await b.context.newPage();
      await p.goto(srv.url);
      await p.waitForFunction(() => window.__firstControl);
      times.push(await p.evaluate(() => window.__firstControl));
      await p.close();
    }
    out('cold_start_offline_ms', median(times).toFixed(0), 'ms');
  } finally { await b.close(); }
}

// --- session timing on the audio clock, with an instrumented AudioContext.
// Routine: one step on both sides, 10 s holds, 2 spots, no repositioning:
// ready 5 s, hold, move 5 s, hold, switch 5 s, hold, move 5 s, hold = 60 s.
const TIMING_ROUTINE = { id: 'bench', name: 'Bench', purpose: '', switch_rest_s: 0,
  steps: [{ muscle: 'glute_max', side: 'both', tool: 'lacrosse_ball', hold_s: 10, spots: 2, deepen: 'none', reposition_s: 0 }] };
function expectedCues() {
  const cues = [['get_ready', 0]];
  let t = 5000;
  const hold = () => { cues.push(['hold_start', t], ['halfway', t + 5000], ['countdown', t + 7000], ['countdown', t + 8000], ['countdown', t + 9000]); t += 10000; };
  hold(); cues.push(['move', t]); t += 5000; hold(); cues.push(['switch', t]); t += 5000;
  hold(); cues.push(['move', t]); t += 5000; hold(); cues.push(['done', t]);
  return cues;
}

async function startBenchSession(b, routine) {
  const page = b.context.pages()[0];
  await page.addInitScript(() => {
    window.__starts = [];
    const orig = AudioScheduledSourceNode.prototype.start;
    AudioScheduledSourceNode.prototype.start = function (when = 0, ...rest) {
      window.__ctx = this.context;
      const ts = this.context.getOutputTimestamp ? this.context.getOutputTimestamp() : {};
      if (!(this instanceof OscillatorNode)) return orig.call(this, when, ...rest); // the silent unlock buffer
      window.__starts.push({ when, currentTime: this.context.currentTime, perf: performance.now(), tsCtx: ts.contextTime, tsPerf: ts.performanceTime, stopped: false });
      const rec = window.__starts[window.__starts.length - 1];
      const origStop = this.stop.bind(this);
      this.stop = (w = 0) => { if (w === 0) rec.stopped = true; return origStop(w); };
      return orig.call(this, when, ...rest);
    };
  });
  await page.goto(srv.url);
  await page.evaluate((r) => localStorage.setItem('quads-data', JSON.stringify({ app: 'quads', version: 2, data: {
    settings: { last_red_flag_check_ms: Date.now(), voice: false, vibration: false, mix_with_music: true },
    routines: [{ routine: r, updated_at_ms: Date.now(), deleted: false }] } })), routine);
  await page.goto(srv.url + '#/routine/' + routine.id);
  await page.reload();
  await page.getByRole('button', { name: 'Start', exact: true }).click();
  await page.waitForSelector('.player-main');
  // Let the silent unlock blip pass so it is not mistaken for a cue.
  return page;
}

if (want('cues')) {
  const b = await launch();
  try {
    const page = await startBenchSession(b, TIMING_ROUTINE);
    const w0 = await page.evaluate(() => window.__quadsWakeups || 0);
    const t0wall = Date.now();
    await page.getByRole('heading', { name: 'Session done' }).waitFor({ timeout: 90000 });
    const secs = (Date.now() - t0wall) / 1000;
    const w1 = await page.evaluate(() => window.__quadsWakeups || 0);
    // The truth: where each planned instant falls on the audio clock, by the
    // browser's pairing of the audio and performance clocks read at the end
    // (so any drift between the clocks over the session counts as error).
    const { starts, cues, end } = await page.evaluate(() => ({ starts: window.__starts, cues: window.__quadsCues, end: window.__ctx.getOutputTimestamp() }));
    const t0 = cues.find((c) => c.kind === 'get_ready').at;
    const truth = (at) => end.contextTime + (at - end.performanceTime) / 1000;
    const audible = starts.filter((s) => !s.stopped);
    const errors = []; let missed = 0, dup = 0;
    for (const [kind, off] of expectedCues()) {
      const at = t0 + off;
      const ctxAt = truth(at);
      const hits = audible.filter((s) => Math.abs(s.when - ctxAt) < 0.1);
      if (hits.length === 0) { missed++; continue; }
      if (hits.length > 1) dup += hits.length - 1;
      const s = hits[0];
      errors.push(Math.abs(s.when - ctxAt) * 1000);
      if (process.env.BENCH_VERBOSE) console.error(kind, off, ((s.when - ctxAt) * 1000).toFixed(2), 'scheduled', (at - s.perf).toFixed(0), 'ms ahead; ctx', s.currentTime.toFixed(3), 'ts', s.tsCtx);
    }
    out('cue_error_median_ms', median(errors).toFixed(2), 'ms');
    out('cue_error_worst_ms', Math.max(...errors).toFixed(2), 'ms');
    out('cue_missed', missed, 'cues');
    out('cue_duplicate', dup, 'cues');
    out('session_wakeups_per_s', ((w1 - w0) / secs).toFixed(2), 'per_s');
  } finally { await b.close(); }
}

// The session figures above and below (cues, webkit, suspended, hidden)
// measure the page's audio clock: the path for "Mix with my music" and
// the fallback. The session track has its own figures (track_*).

// --- WebKit: the 60 s timing routine with sound, voice and vibration on,
// mixing with music, real time. Each second the countdown shows is compared
// with the instant the plan says it should appear; sources started are
// counted against the cues put on the audio clock.
const TIMING_PHASES_MS = [5000, 10000, 5000, 10000, 5000, 10000, 5000, 10000];
if (want('webkit')) {
  const wsrv = await startWebKitServer('dist');
  const b = await launchWebKit();
  try {
    const d = b.driver;
    await d.get(wsrv.url);
    await d.executeScript((r) => localStorage.setItem('quads-data', JSON.stringify({ app: 'quads', version: 2, data: {
      settings: { last_red_flag_check_ms: Date.now(), mix_with_music: true }, routines: [{ routine: r, updated_at_ms: Date.now(), deleted: false }] } })), TIMING_ROUTINE);
    await d.get(wsrv.url + '#/routine/' + TIMING_ROUTINE.id);
    await d.navigate().refresh();
    const startBtn = await until(() => d.executeScript("return [...document.querySelectorAll('main button')].find((x) => x.textContent.trim() === 'Start')"), 'Start');
    await d.executeScript(`window.__redraws = [];
      new MutationObserver(() => {
        const m = document.querySelector('.player-main'), c = document.querySelector('.countdown');
        if (!m || !c) return;
        const last = window.__redraws[window.__redraws.length - 1];
        const r = { t: performance.now(), index: +m.dataset.phaseIndex, text: c.textContent };
        if (!last || last.text !== r.text || last.index !== r.index) window.__redraws.push(r);
      }).observe(document.body, { subtree: true, childList: true, characterData: true, attributes: true });`);
    await d.executeScript("arguments[0].scrollIntoView({ block: 'center' })", startBtn);
    await startBtn.click();
    await until(() => d.executeScript("return [...document.querySelectorAll('h2')].some((h) => h.textContent === 'Session done')"), 'the end of the session', 90_000, 250);
    const r = await d.executeScript('return { redraws: window.__redraws, cues: window.__quadsCues || [], sources: window.__sourcesStarted, errors: window.__pageErrors }');
    const t0 = r.cues.find((c) => c.kind === 'get_ready')?.at;
    const starts = TIMING_PHASES_MS.reduce((acc, dur) => [...acc, acc[acc.length - 1] + dur], [0]);
    let worst = 0;
    for (const x of r.redraws) {
      const [m, sec] = x.text.split(':').map(Number);
      const v = m * 60 + sec, dur = TIMING_PHASES_MS[x.index];
      // The first phase's full length is on screen from the tap, during the
      // start lead: its appearance is not a deadline. Every later value is,
      // phase changes included.
      if (dur === undefined || v * 1000 > dur || (x.index === 0 && v * 1000 === dur)) continue;
      worst = Math.max(worst, Math.abs(x.t - (t0 + starts[x.index] + dur - v * 1000)));
    }
    if (r.errors.length) console.error('webkit page errors:', r.errors);
    out('webkit_session_drift_ms', t0 === undefined ? 'NaN' : worst.toFixed(0), 'ms');
    out('webkit_audio_sources_per_cue', (r.sources / Math.max(1, r.cues.length)).toFixed(2), 'ratio');
  } finally { await b.close(); wsrv.server.close(); }
}

// --- Chromium, an audio context that never runs, 10 s of real time.
if (want('suspended')) {
  const b = await launch();
  try {
    const page = b.context.pages()[0];
    await page.addInitScript(neverRunningAudio);
    await page.goto(srv.url);
    await page.evaluate((r) => localStorage.setItem('quads-data', JSON.stringify({ app: 'quads', version: 2, data: {
      settings: { last_red_flag_check_ms: Date.now(), mix_with_music: true }, routines: [{ routine: r, updated_at_ms: Date.now(), deleted: false }] } })), TIMING_ROUTINE);
    await page.goto(srv.url + '#/routine/' + TIMING_ROUTINE.id);
    await page.reload();
    await page.getByRole('button', { name: 'Start', exact: true }).click();
    await page.waitForSelector('.player-main');
    const n0 = await page.evaluate(() => window.__sourcesStarted);
    await page.waitForTimeout(10_000);
    const n1 = await page.evaluate(() => window.__sourcesStarted);
    out('suspended_audio_sources_per_s', ((n1 - n0) / 10).toFixed(1), 'per_s');
  } finally { await b.close(); }
}

// --- hidden for 60 s mid-hold (page frozen: no timers at all), then shown.
if (want('hidden')) {
  const routine = { ...TIMING_ROUTINE, id: 'bench-long', steps: [{ ...TIMING_ROUTINE.steps[0], side: 'left', hold_s: 90, spots: 1 }] };
  const b = await launch();
  try {
    const page = await startBenchSession(b, routine);
    await page.waitForTimeout(8000); // 3 s into the hold
    const cdp = await b.context.newCDPSession(page);
    await page.evaluate(() => {
      Object.defineProperty(document, 'visibilityState', { value: 'hidden', configurable: true });
      document.dispatchEvent(new Event('visibilitychange'));
    });
    await cdp.send('Page.setWebLifecycleState', { state: 'frozen' });
    await new Promise((r) => setTimeout(r, 60000));
    await cdp.send('Page.setWebLifecycleState', { state: 'active' });
    const r = await page.evaluate(() => {
      Object.defineProperty(document, 'visibilityState', { value: 'visible', configurable: true });
      document.dispatchEvent(new Event('visibilitychange'));
      return new Promise((ok) => requestAnimationFrame(() => {
        const m = document.querySelector('.player-main');
        const start = window.__quadsCues.find((c) => c.kind === 'get_ready').at;
        ok({ shown: +m.dataset.remainingMs, at: +m.dataset.renderedAt, holdEnd: start + 5000 + 90000, kind: m.dataset.phaseKind });
      }));
    });
    const truth = r.holdEnd - r.at;
    out('hidden_display_error_ms', Math.abs(r.shown - truth).toFixed(1), 'ms');
  } finally { await b.close(); }
}

// --- the session track: rendering 20 minutes in the browser, and two
// minutes hidden (page frozen) while it plays, then shown.
if (want('track')) {
  const b = await launch();
  try {
    const page = await openApp(b.context, srv.url);
    await page.waitForFunction(() => window.__quadsBench && window.__quadsBench.track_render);
    out('track_render_ms', (await page.evaluate(() => window.__quadsBench.track_render())).toFixed(0), 'ms');
    const routine = { ...TIMING_ROUTINE, id: 'bench-track', steps: [{ ...TIMING_ROUTINE.steps[0], side: 'left', hold_s: 180, spots: 1 }] };
    await page.addInitScript(trackProbe);
    await page.evaluate((r) => localStorage.setItem('quads-data', JSON.stringify({ app: 'quads', version: 2, data: {
      settings: { last_red_flag_check_ms: Date.now(), voice: false, vibration: false },
      routines: [{ routine: r, updated_at_ms: Date.now(), deleted: false }] } })), routine);
    await page.goto(srv.url + '#/routine/' + routine.id);
    await page.reload();
    await page.getByRole('button', { name: 'Start', exact: true }).click();
    await page.waitForFunction(() => window.__media.some((a) => !a.paused && a.currentTime > 1));
    const holdEnd = await holdEndOnTrack(page, 180000);
    const r = await hiddenFor(b, page, 120000);
    out('track_hidden_drift_ms', Math.abs(r.shown - (holdEnd - r.position)).toFixed(1), 'ms');
  } finally { await b.close(); }
}

// --- habit maths over ten years of daily entries, in the browser.
if (want('habit')) {
  const b = await launch();
  try {
    const page = await openApp(b.context, srv.url);
    await page.waitForFunction(() => window.__quadsBench && window.__quadsBench.habit_10y);
    out('habit_10y_ms', (await page.evaluate(() => window.__quadsBench.habit_10y())).toFixed(2), 'ms');
  } finally { await b.close(); }
}

// --- How much code a first visit runs before its screen shows. Chromium's
// V8 compiles each wasm function on its first call, on the main thread (lazy
// compilation): the number of functions compiled is how broad the start-up
// path is, a count that does not move with machine noise, and the compile
// time is most of the start-up task Lighthouse holds against the entry
// screens (docs/decisions.md). `floor` is a screen of one heading: what the
// framework and the shell cost every screen.
if (want('startup')) {
  const urls = { floor: '#/no-such-screen', ...(await entryScreens()) };
  for (const [name, hash] of Object.entries(urls)) {
    const counts = [], times = [];
    for (let i = 0; i < 3; i++) {
      const { functions, threadMs } = await lazyCompiles(srv.url + hash);
      counts.push(functions); times.push(threadMs);
    }
    out(`startup_${name}_wasm_functions`, median(counts), 'count');
    out(`startup_${name}_wasm_compile_ms`, median(times).toFixed(1), 'ms');
  }
}

/** The wasm functions V8 compiled lazily on a first visit to `url`, until
 * its screen has shown and settled, and their compile time (thread time). */
async function lazyCompiles(url) {
  const b = await launch();
  try {
    const page = b.context.pages()[0] || await b.context.newPage();
    const cdp = await page.context().newCDPSession(page);
    const events = [];
    cdp.on('Tracing.dataCollected', (e) => { for (const ev of e.value) if (ev.name === 'wasm.CompileLazy') events.push(ev); });
    const done = new Promise((resolve) => cdp.on('Tracing.tracingComplete', resolve));
    await cdp.send('Tracing.start', { categories: 'v8.wasm', transferMode: 'ReportEvents' });
    await page.goto(url);
    await page.waitForSelector('main h1');
    await page.waitForTimeout(500);
    await cdp.send('Tracing.end');
    await done;
    return { functions: new Set(events.map((e) => e.args.func_index)).size,
      threadMs: events.reduce((sum, e) => sum + (e.tdur ?? e.dur), 0) / 1000 };
  } finally { await b.close(); }
}

/** The entry screens a first visit lands on, by name: their URL fragments. */
async function entryScreens() {
  // A five-step routine as a shared link, the way a friend would send it.
  entries ||= { home: '', triage: '#/triage', shared: '#/r/1' + (await sharedCode()), plan_link: '#/r/' + (await planCode()) };
  return entries;
}

// --- Lighthouse 12, mobile preset, every screen; the median of three runs
// per screen (Lighthouse's own advice, as one run varies by several points),
// and the spread (largest minus smallest) beside it.
// Budgets (docs/decisions.md, "Screens that load when needed"): on the entry
// screens a first visit lands on, performance >= 0.95 and "interactive" <=
// 2500 ms; on every other screen, as a cold deep link, performance >= 0.90
// and "interactive" <= 3000 ms; accessibility and best practices 1. Served
// gzip by the test server, like most static hosts, and the entry screens
// again brotli'd by Caddy with deploy/Caddyfile ("interactive" <= 2200 ms).
// Beside "interactive", its two parts in Lighthouse's simulation of each run
// (lantern.mjs): when the wasm has arrived and how long the start-up task
// after it takes.
if (want('lighthouse')) {
  const RUNS = Number(process.env.LIGHTHOUSE_RUNS || 3);
  const entryHashes = await entryScreens();
  const screens = { home: entryHashes.home, routines: '#/routines', routine: '#/routine/builtin-front', session: '#/session', builder: '#/edit/new',
    triage: entryHashes.triage, learn: '#/learn', habit: '#/habit', settings: '#/settings', about: '#/about', open: '#/open', shared: entryHashes.shared,
    plan_maker: '#/plan/builtin-front', plan_link: entryHashes.plan_link };
  const ENTRY = Object.keys(entryHashes);
  const misses = [];
  // LIGHTHOUSE_SCREENS=home,habit measures those alone (while working on them).
  const pick = process.env.LIGHTHOUSE_SCREENS ? process.env.LIGHTHOUSE_SCREENS.split(',') : null;
  for (const [name, hash] of Object.entries(screens)) {
    if (pick && !pick.includes(name)) continue;
    const scores = await lighthouse(srv.url + hash, RUNS, name);
    for (const [k, xs] of Object.entries(scores)) {
      const spread = Math.max(...xs) - Math.min(...xs);
      if (k === 'tti') {
        out(`lighthouse_${name}_tti_ms`, median(xs).toFixed(0), 'ms');
        out(`lighthouse_${name}_tti_spread_ms`, spread.toFixed(0), 'ms');
      } else if (k === 'wasm_arrival' || k === 'startup_task') {
        // The two parts of "interactive" in Lighthouse's simulation (lantern.mjs).
        out(`lighthouse_${name}_${k}_ms`, median(xs).toFixed(0), 'ms');
      } else {
        out(`lighthouse_${name}_${k.replace('-', '_')}`, median(xs), 'score');
        if (k === 'performance') out(`lighthouse_${name}_performance_spread`, spread.toFixed(2), 'score');
      }
    }
    const entry = ENTRY.includes(name);
    const m = (k) => (scores[k] ? median(scores[k]) : NaN);
    if (!(m('performance') >= (entry ? 0.95 : 0.90))) misses.push(`${name} performance ${m('performance')}`);
    if (!(m('tti') <= (entry ? 2500 : 3000))) misses.push(`${name} interactive ${m('tti').toFixed(0)} ms`);
    for (const k of ['accessibility', 'best-practices']) if (m(k) !== 1) misses.push(`${name} ${k} ${m(k)}`);
  }
  // The entry screens from a real server sending the brotli twins.
  const { startCaddy } = await import('../browser/caddy.mjs');
  const caddy = await startCaddy('dist');
  try {
    for (const name of ENTRY) {
      if (pick && !pick.includes(name)) continue;
      const scores = await lighthouse(caddy.url + screens[name], RUNS, `${name} (brotli)`);
      if (scores.tti) out(`lighthouse_${name}_tti_brotli_ms`, median(scores.tti).toFixed(0), 'ms');
      if (scores.tti && !(median(scores.tti) <= 2200)) misses.push(`${name} interactive brotli ${median(scores.tti).toFixed(0)} ms`);
      if (scores.wasm_arrival) out(`lighthouse_${name}_wasm_arrival_brotli_ms`, median(scores.wasm_arrival).toFixed(0), 'ms');
    }
  } finally { await caddy.stop(); }
  out('lighthouse_budget_misses', misses.length, 'count');
  for (const x of misses) console.error(`budget missed: ${x}`);
}

/** Scores of `runs` Lighthouse runs on `url`: {performance: [..], tti: [..], ..}. */
async function lighthouse(url, runs, name) {
  const scores = {};
  for (let i = 0; i < runs; i++) {
    const saved = await mkdtemp(join(tmpdir(), 'quads-lighthouse-'));
    try {
      const { stdout } = await run('node_modules/.bin/lighthouse', [url, '--quiet', '--output=json', '--output-path=stdout',
        `-GA=${saved}`, '--only-categories=performance,accessibility,best-practices',
        `--chrome-flags=--headless=new --no-sandbox --disable-gpu --disable-quic --no-first-run --disable-background-networking --disable-component-update --disable-sync`],
      { env: { ...process.env, CHROME_PATH: '/usr/bin/chromium' }, maxBuffer: 64 * 1024 * 1024 });
      const lhr = JSON.parse(stdout);
      for (const [k, c] of Object.entries(lhr.categories)) (scores[k] ||= []).push(c.score);
      (scores.tti ||= []).push(lhr.audits.interactive.numericValue);
      const parts = await interactiveParts(saved);
      (scores.wasm_arrival ||= []).push(parts.wasmArrivalMs);
      (scores.startup_task ||= []).push(parts.startupTaskMs);
      if (process.env.BENCH_VERBOSE) {
        for (const a of Object.values(lhr.audits)) if (a.score !== null && a.score < 1 && a.scoreDisplayMode !== 'informative' && a.scoreDisplayMode !== 'manual') console.error(name, a.id, a.score, a.displayValue || '');
      }
    } catch (e) {
      console.error(`lighthouse ${name} failed: ${e.message.split('\n')[0]}`);
    } finally {
      await rm(saved, { recursive: true, force: true });
    }
  }
  return scores;
}
srv.server.close();

/** The code of a plan link (the routine, 3 days a week for 6 weeks, a note). */
async function planCode() {
  const b = await launch();
  try {
    const page = await openApp(b.context, srv.url + '#/plan/builtin-front');
    await page.getByLabel('A note for them (optional)').fill('Gently on the left; stop if it tingles.');
    await page.locator('.plan-sheet').getByText('stop if it tingles').waitFor();
    const href = await page.locator('.plan-sheet .link a').getAttribute('href');
    return href.split('#/r/')[1];
  } finally { await b.close(); }
}

/** The code of a shared link for a built-in routine, as the app makes it. */
async function sharedCode() {
  const b = await launch();
  try {
    const page = await openApp(b.context, srv.url + '#/routine/builtin-front');
    await page.evaluate(() => { delete Navigator.prototype.share; });
    await page.getByRole('button', { name: 'Share' }).click();
    const href = await page.locator('.link a').getAttribute('href');
    return href.split('#/r/1')[1];
  } finally { await b.close(); }
}
