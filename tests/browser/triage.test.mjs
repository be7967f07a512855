// The triage wizard walked with the keyboard only, for an emergency, a
// contraindicated and a self-care case; resume after reload; Start opens the routine.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { launch, startServer, openApp, waitForController } from './lib.mjs';

let srv;
before(async () => { srv = await startServer('dist'); });
after(() => srv.server.close());

// Keyboard only: focus a control and press a key, never a mouse click.
const press = async (loc, key = 'Enter') => { await loc.focus(); await loc.press(key); };
const pick = async (loc) => { await loc.focus(); await loc.press('Space'); };

async function emergencyAnswers(page, yesIndex = -1) {
  const groups = page.locator('fieldset.question');
  await groups.first().waitFor();
  const n = await groups.count();
  for (let i = 0; i < n; i++) {
    await pick(groups.nth(i).getByRole('radio', { name: i === yesIndex ? 'Yes' : 'No', exact: true }));
  }
}
const next = (page) => press(page.getByRole('button', { name: /^(Next|Start|Continue|See my result)$/ }));

test('emergency: one yes stops the wizard and says why, with no routine', async () => {
  const b = await launch();
  try {
    const page = await openApp(b.context, srv.url + '#/triage');
    await next(page);
    await emergencyAnswers(page, 4); // swollen, warm thigh or calf
    await next(page);
    const alert = page.getByRole('alert');
    await alert.waitFor();
    const text = await alert.textContent();
    assert.match(text, /Contact emergency services or your local emergency number now/);
    assert.match(text, /swollen, warm or red thigh or calf/);
    assert.match(text, /blood clot/);
    assert.equal(await page.getByRole('button', { name: 'Start', exact: true }).count(), 0);
    assert.equal(await page.getByRole('button', { name: /Next|See my result/ }).count(), 0, 'no way on into pressure work');
    await press(page.getByRole('button', { name: 'Change my answers' }));
    await page.getByRole('heading', { name: 'First, warning signs' }).waitFor();
  } finally { await b.close(); }
});

test('not sure about an emergency sign counts as yes', async () => {
  const b = await launch();
  try {
    const page = await openApp(b.context, srv.url + '#/triage');
    await next(page);
    await emergencyAnswers(page);
    await pick(page.locator('fieldset.question').first().getByRole('radio', { name: 'Not sure' }));
    await next(page);
    assert.match(await page.getByRole('alert').textContent(), /not sure is treated as yes/);
  } finally { await b.close(); }
});

async function walkToResult(page, { contra = null, regions = [], feelings = [], duration = null, notHelping = [], sitting = null, minutes = null, tools = [] }) {
  await next(page);
  await emergencyAnswers(page);
  await next(page);
  await page.getByRole('heading', { name: 'Signs to check with a clinician' }).waitFor();
  await emergencyAnswers(page);
  await next(page);
  await page.getByRole('heading', { name: 'Is belly pressure safe for you?' }).waitFor();
  await emergencyAnswers(page, contra ?? -1);
  await next(page);
  for (const r of regions) await pick(page.getByRole('checkbox', { name: r }));
  await pick(page.getByRole('radio', { name: 'Right', exact: true }));
  await next(page);
  for (const f of feelings) await pick(page.getByRole('checkbox', { name: f, exact: true }));
  if (duration) await pick(page.getByRole('radio', { name: duration }));
  await pick(page.locator('.scale-pt input').nth(4));
  for (const n of notHelping) await pick(page.getByRole('checkbox', { name: n }));
  await next(page);
  if (sitting !== null) await page.getByLabel('Hours sitting on a typical day').selectOption(String(sitting));
  await next(page);
  await page.getByRole('heading', { name: 'Your time and tools' }).waitFor();
  if (minutes) await pick(page.getByRole('radio', { name: `${minutes} min`, exact: true }));
  for (const t of tools) await pick(page.getByRole('checkbox', { name: t, exact: true }));
  await next(page);
  await page.getByRole('heading', { name: 'Your result' }).waitFor();
}

test('self-care: front of thigh, quad work fails, long sitting: iliacus, and why', async () => {
  const b = await launch();
  try {
    const page = await openApp(b.context, srv.url + '#/triage');
    await walkToResult(page, { regions: ['Front of the thigh'], feelings: ['Tight', 'Aching'], duration: 'More than 6 weeks',
      notHelping: ['Stretching the quads', 'Foam rolling the quads'], sitting: 9 });
    assert.match(await page.locator('.level').textContent(), /Self-care looks reasonable/);
    const top = page.locator('.source').first();
    assert.match(await top.textContent(), /Iliacus trigger point/);
    assert.match(await top.textContent(), /Because you said: .*front of your thigh.*stretching your quads does not help.*9 hours/);
    await page.getByRole('heading', { name: 'Your routine' }).waitFor();
    assert.match(await page.locator('.advice').textContent(), /2 to 4 weeks/);
    // Start runs the routine made for these answers, right side first.
    await press(page.locator('.recommend').getByRole('button', { name: 'Start' }));
    await page.waitForSelector('.player-main');
    assert.match(await page.textContent('.routine-name'), /My release: iliacus, right first/);
    assert.match(await page.textContent('.spot'), /Right iliacus/);
  } finally { await b.close(); }
});

test('contraindication: no belly pressure in what is offered', async () => {
  const b = await launch();
  try {
    const page = await openApp(b.context, srv.url + '#/triage');
    await walkToResult(page, { contra: 0, regions: ['Front of the thigh'], feelings: ['Tight'], notHelping: ['Stretching the quads'] });
    assert.match(await page.locator('.level').textContent(), /Self-care, with care/);
    assert.match(await page.locator('.level').textContent(), /you may be pregnant/);
    await page.getByRole('heading', { name: 'Your routine' }).waitFor();
    const steps = await page.locator('.composed-step strong').allTextContents();
    assert.ok(steps.length > 0 && steps.every((t) => !/iliacus|psoas/.test(t)), `no belly step: ${steps}`);
    assert.match(await page.locator('.recommend').textContent(), /Belly pressure is left out/);
    assert.match(await page.locator('.advice').textContent(), /no pressure into the belly/);
  } finally { await b.close(); }
});

test('a half-finished triage resumes after a reload; results are kept', async () => {
  const b = await launch();
  try {
    const page = await openApp(b.context, srv.url + '#/triage');
    await next(page);
    await emergencyAnswers(page);
    await next(page);
    await page.getByRole('heading', { name: 'Signs to check with a clinician' }).waitFor();
    await page.reload();
    await page.getByRole('heading', { name: 'Signs to check with a clinician' }).waitFor();
    await press(page.getByRole('button', { name: 'Back' }));
    await page.getByRole('heading', { name: 'First, warning signs' }).waitFor();
    // The earlier answers are still there.
    assert.equal(await page.getByRole('radio', { name: 'No', exact: true }).first().isChecked(), true);
  } finally { await b.close(); }
});

test('the composed routine, offline: minutes re-compose it in place, Start runs it sore side first, Save makes it Home\'s', async () => {
  const b = await launch();
  try {
    let page = await openApp(b.context, srv.url);
    await waitForController(page);
    await b.context.setOffline(true);
    await page.goto(srv.url + '#/triage');
    await page.waitForSelector('main h1');
    await walkToResult(page, { regions: ['Front of the thigh'], feelings: ['Tight'], duration: 'More than 6 weeks',
      notHelping: ['Stretching the quads', 'Foam rolling the quads'], sitting: 9, tools: ['Kettlebell'] });
    const card = page.locator('.recommend');
    const steps = () => card.locator('.composed-step').allTextContents();
    const ten = await steps();
    assert.match(ten[0], /Right iliacus · kettlebell handle/);
    assert.match(ten[0], /Because you said/);
    assert.ok(ten.some((t) => /glute max|hamstrings|adductor/.test(t)), `an antagonist at 10 min: ${ten}`);
    assert.match(await card.locator('.meta').first().textContent(), /about 10 min/);
    // Five minutes: a floss of the iliacus, both sides, sore side first.
    await pick(card.getByRole('radio', { name: '5 min', exact: true }));
    const five = await steps();
    assert.deepEqual(five.map((t) => t.split(' · ')[0]), ['Right iliacus', 'Left iliacus']);
    assert.match(await card.locator('.meta').first().textContent(), /about 5 min/);
    // Save: named after the result, Home's Start now opens it.
    await press(card.getByRole('button', { name: 'Save as my routine' }));
    await card.getByText("Saved. Home's Start now opens it.").waitFor();
    const d = await page.evaluate(() => JSON.parse(localStorage.getItem('quads-data')));
    const saved = d.data.routines[0].routine;
    assert.equal(d.data.settings.usual_routine, saved.id);
    assert.deepEqual(d.data.settings.tools, ['kettlebell_handle'], 'tools remembered');
    await page.goto(srv.url + '#/');
    await press(page.getByRole('button', { name: `Start ${saved.name}` }));
    await page.waitForSelector('.player-main');
    assert.match(await page.textContent('.spot'), /Right iliacus · kettlebell handle/);
    assert.deepEqual(b.problems.errors, []);
  } finally { await b.close(); }
});
