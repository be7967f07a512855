// The habit tracker with a controlled clock: days logged, a skipped day,
// two tabs at once, and the files it hands out.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { launch, startServer, habitToday, addDays } from './lib.mjs';

let srv;
before(async () => { srv = await startServer('dist'); });
after(() => srv.server.close());

const stored = (page) => page.evaluate(() => JSON.parse(localStorage.getItem('quads-data') || 'null'));
const streak = async (page) => Number(await page.locator('.stat-num').first().textContent());

test('days logged on a controlled clock build a streak; a skipped day freezes it', async () => {
  const b = await launch();
  try {
    const page = b.context.pages()[0];
    // Noon local time on five consecutive days, across the end of a month.
    await page.clock.install({ time: new Date('2026-11-28T12:00:00') });
    await page.goto(srv.url + '#/habit');
    for (const [day, action] of [['28', 'done'], ['29', 'done'], ['30', 'done'], ['01', 'skip'], ['02', 'done']]) {
      const month = day === '01' || day === '02' ? '12' : '11';
      await page.clock.setSystemTime(new Date(`2026-${month}-${day}T12:00:00`));
      await page.reload();
      await page.getByRole('heading', { name: 'Your habit' }).waitFor();
      if (action === 'done') await page.getByRole('button', { name: 'I did it today (without the app)' }).click();
      else await page.getByRole('button', { name: 'Skip today (rest, sick, travel)' }).click();
    }
    assert.equal(await streak(page), 4, 'three days, a frozen skip, one more day');
    // A session at 00:30 counts for the evening before (day starts at 03:00).
    await page.clock.setSystemTime(new Date('2026-12-03T00:30:00'));
    await page.reload();
    await page.getByRole('heading', { name: 'Your habit' }).waitFor();
    assert.equal(await page.getByRole('button', { name: 'Undo today\'s mark' }).count(), 1, 'still Dec 2 until 03:00');
    // The calendar shows the month and its marks, and pages back.
    assert.match(await page.locator('#cal-title').textContent(), /December 2026/);
    assert.equal(await page.locator('.cal .day.done').count(), 1);
    assert.equal(await page.locator('.cal .day.skipped').count(), 1);
    await page.getByRole('button', { name: 'Previous month' }).click();
    assert.match(await page.locator('#cal-title').textContent(), /November 2026/);
    assert.equal(await page.locator('.cal .day.done').count(), 3);
    // Editing a past day from the calendar.
    await page.getByRole('button', { name: '27 November 2026: not done' }).click();
    await page.getByRole('button', { name: 'Mark done' }).click();
    assert.equal(await page.locator('.cal .day.done').count(), 4);
    assert.equal(Number(await page.locator('.stat-num').nth(1).textContent()), 5, 'best streak now 5');
    // ...and rating it, with a note.
    await page.getByRole('group', { name: 'Quad tightness (0 none, 10 worst)' }).getByRole('radio', { name: '6' }).check();
    await page.getByLabel('Note').fill('after the physio');
    await page.getByRole('button', { name: 'Save rating' }).click();
    const notes = (await stored(page)).data.entries.filter((e) => e.kind === 'note');
    assert.deepEqual(notes.map((e) => [e.day, e.tightness, e.note]), [['2026-11-27', 6, 'after the physio']]);
  } finally { await b.close(); }
});

test('two tabs logging at once lose nothing, and each shows the other\'s', async () => {
  const b = await launch();
  try {
    const a = b.context.pages()[0];
    await a.goto(srv.url + '#/habit');
    const c = await b.context.newPage();
    await c.goto(srv.url + '#/habit');
    await a.getByRole('heading', { name: 'Your habit' }).waitFor();
    await c.getByRole('heading', { name: 'Your habit' }).waitFor();
    // Tab A marks today; tab B, not reloaded, marks yesterday from its calendar.
    await a.getByRole('button', { name: 'I did it today (without the app)' }).click();
    // Yesterday by the app's day, found by its date, whatever the month.
    const yesterday = addDays(await habitToday(c), -1);
    const cell = c.locator(`.cal .day[data-day="${yesterday}"]`);
    if (await cell.count() === 0) await c.getByRole('button', { name: 'Previous month', exact: true }).click();
    await cell.click();
    await c.getByRole('button', { name: 'Mark done' }).click();
    const data = await stored(a);
    assert.equal(data.data.entries.filter((e) => !e.deleted).length, 2, 'both entries kept');
    // Tab B saw A's entry, and A sees B's, without reloading.
    await c.getByRole('button', { name: 'Undo today\'s mark' }).waitFor();
    await a.waitForFunction(() => document.querySelectorAll('.stat-num')[0].textContent === '2');
  } finally { await b.close(); }
});

test('CSV of days and the .ics reminder download and parse', async () => {
  const b = await launch({ acceptDownloads: true });
  try {
    const page = b.context.pages()[0];
    await page.goto(srv.url + '#/habit');
    await page.getByRole('button', { name: 'I did it today (without the app)' }).click();
    await page.getByLabel('Reminder time').fill('07:45');
    await page.getByLabel('Reminder time').blur();
    const [csv] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Export days (CSV)' }).click()]);
    const rows = (await readFile(await csv.path(), 'utf8')).trim().split('\r\n');
    assert.equal(rows[0], 'date,done,skipped,tightness,tenderness,note');
    assert.match(rows[1], /^\d{4}-\d\d-\d\d,1,0,,,""$/);
    const [ics] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: /Add reminder to my calendar/ }).click()]);
    assert.equal(ics.suggestedFilename(), 'quads-reminder.ics');
    const text = await readFile(await ics.path(), 'utf8');
    const lines = text.trim().split('\r\n');
    assert.equal(lines[0], 'BEGIN:VCALENDAR');
    assert.equal(lines.at(-1), 'END:VCALENDAR');
    const field = (k) => lines.find((l) => l.startsWith(k + ':'))?.slice(k.length + 1);
    assert.match(field('DTSTART'), /^\d{8}T074500$/);
    assert.equal(field('RRULE'), 'FREQ=DAILY');
    assert.ok(field('URL').startsWith(srv.url));
    assert.equal(lines.filter((l) => l === 'BEGIN:VEVENT').length, 1);
  } finally { await b.close(); }
});
