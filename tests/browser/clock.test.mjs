// The clock the other tests run on. With QUADS_TEST_NOW (and TZ) set, the
// pages of both engines must read that instant in that zone, or a run "at
// 00:30 on a Monday" would quietly test today instead.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { launch, startServer } from './lib.mjs';
import { launchWebKit, startWebKitServer, openApp } from './webkit.mjs';

const NOW = process.env.QUADS_TEST_NOW;
const skip = NOW ? false : 'QUADS_TEST_NOW is not set: the pages read the real clock';
// Each test file starts at the instant; allow for the browser's start-up.
const SLACK_MS = 120_000;

let srv, wk;
before(async () => { srv = await startServer('dist'); wk = await startWebKitServer('dist'); });
after(() => { srv.server.close(); wk.server.close(); });

const READ = 'return [Date.now(), performance.timeOrigin + performance.now(), Intl.DateTimeFormat().resolvedOptions().timeZone]';

function check([wall, perf, zone]) {
  const want = new Date(NOW).getTime();
  assert.ok(wall >= want && wall - want < SLACK_MS, `Date.now() is ${new Date(wall).toISOString()}, not ${NOW}`);
  assert.ok(Math.abs(perf - wall) < 1_000, 'performance.timeOrigin moved with Date');
  if (process.env.TZ) assert.equal(zone, process.env.TZ);
}

test('Chromium pages read QUADS_TEST_NOW in TZ', { skip }, async () => {
  const b = await launch();
  try {
    const page = b.context.pages()[0];
    await page.goto(srv.url + '#/habit');
    check(await page.evaluate(new Function(READ)));
  } finally { await b.close(); }
});

test('WebKit pages read QUADS_TEST_NOW in TZ', { skip }, async () => {
  const b = await launchWebKit();
  try {
    await openApp(b, wk.url + '#/habit');
    check(await b.driver.executeScript(READ));
  } finally { await b.close(); }
});
