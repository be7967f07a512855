// The session track: a session plays as one <audio> track whose position is
// the session's clock; lock-screen controls; hidden for two minutes; the
// fallback to the page's audio clock; the music setting.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { launch, startServer, trackProbe, holdEndOnTrack, hiddenFor } from './lib.mjs';

let srv;
before(async () => { srv = await startServer('dist'); });
after(() => srv.server.close());

// Ready 5 s, then one 10 s hold on the left: done at 15 s.
const SHORT = { id: 'short', name: 'Short left', purpose: '', switch_rest_s: 0,
  steps: [{ muscle: 'iliacus', side: 'left', tool: 'massage_ball', hold_s: 10, spots: 1, deepen: 'none', reposition_s: 0 }] };

/** Records oscillators started and lock-screen handlers (media: `trackProbe`). */
function instrument() {
  window.__osc = 0;
  const start = OscillatorNode.prototype.start;
  OscillatorNode.prototype.start = function (...a) { window.__osc++; return start.apply(this, a); };
  window.__ms = {};
  if (navigator.mediaSession) {
    const set = navigator.mediaSession.setActionHandler.bind(navigator.mediaSession);
    navigator.mediaSession.setActionHandler = (name, f) => { if (f) window.__ms[name] = f; else delete window.__ms[name]; try { set(name, f); } catch { /* not on this browser */ } };
  }
}

async function start(b, routine, settings = {}) {
  const page = b.context.pages()[0];
  await page.addInitScript(trackProbe);
  await page.addInitScript(instrument);
  await page.goto(srv.url);
  await page.evaluate(([r, s]) => localStorage.setItem('quads-data', JSON.stringify({ app: 'quads', version: 2, data: {
    settings: { last_red_flag_check_ms: Date.now(), voice: false, vibration: false, ...s },
    routines: [{ routine: r, updated_at_ms: Date.now(), deleted: false }] } })), [routine, settings]);
  await page.goto(srv.url + '#/routine/' + routine.id);
  await page.reload();
  await page.getByRole('button', { name: 'Start', exact: true }).click();
  await page.waitForSelector('.player-main');
  return page;
}

const state = (page) => page.evaluate(() => {
  const m = document.querySelector('.player-main');
  const a = window.__media[window.__media.length - 1];
  return { kind: m?.dataset.phaseKind, index: m ? +m.dataset.phaseIndex : -1, status: m?.dataset.status, remaining: m ? +m.dataset.remainingMs : NaN,
    playing: !!a && !a.paused && !a.ended, position: a ? a.currentTime * 1000 : NaN, src: a?.src || '' };
});

test('a session runs on the track from start to end, with the right phases and no other cue path', async () => {
  const b = await launch();
  try {
    const page = await start(b, SHORT);
    await page.waitForFunction(() => window.__media.some((a) => !a.paused && a.src.startsWith('blob:') && a.duration > 15));
    const kinds = new Set();
    let s;
    for (let i = 0; i < 60; i++) {
      s = await state(page);
      if (s.kind) kinds.add(s.kind);
      if (await page.getByRole('heading', { name: 'Session done' }).isVisible()) break;
      await page.waitForTimeout(500);
    }
    await page.getByRole('heading', { name: 'Session done' }).waitFor({ timeout: 5000 });
    assert.deepEqual([...kinds], ['prepare', 'hold']);
    assert.equal(await page.evaluate(() => window.__osc), 0, 'no Web Audio cue while the track plays');
    const d = await page.evaluate(() => JSON.parse(localStorage.getItem('quads-data')).data);
    assert.equal(d.sessions.length, 1, 'the session is saved once');
    assert.equal(d.sessions[0].completed, true);
    assert.deepEqual(b.problems.errors, []);
  } finally { await b.close(); }
});

test('the track is the clock: a pause from outside pauses the session; lock-screen buttons pause, resume, skip and go back', async () => {
  const b = await launch();
  try {
    const long = { ...SHORT, id: 'long', name: 'Long left', steps: [{ ...SHORT.steps[0], hold_s: 60, spots: 3, reposition_s: 5 }] };
    const page = await start(b, long);
    await page.waitForFunction(() => window.__media.some((a) => !a.paused && a.currentTime > 1));
    assert.equal(await page.evaluate(() => navigator.mediaSession.metadata.title), 'Long left');
    // A call takes the audio: the element is paused by the system.
    await page.evaluate(() => window.__media[window.__media.length - 1].pause());
    await page.waitForFunction(() => document.querySelector('.player-main').dataset.status === 'paused');
    const frozen = (await state(page)).remaining;
    await page.waitForTimeout(1500);
    assert.equal((await state(page)).remaining, frozen, 'the countdown stopped with the sound');
    // Lock screen: play.
    await page.evaluate(() => window.__ms.play());
    await page.waitForFunction(() => document.querySelector('.player-main').dataset.status === 'running');
    await page.waitForFunction(() => window.__media.some((a) => !a.paused));
    // Lock screen: next, then previous.
    const i0 = (await state(page)).index;
    await page.evaluate(() => window.__ms.nexttrack());
    await page.waitForFunction((i) => +document.querySelector('.player-main').dataset.phaseIndex === i + 1, i0);
    await page.waitForFunction(() => /spot 1 of 3/.test(navigator.mediaSession.metadata?.artist || ''));
    assert.match(await page.evaluate(() => navigator.mediaSession.metadata.artist), /^Left iliacus · spot 1 of 3$/);
    await page.evaluate(() => window.__ms.previoustrack());
    await page.waitForFunction((i) => +document.querySelector('.player-main').dataset.phaseIndex === i, i0);
    // Lock screen: pause.
    await page.evaluate(() => window.__ms.pause());
    await page.waitForFunction(() => document.querySelector('.player-main').dataset.status === 'paused');
    assert.equal((await state(page)).playing, false);
    // What is shown follows the track: remaining time and track position move together.
    await page.evaluate(() => window.__ms.play());
    await page.waitForFunction(() => window.__media.some((a) => !a.paused && a.currentTime > 0.5));
    const a = await state(page);
    await page.waitForTimeout(2000);
    const z = await state(page);
    const shown = a.remaining - z.remaining, heard = z.position - a.position;
    assert.ok(Math.abs(shown - heard) < 1100, `shown ${shown} ms, heard ${heard} ms`);
    assert.equal(await page.evaluate(() => window.__osc), 0);
    // Ending early stops the track: the rest of its cues are not played.
    await page.getByRole('button', { name: 'End session…' }).click();
    await page.getByRole('group', { name: 'End session' }).getByRole('button', { name: 'End session' }).click();
    await page.getByRole('heading', { name: 'Session ended' }).waitFor();
    await page.waitForFunction(() => window.__media.every((a) => a.paused));
    assert.equal(await page.evaluate(() => navigator.mediaSession.playbackState), 'none');
    assert.deepEqual(b.problems.errors, []);
  } finally { await b.close(); }
});

test('hidden for two minutes while the track plays: shown again on the right phase, on the track\'s time', async () => {
  const b = await launch();
  try {
    const long = { ...SHORT, id: 'long', name: 'Long left', steps: [{ ...SHORT.steps[0], hold_s: 180 }] };
    const page = await start(b, long);
    await page.waitForFunction(() => window.__media.some((a) => !a.paused && a.currentTime > 1));
    const holdEnd = await holdEndOnTrack(page, 180000);
    const r = await hiddenFor(b, page, 120000);
    assert.equal(r.playing, true, 'the track kept playing');
    assert.ok(r.position > 115000, `the track moved on while hidden: ${r.position}`);
    assert.equal(r.kind, 'hold');
    const drift = Math.abs(r.shown - (holdEnd - r.position));
    assert.ok(drift < 50, `shown ${r.shown} ms left, the track says ${holdEnd - r.position}`);
  } finally { await b.close(); }
});

test('when the track cannot play, the session carries on with the audio clock and says so', async () => {
  const b = await launch();
  try {
    await b.context.addInitScript(() => {
      HTMLMediaElement.prototype.play = function () { return Promise.reject(new DOMException('blocked', 'NotAllowedError')); };
    });
    const page = await start(b, SHORT);
    await page.getByText('The sound track could not start here').waitFor();
    await page.waitForFunction(() => document.querySelector('.player-main').dataset.phaseKind === 'hold', null, { timeout: 10000 });
    assert.ok(await page.evaluate(() => window.__osc) > 0, 'cues on the audio clock instead');
    assert.deepEqual(b.problems.errors, []);
  } finally { await b.close(); }
});

test('the music setting sets the audio session: playback for the track, ambient to mix', async () => {
  const b = await launch();
  try {
    await b.context.addInitScript(() => {
      Object.defineProperty(Navigator.prototype, 'audioSession', { value: { type: 'auto' }, configurable: true });
    });
    let page = await start(b, SHORT);
    assert.equal(await page.evaluate(() => navigator.audioSession.type), 'playback');
    await page.goto(srv.url + '#/settings');
    await page.getByLabel('Mix with my music (keep the screen on)').check();
    await page.waitForFunction(() => JSON.parse(localStorage.getItem('quads-data')).data.settings.mix_with_music === true);
    await page.goto(srv.url + '#/routine/short');
    await page.reload();
    await page.getByRole('button', { name: 'Start', exact: true }).click();
    await page.waitForSelector('.player-main');
    assert.equal(await page.evaluate(() => navigator.audioSession.type), 'ambient');
    await page.waitForFunction(() => window.__osc > 0);
    assert.equal(await page.evaluate(() => window.__media.length), 0, 'no track when mixing');
  } finally { await b.close(); }
});
