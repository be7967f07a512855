// Share links: clipboard path, cold open in a fresh browser, hostile and
// future links, and a subpath host.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { launch, startServer, openApp } from './lib.mjs';

let srv, sub;
before(async () => { srv = await startServer('dist'); sub = await startServer('dist', '/quads/'); });
after(() => { srv.server.close(); sub.server.close(); });

const stored = (page) => page.evaluate(() => JSON.parse(localStorage.getItem('quads-data') || 'null'));

test('share a routine (clipboard), open the link cold in a fresh browser, save it', async () => {
  const a = await launch({ permissions: ['clipboard-read', 'clipboard-write'] });
  let link;
  try {
    const page = await openApp(a.context, srv.url + '#/edit/new');
    await page.getByLabel('Name', { exact: true }).fill('Partner routine');
    await page.getByLabel('Muscle', { exact: true }).selectOption({ label: 'psoas' });
    await page.getByRole('button', { name: 'Save routine' }).click();
    await page.getByRole('heading', { name: 'Partner routine' }).waitFor();
    // No share sheet in headless Chromium on Linux: the clipboard path.
    await page.evaluate(() => { delete Navigator.prototype.share; });
    await page.getByRole('button', { name: 'Share' }).click();
    await page.getByText('Link copied. Paste it into a message.').waitFor();
    link = await page.evaluate(() => navigator.clipboard.readText());
    assert.match(link, /^http:\/\/localhost:\d+\/#\/r\/1[A-Za-z0-9_-]+$/);
    assert.ok(link.split('#')[1].length < 160, `typical fragment is short: ${link.length}`);
    assert.equal(await page.locator('svg.qr').count(), 1, 'a QR code is drawn');
  } finally { await a.close(); }

  const b = await launch();
  try {
    const page = b.context.pages()[0];
    await page.goto(link);
    await page.getByRole('heading', { name: 'A shared routine' }).waitFor();
    assert.match(await page.textContent('main'), /Partner routine/);
    assert.match(await page.textContent('main'), /presses into the belly/);
    await page.getByRole('button', { name: 'Save to my routines' }).click();
    await page.getByRole('heading', { name: 'Partner routine' }).waitFor();
    const d = await stored(page);
    assert.equal(d.data.routines[0].routine.name, 'Partner routine');
    assert.equal(d.data.routines[0].routine.steps[0].muscle, 'psoas');
    // Opening it again offers keep both / replace only if it differs; here it is identical.
    await page.goto(link);
    await page.getByText('You already have this routine.').waitFor();
    // Saving it again opens the one already there; nothing is duplicated.
    await page.getByRole('button', { name: 'Open my copy' }).click();
    await page.getByRole('heading', { name: 'Partner routine' }).waitFor();
    assert.equal((await stored(page)).data.routines.length, 1, 'no duplicate');
  } finally { await b.close(); }
});

test('a hostile name is shown as text; a damaged link and a future version say so', async () => {
  const b = await launch();
  try {
    const page = await openApp(b.context, srv.url);
    // A routine with markup in its name, turned into a link by the app's own
    // Share button (the codec is the only way links are made).
    await page.evaluate(() => localStorage.setItem('quads-data', JSON.stringify({ app: 'quads', version: 2, data: {
      routines: [{ updated_at_ms: 1, deleted: false, routine: { id: 'u1', name: '<img src=x onerror=alert(1)>', purpose: '<b>bold</b>', switch_rest_s: 10,
        steps: [{ muscle: 'glute_max', side: 'left', tool: 'lacrosse_ball', hold_s: 30, spots: 1, deepen: 'none', reposition_s: 5 }] } }] } })));
    await page.goto(srv.url + '#/routine/u1');
    await page.reload();
    await page.evaluate(() => { delete Navigator.prototype.share; });
    await page.getByRole('button', { name: 'Share' }).click();
    const link = await page.locator('.share-box .link a').getAttribute('href');
    await page.evaluate(() => localStorage.clear());
    await page.goto(link);
    await page.reload();
    await page.getByRole('heading', { name: 'A shared routine' }).waitFor();
    assert.equal(await page.locator('main img').count(), 0);
    assert.equal(await page.locator('main b').count(), 0);
    assert.match(await page.textContent('main h2'), /<img src=x onerror=alert\(1\)>/);

    await page.goto(srv.url + '#/r/4QUJD');
    await page.getByRole('alert').filter({ hasText: 'made with a newer version of the app' }).waitFor();
    await page.goto(srv.url + '#/r/1AAAAAAA');
    await page.getByRole('alert').filter({ hasText: 'damaged or incomplete' }).waitFor();
    await page.goto(srv.url + '#/r/' + link.split('#/r/')[1].slice(0, 20));
    await page.getByRole('alert').filter({ hasText: /damaged or incomplete|cannot use/ }).waitFor();
    // Pasting a link into "Open a shared link" gives the same preview.
    await page.goto(srv.url + '#/open');
    await page.getByLabel('Link or code').fill(link);
    await page.getByRole('button', { name: 'Open' }).click();
    await page.getByRole('heading', { name: 'A shared routine' }).waitFor();
  } finally { await b.close(); }
});

test('the same link works when the app is served under a subpath', async () => {
  const b = await launch();
  try {
    const page = await openApp(b.context, srv.url + '#/routine/builtin-back');
    await page.evaluate(() => { delete Navigator.prototype.share; });
    await page.getByRole('button', { name: 'Share' }).click();
    const link = await page.locator('.share-box .link a').getAttribute('href');
    const code = link.split('#/r/')[1];
    const p2 = await b.context.newPage();
    await p2.goto(sub.url + '#/r/' + code);
    await p2.getByRole('heading', { name: 'A shared routine' }).waitFor();
    assert.match(await p2.textContent('main'), /Back of hip/);
    assert.match(await p2.textContent('main'), /no pressure on the belly/);
  } finally { await b.close(); }
});

test('a shared routine with the name of one of yours: keep both or replace; print view', async () => {
  const b = await launch();
  try {
    const page = await openApp(b.context, srv.url);
    const mine = (hold) => ({ updated_at_ms: 1, deleted: false, routine: { id: `u${hold}`, name: 'Evening', purpose: '', switch_rest_s: 10,
      steps: [{ muscle: 'iliacus', side: 'both', tool: 'massage_ball', hold_s: hold, spots: 1, deepen: 'none', reposition_s: 10 }] } });
    // Share a version with 45 s holds, then keep one with 60 s holds locally.
    await page.evaluate((r) => localStorage.setItem('quads-data', JSON.stringify({ app: 'quads', version: 2, data: { routines: [r] } })), mine(45));
    await page.goto(srv.url + '#/routine/u45');
    await page.reload();
    await page.evaluate(() => { delete Navigator.prototype.share; });
    await page.getByRole('button', { name: 'Share' }).click();
    const link = await page.locator('.share-box .link a').getAttribute('href');
    // Print: the spot guides open, then the printed page has no navigation or buttons.
    await page.evaluate(() => {
      // What the paper gets: every figure in the opened guides, loaded.
      window.print = () => { window.__printed = [...document.querySelectorAll('main details img')].map((i) => i.complete && i.naturalWidth > 0); };
    });
    await page.getByRole('button', { name: 'Print' }).click();
    const printed = await (await page.waitForFunction(() => window.__printed)).jsonValue();
    assert.ok(printed.length > 0 && printed.every(Boolean), `figures on paper: ${printed}`);
    await page.emulateMedia({ media: 'print' });
    assert.equal(await page.locator('.tabbar').isVisible(), false);
    assert.equal(await page.getByRole('button', { name: 'Start', exact: true }).isVisible(), false);
    assert.equal(await page.locator('details dl').first().isVisible(), true);
    await page.emulateMedia({ media: 'screen' });

    await page.evaluate((r) => localStorage.setItem('quads-data', JSON.stringify({ app: 'quads', version: 2, data: { routines: [r] } })), mine(60));
    await page.goto(link);
    await page.reload();
    await page.getByRole('button', { name: 'Save to my routines' }).click();
    await page.getByRole('group', { name: 'Routine exists' }).waitFor();
    await page.getByRole('button', { name: 'Keep both' }).click();
    await page.getByRole('heading', { name: 'Evening (shared)' }).waitFor();
    let names = (await stored(page)).data.routines.map((r) => [r.routine.name, r.routine.steps[0].hold_s]);
    assert.deepEqual(names.sort(), [['Evening (shared)', 45], ['Evening', 60]]);

    await page.evaluate((r) => localStorage.setItem('quads-data', JSON.stringify({ app: 'quads', version: 2, data: { routines: [r] } })), mine(60));
    await page.goto(link);
    await page.reload();
    await page.getByRole('button', { name: 'Save to my routines' }).click();
    await page.getByRole('button', { name: 'Replace mine' }).click();
    await page.getByRole('heading', { name: 'Evening' }).waitFor();
    names = (await stored(page)).data.routines.map((r) => [r.routine.id, r.routine.name, r.routine.steps[0].hold_s]);
    assert.deepEqual(names, [['u60', 'Evening', 45]]);
  } finally { await b.close(); }
});
