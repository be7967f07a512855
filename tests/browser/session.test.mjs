// Hold sessions walked in a real browser with a controlled clock.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { launch, startServer, openApp, neverRunningAudio, playerState, habitToday } from './lib.mjs';

let srv;
before(async () => { srv = await startServer('dist'); });
after(() => srv.server.close());

const state = playerState;
const stored = (page) => page.evaluate(() => JSON.parse(localStorage.getItem('quads-data') || 'null'));

/** Opens a built-in routine with the page's clock under test control and
 * starts it; returns the page and the habit day it started on, as the app
 * says. These tests drive the page clock, so the cues go through the
 * page's audio clock ("Mix with my music"); the session track, whose clock
 * is the audio element, has its own tests in track.test.mjs. */
async function startBuiltin(b, id) {
  const page = b.context.pages()[0];
  await page.clock.install();
  await page.goto(srv.url + '#/habit');
  await page.evaluate(() => localStorage.setItem('quads-data', JSON.stringify({ app: 'quads', version: 2, data: { settings: { mix_with_music: true } } })));
  await page.reload();
  const day = await habitToday(page);
  await page.goto(srv.url + '#/routine/' + id);
  await page.getByRole('button', { name: 'Start', exact: true }).click();
  await answerNoToRedFlags(page);
  await page.waitForSelector('.player-main');
  return { page, day };
}

async function answerNoToRedFlags(page) {
  await page.getByRole('heading', { name: 'A quick safety check' }).waitFor();
  for (const r of await page.getByRole('radio', { name: 'No', exact: true }).all()) await r.check();
  await page.getByRole('button', { name: /None of these: start/ }).click();
}

test('a built-in routine runs end to end: phases, cue schedule, pause, session stored', async () => {
  const b = await launch();
  try {
    const { page, day } = await startBuiltin(b, 'builtin-floss');
    let s = await state(page);
    assert.equal(s.kind, 'prepare');
    assert.ok(s.remaining > 14_000 && s.remaining <= 15_000, String(s.remaining));
    assert.match(await page.textContent('.spot'), /Left iliacus/);

    await page.clock.runFor(15_500);
    // The whole first hold, and the move after it, is on the audio clock
    // ahead of time (a 65 s look-ahead).
    const cues = await page.evaluate(() => window.__quadsCues.map((c) => [c.kind, Math.round(c.at)]));
    const t0 = cues.find((c) => c[0] === 'get_ready')[1];
    const rel = cues.map(([k, at]) => [k, at - t0]);
    for (const [k, at] of [['get_ready', 0], ['hold_start', 15000], ['halfway', 45000], ['countdown', 72000], ['countdown', 73000], ['countdown', 74000], ['move', 75000]]) {
      assert.ok(rel.some(([k2, a2]) => k2 === k && Math.abs(a2 - at) <= 2), `${k} at ${at}: ${JSON.stringify(rel)}`);
    }

    s = await state(page);
    assert.equal(s.kind, 'hold');
    assert.match(await page.textContent('.phase'), /spot 1 of 2/);

    // Pause holds time still; resume carries on.
    await page.getByRole('button', { name: 'Pause' }).click();
    const paused = (await state(page)).remaining;
    await page.clock.runFor(30_000);
    assert.equal((await state(page)).status, 'paused');
    assert.equal((await state(page)).remaining, paused);
    await page.getByRole('button', { name: 'Resume' }).click();
    await page.clock.runFor(10_000);
    s = await state(page);
    // The display redraws when the shown second changes, so it may be up
    // to a second behind the instant we read it.
    assert.ok(Math.abs(s.remaining - (paused - 10_000)) < 1_000, `${s.remaining} vs ${paused - 10_000}`);

    // +15 s lengthens this hold only.
    await page.getByRole('button', { name: '15 s' }).click();
    assert.ok(Math.abs((await state(page)).remaining - (paused - 10_000 + 15_000)) < 1_000);

    // Run to the end: move, second spot, switch, right side, done.
    const kinds = new Set();
    for (let i = 0; i < 60 && (await state(page)); i++) {
      const st = await state(page);
      if (st) kinds.add(st.kind);
      await page.clock.runFor(5_000);
    }
    for (const k of ['hold', 'move', 'switch']) assert.ok(kinds.has(k), `saw ${[...kinds]}`);
    await page.getByRole('heading', { name: 'Session done' }).waitFor();
    const data = await stored(page);
    assert.equal(data.data.sessions.length, 1);
    const ev = data.data.sessions[0];
    assert.equal(ev.routine_id, 'builtin-floss');
    assert.equal(ev.completed, true);
    assert.equal(ev.held_s, 4 * 60 + 15);
    assert.equal(ev.spots_done, 4);
    assert.equal(ev.sides, 2);
    assert.equal(ev.day, day, 'the habit day the session started on');
    assert.equal(data.data.active ?? null, null);
    // The optional rating after the session is kept for that day.
    await page.getByRole('group', { name: 'Quad tightness (0 none, 10 worst)' }).getByRole('radio', { name: '5' }).check();
    await page.getByRole('button', { name: 'Save rating' }).click();
    await page.getByRole('status').filter({ hasText: 'Saved.' }).waitFor();
    const notes = (await stored(page)).data.entries.filter((e) => e.kind === 'note');
    assert.deepEqual(notes.map((e) => [e.day, e.tightness]), [[day, 5]]);
    assert.deepEqual(b.problems.errors, []);
  } finally { await b.close(); }
});

test('skip and back move between phases; hiding and showing the page keeps time exact', async () => {
  const b = await launch();
  try {
    const { page } = await startBuiltin(b, 'builtin-back');
    await page.getByRole('button', { name: 'Skip' }).click();
    assert.equal((await state(page)).kind, 'hold');
    await page.clock.runFor(2_000);
    await page.getByRole('button', { name: 'Back' }).click();
    assert.equal((await state(page)).kind, 'prepare', 'back within 3 s goes to the previous phase');

    await page.getByRole('button', { name: 'Skip' }).click();
    await page.clock.runFor(10_000);
    // The page goes to the background for 40 s, with timers not running.
    await page.evaluate(() => {
      Object.defineProperty(document, 'visibilityState', { value: 'hidden', configurable: true });
      document.dispatchEvent(new Event('visibilitychange'));
    });
    await page.clock.fastForward(40_000);
    await page.evaluate(() => {
      Object.defineProperty(document, 'visibilityState', { value: 'visible', configurable: true });
      document.dispatchEvent(new Event('visibilitychange'));
    });
    const s = await state(page);
    assert.equal(s.kind, 'hold');
    assert.ok(Math.abs(s.remaining - 10_000) < 100, `remaining ${s.remaining}`);
  } finally { await b.close(); }
});

test('a reload mid-session offers to resume where the user was', async () => {
  const b = await launch();
  try {
    const page = b.context.pages()[0];
    await page.goto(srv.url + '#/routine/builtin-reset');
    await page.evaluate(() => localStorage.setItem('quads-data', JSON.stringify({ app: 'quads', version: 2, data: { settings: { last_red_flag_check_ms: Date.now() } } })));
    await page.reload();
    await page.getByRole('button', { name: 'Start', exact: true }).click();
    await page.waitForSelector('.player-main');
    await page.waitForTimeout(2_500);
    const before = await state(page);
    await page.reload();
    await page.getByRole('heading', { name: 'Resume your session?' }).waitFor();
    await page.waitForTimeout(3_000);
    await page.getByRole('button', { name: 'Resume where I was' }).click();
    await page.waitForSelector('.player-main');
    const afterResume = await state(page);
    assert.equal(afterResume.index, before.index);
    assert.ok(Math.abs(afterResume.remaining - before.remaining) < 1_500, `${afterResume.remaining} vs ${before.remaining}`);
    // Home offers it too while it runs.
    assert.ok((await stored(page)).data.active);
  } finally { await b.close(); }
});

test('build, save and run a custom routine', async () => {
  const b = await launch();
  try {
    const page = await openApp(b.context, srv.url + '#/edit/new');
    await page.evaluate(() => localStorage.setItem('quads-data', JSON.stringify({ app: 'quads', version: 2, data: { settings: { last_red_flag_check_ms: Date.now() } } })));
    await page.reload();
    await page.waitForSelector('main h1');
    // Validation names the problem.
    await page.getByRole('button', { name: 'Save routine' }).click();
    await page.getByRole('alert').filter({ hasText: 'name' }).waitFor();
    await page.getByLabel('Name', { exact: true }).fill('Desk break');
    await page.getByLabel('Muscle', { exact: true }).selectOption({ label: 'glute max' });
    await page.getByLabel('Side', { exact: true }).selectOption({ label: 'right' });
    await page.getByLabel('Hold per spot (seconds)').fill('30');
    await page.getByLabel('Spots', { exact: true }).fill('1');
    await page.getByRole('button', { name: 'Add a step' }).click();
    await page.getByRole('button', { name: 'Move up: step 2' }).click();
    await page.getByRole('button', { name: 'Save routine' }).click();
    await page.getByRole('heading', { name: 'Desk break' }).waitFor();
    const saved = (await stored(page)).data.routines;
    assert.equal(saved.length, 1);
    assert.equal(saved[0].routine.steps.length, 2);
    assert.equal(saved[0].routine.steps[1].muscle, 'glute_max', 'the moved step is now second');
    assert.equal(saved[0].routine.steps[1].hold_s, 30);
    await page.getByRole('button', { name: 'Start', exact: true }).click();
    await page.waitForSelector('.player-main');
    assert.match(await page.textContent('.routine-name'), /Desk break/);
    await page.reload();
    await page.getByRole('heading', { name: 'Resume your session?' }).waitFor();
  } finally { await b.close(); }
});

test('an audio context that never runs: the session still counts down, and no sound source is made', async () => {
  const b = await launch();
  try {
    await b.context.addInitScript(neverRunningAudio);
    const { page } = await startBuiltin(b, 'builtin-floss');
    await page.evaluate(() => { window.__quadsWakeups = 0; });
    await page.clock.runFor(10_000);
    const s = await state(page);
    assert.equal(s.kind, 'prepare');
    assert.ok(Math.abs(s.remaining - 5_000) < 1_000, `remaining ${s.remaining}`);
    const { sources, wakeups } = await page.evaluate(() => ({ sources: window.__sourcesStarted, wakeups: window.__quadsWakeups }));
    assert.equal(sources, 0, 'no sound source while the context is not running');
    assert.ok(wakeups <= 12, `about one wake-up a second, not a busy loop: ${wakeups}`);
    await page.clock.runFor(6_000);
    assert.equal((await state(page)).kind, 'hold', 'on to the first hold');
    assert.deepEqual(b.problems.errors, []);
  } finally { await b.close(); }
});

test('audio that starts running late: cues already due are dropped, the rest laid out once', async () => {
  const b = await launch();
  try {
    await b.context.addInitScript(() => {
      window.__sourcesStarted = 0;
      const start = OscillatorNode.prototype.start;
      OscillatorNode.prototype.start = function (...a) { window.__sourcesStarted++; return start.apply(this, a); };
      const Real = window.AudioContext;
      window.__audioAllowed = false;
      window.AudioContext = class extends Real {
        constructor(...a) { super(...a); window.__ctx = this; super.suspend(); }
        get state() { return window.__audioAllowed ? super.state : 'suspended'; }
        resume() { return window.__audioAllowed ? super.resume() : new Promise(() => {}); }
      };
    });
    const { page } = await startBuiltin(b, 'builtin-floss');
    await page.clock.runFor(5_000);
    assert.equal(await page.evaluate(() => window.__sourcesStarted), 0);
    // The call ends: the context runs, and says so with a statechange event.
    await page.evaluate(() => { window.__audioAllowed = true; return window.__ctx.resume(); });
    await page.waitForFunction(() => window.__sourcesStarted > 0);
    const first = await page.evaluate(() => ({ sources: window.__sourcesStarted, cues: window.__quadsCues.map((c) => c.kind) }));
    assert.ok(!first.cues.includes('get_ready'), `the get-ready, due 5 s ago, is not played late: ${first.cues}`);
    assert.equal(first.sources, first.cues.length, 'one source per cue');
    await page.clock.runFor(3_000);
    const later = await page.evaluate(() => ({ sources: window.__sourcesStarted, cues: window.__quadsCues.length }));
    assert.equal(later.sources, later.cues, 'no cue laid out twice');
    assert.deepEqual(b.problems.errors, []);
  } finally { await b.close(); }
});

test('browser APIs that throw cost their feature, never the session', async () => {
  const b = await launch();
  try {
    await b.context.addInitScript(() => {
      const boom = () => { throw new TypeError('not on this phone'); };
      Navigator.prototype.vibrate = boom;
      speechSynthesis.speak = boom;
      speechSynthesis.cancel = boom;
      AudioContext.prototype.getOutputTimestamp = boom;
      Object.defineProperty(Navigator.prototype, 'wakeLock', { get: () => ({ request: boom }) });
    });
    const { page } = await startBuiltin(b, 'builtin-floss');
    await page.clock.runFor(16_000);
    const s = await state(page);
    assert.equal(s.kind, 'hold', 'past the first phase change');
    assert.ok(s.remaining > 58_000, `remaining ${s.remaining}`);
    assert.ok(await page.evaluate(() => window.__quadsCues.length) > 3, 'cues still placed, from currentTime');
    assert.deepEqual(b.problems.errors, []);
  } finally { await b.close(); }
});

test('spot figures: on the routine page and while getting into position, with text, offline', async () => {
  const b = await launch();
  try {
    let page = await openApp(b.context, srv.url);
    await page.waitForFunction(() => navigator.serviceWorker && navigator.serviceWorker.controller, null, { timeout: 15000 });
    await b.context.setOffline(true);
    await page.goto(srv.url + '#/routine/builtin-back');
    await page.waitForSelector('main h1');
    // Each figure is in its step's spot guide, fetched only once it is opened.
    const fetched = () => page.evaluate(() => performance.getEntriesByType('resource').filter((e) => e.name.includes('/spots/')).length);
    assert.equal(await fetched(), 0, 'no figure is fetched before its guide opens');
    await page.getByText('Spot guide, with a figure').first().click();
    await page.waitForSelector('.spot-figure');
    assert.ok(await page.locator('.spot-figure').first().evaluate((i) => i.decode().then(() => i.naturalWidth > 0)));
    assert.equal(await fetched(), 1, 'only the opened guide\'s figure');
    const guides = page.getByText('Spot guide, with a figure');
    for (let i = 1; i < await guides.count(); i++) await guides.nth(i).click();
    assert.ok(await page.locator('.spot-figure').first().evaluate((i) => i.getBoundingClientRect().width) >= 300, 'full width');
    const figs = await page.$$eval('.step .spot-figure', (imgs) => Promise.all(imgs.map((i) => i.decode().then(() => ({ alt: i.alt, w: i.naturalWidth })))));
    assert.equal(figs.length, 3);
    assert.ok(figs.every((f) => f.w > 0), 'every figure loads offline');
    assert.match(figs[0].alt, /glute max: .*buttock/);
    assert.ok(figs.every((f) => f.w > 0));
    ({ page } = await startBuiltin(b, 'builtin-floss'));
    const fig = page.locator('.player-figure img');
    await fig.waitFor();
    assert.match(await fig.getAttribute('alt'), /left iliacus/);
    assert.match(await fig.getAttribute('src'), /spots\/iliacus-left\.svg$/, 'the side being worked, not a mirror note');
    assert.ok(await fig.evaluate((i) => i.decode().then(() => i.naturalWidth > 0)));
    // Read at arm's length: the drawing (240 units, words 9.5-10 units) is shown at least 300 px wide.
    assert.ok(await fig.evaluate((i) => i.getBoundingClientRect().width) >= 300, 'figure wide enough for its words at 360 px');
    await page.clock.runFor(16_000);
    assert.equal((await state(page)).kind, 'hold');
    assert.equal(await page.locator('.player-figure').count(), 0, 'gone once the hold starts');
    // Across to the other side: the figure shows the right.
    for (let i = 0; i < 6 && (await state(page)).kind !== 'switch'; i++) {
      await page.getByRole('button', { name: 'Skip' }).click();
    }
    assert.equal((await state(page)).kind, 'switch');
    assert.match(await page.locator('.player-figure img').getAttribute('src'), /spots\/iliacus-right\.svg$/);
    assert.match(await page.locator('.player-figure img').getAttribute('alt'), /right iliacus/);
  } finally { await b.close(); }
});
