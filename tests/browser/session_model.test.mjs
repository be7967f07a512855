// The session runtime's glue in a real page, under random use: the rules
// are checked natively against a reference engine (src/session/driver/
// tests.rs); this walks seeded random taps, hides, shows and reloads through
// the real screen, storage and Web Audio, and checks what the page itself
// can show: the countdown never runs backwards between taps, no cue is laid
// out twice, a reload offers (and resumes) the very place it left, and the
// session ends recorded once.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { launch, startServer, playerState } from './lib.mjs';

let srv;
before(async () => { srv = await startServer('dist'); });
after(() => srv.server.close());

const state = playerState;

/** A small seeded generator, so a failure can be replayed. */
function random(seed) {
  let s = seed >>> 0;
  return () => { s = (Math.imul(s, 1664525) + 1013904223) >>> 0; return s / 2 ** 32; };
}

async function setVisible(page, visible) {
  await page.evaluate((v) => {
    Object.defineProperty(document, 'visibilityState', { value: v ? 'visible' : 'hidden', configurable: true });
    document.dispatchEvent(new Event('visibilitychange'));
  }, visible);
}

/** Cues (id@instant) held by more than one sound source still to play:
 * the page counts sources made and silenced per cue (`__quadsSources`). */
const doubled = (page) => page.evaluate(() =>
  Object.entries(window.__quadsSources || {}).filter(([, n]) => n > 1).map(([k]) => k));

async function walk(seed) {
  const b = await launch();
  const log = [];
  try {
    const page = b.context.pages()[0];
    await page.clock.install();
    await page.goto(srv.url + '#/routine/builtin-reset');
    await page.evaluate(() => localStorage.setItem('quads-data', JSON.stringify({ app: 'quads', version: 2,
      data: { settings: { mix_with_music: true, last_red_flag_check_ms: Date.now() } } })));
    await page.reload();
    await page.getByRole('button', { name: 'Start', exact: true }).click();
    await page.waitForSelector('.player-main');
    const rnd = random(seed);
    let last = await state(page);
    let hidden = false;
    for (let step = 0; step < 24; step++) {
      const r = rnd();
      let tapped = false;
      if (r < 0.45) {
        const name = ['Pause', 'Resume', 'Skip', 'Back', '15 s'][Math.floor(rnd() * 5)];
        const button = page.locator('.player-main button', { hasText: name });
        if (!hidden && await button.count()) {
          await button.first().click();
          tapped = true;
          log.push(name);
        }
      } else if (r < 0.6) {
        hidden = !hidden;
        await setVisible(page, !hidden);
        log.push(hidden ? 'hide' : 'show');
      } else if (r < 0.7 && !hidden) {
        const before = await state(page);
        if (!before || before.status === 'finished') break;
        assert.deepEqual(await doubled(page), [], `a cue queued twice after ${log}`);
        await page.reload();
        await page.getByRole('heading', { name: 'Resume your session?' }).waitFor();
        await page.clock.runFor(1_500);
        await page.getByRole('button', { name: 'Resume where I was' }).click();
        await page.waitForSelector('.player-main');
        const after = await state(page);
        log.push('reload');
        assert.equal(after.index, before.index, `reload resumed another phase after ${log}`);
        assert.ok(Math.abs(after.remaining - before.remaining) < 300,
          `reload resumed ${after.remaining} ms from the end, left at ${before.remaining}, after ${log}`);
        tapped = true;
      }
      const ms = Math.floor(rnd() * 9_000);
      if (hidden) await page.clock.fastForward(ms); else await page.clock.runFor(ms);
      log.push(ms);
      const now = await state(page);
      if (!now) break; // the summary replaced the player
      if (!tapped && last && now.status !== 'finished' && !hidden) {
        const forward = now.index > last.index || (now.index === last.index && now.remaining <= last.remaining + 1);
        assert.ok(forward, `the countdown went back from ${JSON.stringify(last)} to ${JSON.stringify(now)} after ${log}`);
      }
      if (!hidden) last = now;
      assert.deepEqual(await doubled(page), [], `a cue queued twice after ${log}`);
    }
    if (hidden) await setVisible(page, true);
    assert.deepEqual(await doubled(page), [], `a cue queued twice after ${log}`);
    // Let the session run out: it ends, once, recorded in the habit.
    if (await page.locator('.player-main button', { hasText: 'Resume' }).count()) {
      await page.locator('.player-main button', { hasText: 'Resume' }).first().click();
    }
    for (let i = 0; i < 40 && await page.locator('.summary').count() === 0; i++) await page.clock.runFor(30_000);
    await page.locator('.summary').waitFor();
    const data = await page.evaluate(() => JSON.parse(localStorage.getItem('quads-data')).data);
    // (A session skipped through without a second held is not counted.)
    const held = await page.locator('.summary dd').first().textContent();
    assert.equal((data.sessions || []).length, held === '0:00' ? 0 : 1, `one session recorded (held ${held}) after ${log}`);
    assert.ok(!data.active, 'the resume record is cleared');
  } finally { await b.close(); }
}

for (const seed of [1, 7, 42]) {
  test(`random taps, hides and reloads (seed ${seed}): the countdown never runs back, no cue queued twice, a reload resumes in place, one record`, async () => {
    await walk(seed);
  });
}
