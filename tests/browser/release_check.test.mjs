// "Is release working?": four regular weeks with flat ratings send the person
// to a clinician, with the numbers; the summary prints or sends; "Not now"
// quiets it and is kept; rising ratings bring the warning signs back first.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { launch, startServer } from './lib.mjs';

let srv;
before(async () => { srv = await startServer('dist'); });
after(() => srv.server.close());

const stored = (page) => page.evaluate(() => JSON.parse(localStorage.getItem('quads-data') || 'null'));

/** Data with five sessions a week on the four weeks from 2 November 2026,
 * and tightness/tenderness ratings on Mondays, Wednesdays and Fridays. */
export function fourWeeks(tight = () => 6, tender = () => 5, extra = {}) {
  const day = (n) => { const t = new Date(2026, 10, 2 + n, 12); return `${t.getFullYear()}-${String(t.getMonth() + 1).padStart(2, '0')}-${String(t.getDate()).padStart(2, '0')}`; };
  const sessions = []; const entries = [];
  for (let w = 0; w < 4; w++) {
    for (let d = 0; d < 5; d++) {
      const n = w * 7 + d;
      sessions.push({ id: `s${n}`, routine_id: 'builtin-floss', routine_name: 'Daily floss', day: day(n),
        started_at_ms: Date.UTC(2026, 10, 2 + n, 11), held_s: 300, spots_done: 4, sides: 2, completed: true });
      if (d % 2 === 0) entries.push({ id: `n${n}`, day: day(n), kind: 'note', tightness: tight(w), tenderness: tender(w), note: '', at_ms: Date.UTC(2026, 10, 2 + n, 12), deleted: false });
    }
  }
  return { app: 'quads', version: 2, data: { sessions, entries, ...extra } };
}

async function open(b, data, hash = '#/') {
  const page = b.context.pages()[0];
  // Monday 30 November 2026, noon: the four weeks are over.
  await page.clock.install({ time: new Date(2026, 10, 30, 12) });
  await page.goto(srv.url + '#/about');
  await page.evaluate((d) => localStorage.setItem('quads-data', JSON.stringify(d)), data);
  await page.goto(srv.url + hash);
  await page.reload();
  await page.waitForSelector('main h1');
  return page;
}

test('four flat regular weeks: Home says see a clinician, with the numbers; the summary; "Not now" is kept', async () => {
  const b = await launch({ permissions: ['clipboard-read', 'clipboard-write'] });
  try {
    const page = await open(b, fourWeeks());
    const card = page.locator('.clinician-referral');
    await card.waitFor();
    const text = await card.textContent();
    assert.match(text, /Time to see a clinician/);
    assert.match(text, /4 weeks of regular release and no clear improvement/);
    assert.match(text, /since the week of 2 November, about 5\.0 days a week/);
    assert.match(text, /Tightness, weekly average: 6\.0 → 6\.0 out of 10/);
    assert.match(text, /Tenderness, weekly average: 5\.0 → 5\.0 out of 10/);
    assert.match(text, /What to tell them/);
    assert.match(text, /5\.0 days a week for 4 weeks/);
    // No warning-sign notice: the ratings are flat, not rising.
    assert.doesNotMatch(text, /Check the warning signs/);
    // The summary, without a plan: the same numbers, to print or send.
    await card.getByRole('link', { name: 'Summary to print or send' }).click();
    await page.getByRole('heading', { name: 'Summary for a clinician' }).waitFor();
    const msg = await page.locator('pre.message').textContent();
    assert.match(msg, /^Release check, Monday 30 November 2026:\nTime to see a clinician: 4 weeks/);
    assert.match(msg, /My tightness went from 6\.0 → 6\.0/);
    await page.evaluate(() => { delete Navigator.prototype.share; });
    await page.getByRole('button', { name: 'Copy' }).click();
    await page.getByText('Message copied.').waitFor();
    assert.equal(await page.evaluate(() => navigator.clipboard.readText()), msg);
    assert.ok(await page.getByRole('button', { name: 'Print' }).isVisible());
    // The Habit screen shows the same card, and the line with its numbers.
    await page.goto(srv.url + '#/habit');
    await page.locator('.clinician-referral').waitFor();
    assert.equal(await page.locator('.check-line').getAttribute('data-verdict'), 'see-clinician');
    // "Not now": quiet for four weeks, stored, and still quiet after a reload.
    await page.locator('.clinician-referral').getByRole('button', { name: 'Not now' }).click();
    await page.waitForFunction(() => !document.querySelector('.clinician-referral'));
    const q = (await stored(page)).data.check_quiet;
    assert.deepEqual([q.until, q.seen], ['2026-12-28', false]);
    assert.match(await page.locator('.check-line').textContent(), /You said “not now”, so this stays quiet until Monday 28 December 2026\./);
    await page.goto(srv.url + '#/');
    await page.reload();
    await page.locator('.today').waitFor();
    assert.equal(await page.locator('.clinician-referral').count(), 0, 'quiet on Home too');
    assert.deepEqual(b.problems.errors, []);
  } finally { await b.close(); }
});

test('ratings rising despite regular release: the referral says so, and the warning signs come before the next session', async () => {
  const b = await launch();
  try {
    const recent = new Date(2026, 10, 29, 9).getTime(); // answered yesterday: not due by the two-week rule
    const page = await open(b, fourWeeks((w) => 3 + w * 2, () => 4, { settings: { last_red_flag_check_ms: recent, mix_with_music: true } }));
    const card = page.locator('.clinician-referral');
    await card.waitFor();
    assert.match(await card.textContent(), /ratings are going up despite regular release/);
    assert.match(await card.textContent(), /Tightness, weekly average: 3\.0 → 9\.0 out of 10 .*clearly higher/);
    await card.getByRole('link', { name: 'Check the warning signs now' }).waitFor();
    // Starting from Home: the warning-sign questions first, though they were
    // answered yesterday.
    await page.locator('.today').getByRole('button', { name: /^Start / }).click();
    await page.getByRole('heading', { name: 'A quick safety check' }).waitFor();
    // "I have seen someone" quiets it, and is what the Habit screen says.
    await page.goto(srv.url + '#/');
    await page.locator('.clinician-referral').getByRole('button', { name: 'I have seen someone' }).click();
    await page.waitForFunction(() => !document.querySelector('.clinician-referral'));
    assert.equal((await stored(page)).data.check_quiet.seen, true);
    await page.goto(srv.url + '#/habit');
    assert.match(await page.locator('.check-line').textContent(), /You said “I have seen someone”/);
    assert.deepEqual(b.problems.errors, []);
  } finally { await b.close(); }
});

test('no alarm before the rule applies: two weeks of release is a line, not a card', async () => {
  const b = await launch();
  try {
    const data = fourWeeks();
    // Only the last two weeks happened.
    data.data.sessions = data.data.sessions.filter((s) => s.day >= '2026-11-16');
    data.data.entries = data.data.entries.filter((e) => e.day >= '2026-11-16');
    const page = await open(b, data, '#/habit');
    await page.locator('.check-line').waitFor();
    assert.equal(await page.locator('.check-line').getAttribute('data-verdict'), 'no-change-yet');
    assert.match(await page.locator('.check-line').textContent(), /No clear change yet/);
    await page.getByText('The numbers behind it').click();
    assert.match(await page.locator('.check-line').textContent(), /looks again on Monday 14 December 2026/);
    assert.equal(await page.locator('.clinician-referral').count(), 0);
    await page.goto(srv.url + '#/');
    await page.locator('.today').waitFor();
    assert.equal(await page.locator('.clinician-referral').count(), 0);
  } finally { await b.close(); }
});

test('the check in German: its referral, its numbers with a decimal comma, its days in German', async () => {
  const b = await launch();
  try {
    const page = await open(b, fourWeeks(() => 6, () => 5, { settings: { language: 'de' } }));
    const card = page.locator('.clinician-referral');
    await card.waitFor();
    const text = await card.textContent();
    assert.match(text, /Zeit für eine ärztliche oder physiotherapeutische Abklärung/);
    assert.match(text, /4 Wochen regelmäßige Selbstmassage ohne deutliche Besserung/);
    assert.match(text, /seit der Woche vom 2\. November, etwa 5,0 Tage pro Woche/);
    assert.match(text, /Spannung, Wochendurchschnitt: 6,0 → 6,0 von 10/);
    await card.getByRole('button', { name: 'Jetzt nicht' }).click();
    await page.goto(srv.url + '#/habit');
    await page.locator('.check-line').waitFor();
    assert.match(await page.locator('.check-line').textContent(), /„Jetzt nicht“ gesagt, deshalb bleibt dieser Hinweis bis Montag, 28\. Dezember 2026 aus\./);
    assert.deepEqual(b.problems.errors, []);
  } finally { await b.close(); }
});
