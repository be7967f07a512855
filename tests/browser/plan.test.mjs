// Plans by link: a physio makes one, the patient opens it cold, starts it,
// and Home and the habit target follow; the progress text opens as a
// read-only summary; markup in a note stays text; the print page has the QR.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { launch, startServer, openApp, habitToday, addDays } from './lib.mjs';

let srv;
before(async () => { srv = await startServer('dist'); });
after(() => srv.server.close());

const stored = (page) => page.evaluate(() => JSON.parse(localStorage.getItem('quads-data') || 'null'));
const NOTE = 'Gently on the left. <b>Stop</b> if it tingles & tell me.';

test('make a plan, open it cold, start it: target, Home and progress follow', async () => {
  const a = await launch({ permissions: ['clipboard-read', 'clipboard-write'] });
  let link;
  try {
    const page = await openApp(a.context, srv.url + '#/routine/builtin-front');
    await page.getByRole('link', { name: 'Send as a plan' }).click();
    await page.getByRole('heading', { name: 'Send as a plan' }).waitFor();
    await page.getByLabel('How often').selectOption({ label: 'Some days each week' });
    await page.getByLabel('Days per week').fill('4');
    await page.getByLabel('Days per week').dispatchEvent('change');
    await page.getByLabel('For how many weeks').selectOption('4');
    await page.getByLabel('A note for them (optional)').fill(NOTE);
    const sheet = page.locator('.plan-sheet');
    await sheet.getByText('4 days a week for 4 weeks').waitFor();
    assert.equal(await sheet.locator('svg.qr').count(), 1, 'the QR is on the plan sheet');
    await page.getByRole('button', { name: 'Copy link' }).click();
    await page.getByText('Link copied. Paste it into a message.').waitFor();
    link = await page.evaluate(() => navigator.clipboard.readText());
    assert.match(link, /^http:\/\/localhost:\d+\/#\/r\/2[A-Za-z0-9_-]+$/);
    assert.equal(await sheet.locator('.link a').getAttribute('href'), link);
    // The printed page: the plan with its QR and the routine's steps, no form.
    await page.evaluate(() => {
      // What the paper gets: every figure in the opened guides, loaded.
      window.print = () => { window.__printed = [...document.querySelectorAll('main details img')].map((i) => i.complete && i.naturalWidth > 0); };
    });
    await page.getByRole('button', { name: 'Print' }).click();
    const printed = await (await page.waitForFunction(() => window.__printed)).jsonValue();
    assert.ok(printed.length > 0 && printed.every(Boolean), `figures on paper: ${printed}`);
    await page.emulateMedia({ media: 'print' });
    assert.equal(await sheet.locator('svg.qr').isVisible(), true);
    assert.equal(await page.locator('form').isVisible(), false);
    assert.equal(await page.locator('.tabbar').isVisible(), false);
    assert.ok(await page.locator('ol.steps li').count() >= 2, 'the routine is printed too');
    assert.equal(await page.locator('.plan-sheet blockquote b').count(), 0, 'the note is text');
  } finally { await a.close(); }

  const b = await launch({ permissions: ['clipboard-read', 'clipboard-write'] });
  try {
    const page = b.context.pages()[0];
    await page.goto(link);
    await page.getByRole('heading', { name: 'A plan for you' }).waitFor();
    const main = await page.textContent('main');
    assert.match(main, /Do “Front of hip” 4 days a week for 4 weeks\./);
    assert.match(main, /Week 1 starts the day you start the plan\./);
    assert.equal(await page.locator('main blockquote').textContent(), NOTE, 'the note, as text');
    assert.equal(await page.locator('main blockquote b').count(), 0);
    await page.getByRole('button', { name: 'Start this plan' }).click();
    // The person's own target (every day) is replaced: asked first.
    await page.getByText('Your habit target (every day) becomes 4 days a week').waitFor();
    await page.getByRole('group', { name: 'Before you start' }).getByRole('button', { name: 'Start this plan' }).click();
    await page.getByText('Week 1 of 4').waitFor();
    let d = (await stored(page)).data;
    assert.deepEqual(d.settings.target, { kind: 'per_week', n: 4 });
    assert.equal(d.routines.length, 0, 'a built-in routine is not copied');
    assert.equal(d.plan.routine_id, 'builtin-front');
    assert.equal(d.settings.usual_routine, 'builtin-front');
    assert.match(await page.textContent('main'), /Week 1 of 4 of your plan: 4 days a week for 4 weeks\./);
    await page.getByRole('button', { name: 'Start Front of hip' }).waitFor();

    // Opening the same plan again changes nothing.
    const before = await page.evaluate(() => localStorage.getItem('quads-data'));
    await page.goto(link);
    await page.getByText('This is the plan you are following. Nothing has changed.').waitFor();
    assert.equal(await page.evaluate(() => localStorage.getItem('quads-data')), before);

    // Nine days later, with sessions and ratings: week 2, and a progress report.
    // The days count back from the app's habit day, not from a clock.
    await page.goto(srv.url + '#/habit');
    const today = await habitToday(page);
    await page.evaluate((days) => {
      const s = JSON.parse(localStorage.getItem('quads-data'));
      const day = (n) => days[n + 9];
      s.data.plan.first_day = day(-9);
      s.data.sessions = [-9, -7, -5, -2].map((n, i) => ({ id: `s${i}`, routine_id: 'builtin-front', routine_name: 'Front of hip', day: day(n),
        started_at_ms: Date.now() + n * 864e5, held_s: 600, spots_done: 10, sides: 2, completed: true }));
      s.data.entries = [[-9, 7, 6], [-2, 4, 5]].map(([n, a, b], i) => ({ id: `n${i}`, day: day(n), kind: 'note', tightness: a, tenderness: b,
        note: '', at_ms: Date.now() + n * 864e5, deleted: false }));
      localStorage.setItem('quads-data', JSON.stringify(s));
    }, Array.from({ length: 10 }, (_, i) => addDays(today, i - 9)));
    await page.goto(srv.url + '#/');
    await page.reload();
    await page.getByText('Week 2 of 4').waitFor();
    await page.getByRole('link', { name: 'Send my progress' }).click();
    await page.getByRole('heading', { name: 'Send my progress' }).waitFor();
    await page.getByLabel('A few words (optional)').fill('Left side <i>much</i> better.');
    const message = page.locator('pre.message');
    await message.getByText('Left side <i>much</i> better.').waitFor();
    let text = await message.textContent();
    assert.match(text, /^My progress on “Front of hip”, week 2 of 4:\n/);
    assert.match(text, /Done on 4 of 5 planned days \(4 days a week\)\./);
    assert.match(text, /Tightness: 7 → 4 out of 10 \(better\)\./);
    assert.match(text, /Tenderness: 6 → 5 out of 10 \(a little better\)\./);
    // The release check goes in when ticked (by default), and says why.
    assert.match(text, /Release check: (too early to tell|release not regular yet)/);
    await page.getByLabel('Is release working? (the app\'s check)').uncheck();
    await page.waitForFunction(() => !/Release check/.test(document.querySelector('pre.message').textContent));
    // Only what is chosen goes in.
    await page.getByLabel('Tightness and tenderness, from my ratings').uncheck();
    await page.waitForFunction(() => !/Tightness/.test(document.querySelector('pre.message').textContent));
    await page.evaluate(() => { delete Navigator.prototype.share; });
    await page.getByRole('button', { name: 'Send…' }).click();
    await page.getByText('Message copied.').waitFor();
    text = await page.evaluate(() => navigator.clipboard.readText());
    assert.doesNotMatch(text, /Tightness/);
    const summary = text.match(/Summary: (\S+)$/)[1];
    assert.match(summary, /#\/r\/3[A-Za-z0-9_-]+$/);

    // The sender opens it: a read-only summary, nothing saved.
    const c = await launch();
    try {
      const p = c.context.pages()[0];
      await p.goto(summary);
      await p.getByRole('heading', { name: 'Progress report' }).waitFor();
      const m = await p.textContent('main');
      assert.match(m, /“Front of hip”: week 2 of 4\./);
      assert.match(m, /Done on 4 of 5 planned days/);
      assert.doesNotMatch(m, /Tightness/);
      assert.equal(await p.locator('main blockquote').textContent(), 'Left side <i>much</i> better.');
      assert.equal(await p.locator('main blockquote i').count(), 0);
      assert.equal(await p.locator('main button').count(), 0, 'read-only');
      assert.equal(await p.evaluate(() => localStorage.getItem('quads-data')), null, 'nothing saved');
    } finally { await c.close(); }
  } finally { await b.close(); }
});

test('a newer plan for the same routine asks before it replaces; ending gives the target back', async () => {
  const b = await launch();
  try {
    const page = await openApp(b.context, srv.url + '#/plan/builtin-back');
    const linkNow = () => page.locator('.plan-sheet .link a').getAttribute('href');
    const first = await linkNow();
    await page.getByLabel('For how many weeks').selectOption('8');
    await page.getByLabel('A note for them (optional)').fill('Longer now.');
    await page.locator('.plan-sheet').getByText('for 8 weeks').waitFor();
    const newer = await linkNow();
    assert.notEqual(first, newer);
    await page.goto(first);
    await page.getByRole('button', { name: 'Start this plan' }).click();
    await page.getByRole('group', { name: 'Before you start' }).getByRole('button', { name: 'Start this plan' }).click();
    await page.getByText('Week 1 of 6').waitFor();
    await page.goto(newer);
    await page.getByRole('heading', { name: 'A plan for you' }).waitFor();
    await page.getByRole('button', { name: 'Start this plan' }).click();
    await page.getByText('It replaces the one you follow').waitFor();
    await page.getByRole('group', { name: 'Before you start' }).getByRole('button', { name: 'Not now' }).click();
    assert.equal((await stored(page)).data.plan.code, first.split('#/r/')[1], 'nothing replaced yet');
    await page.getByRole('button', { name: 'Start this plan' }).click();
    await page.getByRole('group', { name: 'Before you start' }).getByRole('button', { name: 'Start this plan' }).click();
    await page.getByText('Week 1 of 8').waitFor();
    assert.equal((await stored(page)).data.plan.code, newer.split('#/r/')[1]);
    // Ending it on the Habit screen gives back the target from before the plans.
    await page.goto(srv.url + '#/habit');
    await page.getByRole('button', { name: 'End the plan now' }).click();
    await page.waitForFunction(() => !JSON.parse(localStorage.getItem('quads-data')).data.plan);
    assert.deepEqual((await stored(page)).data.settings.target, { kind: 'daily' });
    assert.deepEqual(b.problems.errors, []);
  } finally { await b.close(); }
});
