// The runner's language: words come from the chosen language's catalogue,
// fetched once, kept offline by the service worker; <html lang> follows.
// A pseudo-language (accented, about 40% longer, in brackets) stands in for
// English so any word the app still writes itself shows up.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { launch, startServer, openApp, waitForController } from './lib.mjs';

let srv;
before(async () => { srv = await startServer('dist'); });
after(() => srv.server.close());

/** Stored data that chose `tag` in Settings. */
const chose = (tag) => JSON.stringify({ app: 'quads', version: 2, data: { settings: { language: tag } } });

// Links made by the app before this round (a built-in routine, in its
// English words, as every version wrote them): fixtures, opened in Spanish.
const BUILTIN_FRONT_LINK = '1DEZyb250IG9mIGhpcABWSWxpYWN1cyB0aGVuIHBzb2FzIG9uIGJvdGggc2lkZXMsIGZvciB0aGlnaC1mcm9udCB0aWdodG5lc3MgdGhhdCByb2xsaW5nIGRvZXMgbm90IGZpeC4KAlATPBRxCzwURQ';

const ACCENT = { a: 'á', e: 'é', i: 'í', o: 'ó', u: 'ú', c: 'ç', n: 'ñ', y: 'ý', A: 'Á', E: 'É', I: 'Í', O: 'Ó', U: 'Ú', C: 'Ç', N: 'Ñ' };
/** The pseudo-language of a compiled catalogue: every message accented,
 * padded to about 140% and bracketed; placeholders and choices kept. */
export function pseudo(json) {
  const cat = JSON.parse(json);
  const length = (parts) => parts.reduce((n, p) => n + (typeof p === 'string' ? p.length : 4), 0);
  const walk = (parts) => parts.map((p) => {
    if (typeof p === 'string') return [...p].map((c) => ACCENT[c] || c).join('');
    if (p.select) return { ...p, cases: Object.fromEntries(Object.entries(p.cases).map(([k, v]) => [k, walk(v)])), other: walk(p.other) };
    return p;
  });
  for (const [k, parts] of Object.entries(cat)) {
    // The padding in short words, so it wraps like a real language's text.
    const pad = ' ~~~~'.repeat(Math.ceil(length(parts) * 0.4 / 5));
    cat[k] = ['[', ...walk(parts), pad + ']'];
  }
  return JSON.stringify(cat);
}

/** The browser's page, after a visit that chose `tag` in Settings, opened
 * afresh at `hash`. */
async function openIn(b, tag, hash) {
  const page = b.context.pages()[0];
  await page.goto(srv.url + '#/about');
  await page.evaluate((d) => localStorage.setItem('quads-data', d), chose(tag));
  await page.goto(srv.url + hash);
  await page.reload();
  await page.waitForSelector('main h1');
  return page;
}

/** English's catalogue replaced by the pseudo-language, for this page. */
const pseudoEnglish = (page) => page.route(/\/i18n\/en-[0-9a-f]+\.json$/, async (r) => {
  const res = await r.fetch();
  await r.fulfill({ response: res, body: pseudo(await res.text()) });
});

/** Text inside `selector` that is outside every bracketed message and has
 * a Latin letter: words the app wrote itself. */
const unbracketed = (page, selector) => page.evaluate((sel) => {
  const out = [];
  const root = document.querySelector(sel);
  const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
  for (let n = walker.nextNode(); n; n = walker.nextNode()) {
    const el = n.parentElement;
    if (el.closest('[hidden], noscript, script, style') || getComputedStyle(el).display === 'none') continue;
    // Text marked as another language on purpose (a language picker's own names).
    if (el.closest('[lang]') !== document.documentElement) continue;
    let t = n.textContent;
    for (let prev = null; prev !== t;) { prev = t; t = t.replace(/\[[^[\]]*\]/g, ''); }
    if (/[A-Za-z]/.test(t)) out.push(n.textContent.trim());
  }
  return out;
}, selector);

test('a language chosen in Settings: its words, its <html lang>, one catalogue fetched', async () => {
  const b = await launch();
  try {
    const page = b.context.pages()[0];
    const words = [];
    page.on('request', (r) => { if (r.url().includes('/i18n/') && !r.serviceWorker()) words.push(new URL(r.url()).pathname.split('/').pop()); });
    await page.goto(srv.url);
    await waitForController(page);
    await page.evaluate((d) => localStorage.setItem('quads-data', d), chose('es'));
    words.length = 0;
    await page.goto(srv.url + '#/triage');
    await page.reload();
    await page.waitForSelector('main h1');
    assert.equal(await page.getAttribute('html', 'lang'), 'es');
    assert.equal(await page.textContent('main h1'), '¿De dónde viene?');
    assert.match(await page.textContent('section.wizard'), /no un diagnóstico/);
    assert.deepEqual(words.map((w) => w.replace(/-[0-9a-f]{16}/, '')), ['es.json'], 'only Spanish, once');
    await page.getByRole('button', { name: 'Empezar' }).click();
    assert.equal(await page.textContent('main h1'), 'Primero, los signos de alarma');
    const first = page.locator('fieldset.question').first();
    assert.match(await first.locator('legend').textContent(), /entumecimiento|adormecimiento/);
    assert.equal(await first.getByRole('radio').count(), 3);
    for (const name of ['Sí', 'No', 'No lo sé']) assert.equal(await first.getByRole('radio', { name, exact: true }).count(), 1, name);
    assert.match(await first.locator('.why').textContent(), /^Por qué lo preguntamos: /);
    assert.deepEqual(b.problems.errors, []);
  } finally { await b.close(); }
});

test('the chosen language is kept for offline, beside the first visit\'s and no other', async () => {
  const b = await launch();
  try {
    const page = b.context.pages()[0];
    await page.goto(srv.url);
    await page.evaluate((d) => localStorage.setItem('quads-data', d), chose('de'));
    await page.reload();
    await page.waitForSelector('main h1');
    await waitForController(page);
    await page.waitForFunction(async () => {
      for (const k of await caches.keys()) {
        if ((await (await caches.open(k)).keys()).some((r) => /\/i18n\/de-/.test(r.url))) return true;
      }
      return false;
    }, null, { timeout: 15000 });
    const cached = await page.evaluate(async () => {
      const out = [];
      for (const k of await caches.keys()) for (const r of await (await caches.open(k)).keys()) if (r.url.includes('/i18n/')) out.push(r.url.split('/').pop());
      return out;
    });
    // German as chosen, and the language a first visit here gets (installed
    // with the app, so a first visit works offline at once): no other.
    assert.deepEqual(cached.map((f) => f.replace(/-[0-9a-f]{16}/, '')).sort(), ['de.json', 'en.json']);
    await b.context.setOffline(true);
    await page.goto(srv.url + '#/triage');
    await page.waitForSelector('main h1');
    assert.equal(await page.textContent('main h1'), 'Woher kommt es?');
    assert.equal(await page.getAttribute('html', 'lang'), 'de');
  } finally { await b.close(); }
});

test('a language changed in another tab redraws this one in it', async () => {
  const b = await launch();
  try {
    const page = await openApp(b.context, srv.url + '#/triage');
    assert.equal(await page.textContent('main h1'), 'Where does it come from?');
    const other = await b.context.newPage();
    await other.goto(srv.url + '#/triage');
    await other.waitForSelector('main h1');
    await other.evaluate((d) => localStorage.setItem('quads-data', d), chose('fr'));
    await page.waitForFunction(() => document.querySelector('main h1')?.textContent === 'D\u2019o\u00f9 cela vient-il\u00a0?' || document.querySelector('main h1')?.textContent === 'D\'o\u00f9 cela vient-il\u00a0?');
    assert.equal(await page.getAttribute('html', 'lang'), 'fr');
  } finally { await b.close(); }
});

test('no unreadable language: a missing catalogue falls back to English, none at all says so', async () => {
  const b = await launch();
  try {
    const page = b.context.pages()[0];
    await page.goto(srv.url);
    await page.evaluate((d) => localStorage.setItem('quads-data', d), chose('pt-BR'));
    await page.route(/\/i18n\/pt-BR-/, (r) => r.fulfill({ status: 200, body: 'not a catalogue' }));
    await page.reload();
    await page.waitForSelector('main h1');
    assert.equal(await page.getAttribute('html', 'lang'), 'en');
  } finally { await b.close(); }
  // No catalogue at all (a server missing the files; no worker to help).
  const c = await launch({ serviceWorkers: 'block' });
  try {
    const page = c.context.pages()[0];
    await page.goto(srv.url);
    await page.evaluate((d) => localStorage.setItem('quads-data', d), chose('pt-BR'));
    await page.route(/\/i18n\//, (r) => r.abort());
    await page.reload();
    const alert = page.getByRole('alert');
    await alert.waitFor();
    assert.match(await alert.textContent(), /Não foi possível carregar os textos/);
    assert.equal(await page.locator('#splash').count(), 0, 'the splash does not hide the message');
  } finally { await c.close(); }
});

test('pseudo-language: the triage wizard and its result at 360 px write no word of their own and nothing is wider than the screen', async () => {
  for (const scheme of ['light', 'dark']) {
    const b = await launch({ colorScheme: scheme });
    try {
      const page = b.context.pages()[0];
      await pseudoEnglish(page);
      await page.goto(srv.url + '#/triage');
      await page.waitForSelector('section.wizard');
      const seen = [];
      for (let step = 0; step < 8; step++) {
        const title = await page.textContent('main h1');
        seen.push(title);
        assert.deepEqual(await unbracketed(page, 'section.wizard'), [], `${scheme}, step ${step} (${title})`);
        const wide = await page.evaluate(() => document.documentElement.scrollWidth);
        assert.ok(wide <= 360, `${scheme}, step ${step}: ${wide} px wide`);
        if (step === 1) {
          // The warning signs: "no" to each, the second radio of each question.
          const qs = page.locator('fieldset.question');
          for (let i = 0; i < await qs.count(); i++) await qs.nth(i).getByRole('radio').nth(1).check();
        }
        if (step < 7) await page.locator('.wizard-nav .btn.primary').click();
      }
      assert.equal(new Set(seen).size, 8, seen.join(' | '));
      // The result, with its routine and every reason.
      await page.locator('.wizard-nav .btn.primary').click();
      await page.waitForSelector('section.result .composed-step');
      assert.deepEqual(await unbracketed(page, 'section.result'), [], `${scheme}, the result`);
      const wide = await page.evaluate(() => document.documentElement.scrollWidth);
      assert.ok(wide <= 360, `${scheme}, the result: ${wide} px wide`);
      assert.deepEqual(b.problems.errors, []);
    } finally { await b.close(); }
  }
});

test('Home in Spanish: the splash, the tab bar, today\'s card and a built-in routine named on this phone', async () => {
  const b = await launch();
  try {
    const page = b.context.pages()[0];
    await page.goto(srv.url);
    await page.evaluate((d) => localStorage.setItem('quads-data', d), chose('es'));
    // Without the wasm the splash is all there is: already in Spanish.
    await page.route(/\.wasm$/, (r) => r.abort());
    await page.reload();
    await page.waitForSelector('#splash');
    assert.match(await page.textContent('#splash'), /Los muslos tensos que no se alivian con el rodillo/);
    assert.match(await page.textContent('#splash .splash-note'), /Cargando…/);
    await page.unroute(/\.wasm$/);
    b.problems.errors.length = 0; // the wasm this test refused
    await page.reload();
    await page.waitForSelector('main h1');
    const tabs = await page.locator('nav.tabbar .tab span').allTextContents();
    assert.deepEqual(tabs, ['Inicio', 'Rutinas', 'Hábito', 'Aprender', 'Ajustes']);
    assert.equal(await page.getAttribute('nav.tabbar', 'aria-label'), 'Principal');
    assert.match(await page.textContent('.today-status'), /^Todavía no lo has hecho hoy\. Racha: 0 días\.$/);
    assert.equal(await page.textContent('.card.today .btn.primary'), 'Empezar Mantenimiento diario');
    assert.match(await page.textContent('.hero'), /Los muslos tensos/);
    assert.equal(await page.title(), 'Quads: libera las caderas tensas');
    assert.deepEqual(b.problems.errors, []);
  } finally { await b.close(); }
});

test('Settings: the language chosen from a list of the five, stored, exported, and switched at once', async () => {
  const b = await launch();
  try {
    const page = await openApp(b.context, srv.url + '#/settings');
    const select = page.getByRole('combobox', { name: 'Language' });
    const options = await select.locator('option').allTextContents();
    assert.deepEqual(options, ['Like the phone', 'English', 'Español', 'Deutsch', 'Français', 'Português (Brasil)']);
    await select.selectOption('pt-BR');
    await page.waitForFunction(() => document.documentElement.lang === 'pt-BR');
    assert.equal(await page.textContent('main h1'), 'Ajustes');
    assert.equal(await page.getByRole('combobox', { name: 'Idioma' }).inputValue(), 'pt-BR');
    const data = await page.evaluate(() => JSON.parse(localStorage.getItem('quads-data')));
    assert.equal(data.data.settings.language, 'pt-BR');
    // The export carries it.
    const download = page.waitForEvent('download');
    await page.getByRole('button', { name: 'Exportar backup (JSON)' }).click();
    const file = await (await download).path();
    const exported = JSON.parse(await (await import('node:fs/promises')).readFile(file, 'utf8'));
    assert.equal(exported.data.settings.language, 'pt-BR');
    // Back to the phone's language: English here.
    await page.getByRole('combobox', { name: 'Idioma' }).selectOption('');
    await page.waitForFunction(() => document.documentElement.lang === 'en');
    const back = await page.evaluate(() => JSON.parse(localStorage.getItem('quads-data')));
    assert.equal(back.data.settings.language, undefined);
    assert.deepEqual(b.problems.errors, []);
  } finally { await b.close(); }
});

test('Settings says when a language cannot be had offline, and stays readable', async () => {
  const b = await launch();
  try {
    const page = await openApp(b.context, srv.url + '#/settings');
    await waitForController(page);
    await b.context.setOffline(true);
    await page.getByRole('combobox', { name: 'Language' }).selectOption('fr');
    await page.getByText('This language needs a connection once to download.').waitFor();
    assert.equal(await page.getAttribute('html', 'lang'), 'en');
    assert.equal(await page.textContent('main h1'), 'Settings');
  } finally { await b.close(); }
});

test('a session in French: the safety check, the player, the spot guide and the live region', async () => {
  const b = await launch();
  try {
    const page = b.context.pages()[0];
    await page.clock.install();
    await page.goto(srv.url + '#/habit');
    await page.evaluate((d) => localStorage.setItem('quads-data', d), chose('fr'));
    await page.reload();
    await page.goto(srv.url + '#/routine/builtin-floss');
    await page.waitForSelector('main h1');
    assert.equal(await page.textContent('main h1'), 'Entretien quotidien');
    assert.match(await page.textContent('.steps'), /Iliaque, des deux côtés/);
    await page.getByRole('button', { name: 'Commencer', exact: true }).click();
    await page.getByRole('heading', { name: 'Une vérification rapide de sécurité' }).waitFor();
    for (const r of await page.getByRole('radio', { name: 'Non', exact: true }).all()) await r.check();
    await page.getByRole('button', { name: /Rien de tout cela.: commencer Entretien quotidien/ }).click();
    await page.waitForSelector('.player-main');
    assert.equal(await page.textContent('.phase'), 'Mettez-vous en position');
    assert.equal(await page.textContent('.spot'), 'Iliaque gauche · balle de massage');
    assert.match(await page.textContent('.player-figure figcaption'), /Allongez-vous sur le ventre/);
    assert.match(await page.getAttribute('.player-figure img', 'alt'), /^Iliaque gauche, où travailler/);
    assert.match(await page.textContent('.sr-live'), /^Mettez-vous en position\. Ensuite.: Iliaque gauche · balle de massage\.$/);
    await page.clock.runFor(15_500);
    await page.waitForFunction(() => /Pression · point 1 sur 2/.test(document.querySelector('.phase')?.textContent));
    assert.match(await page.textContent('.sr-live'), /^Pression.: Iliaque gauche · balle de massage, point 1 sur 2, 60 secondes\.$/);
    assert.deepEqual(b.problems.errors, []);
  } finally { await b.close(); }
});

test('the habit screen in German: the calendar in German, this week, a day, the CSV headings', async () => {
  const b = await launch();
  try {
    const page = b.context.pages()[0];
    await page.goto(srv.url + '#/habit');
    await page.evaluate((d) => localStorage.setItem('quads-data', d), chose('de'));
    await page.reload();
    await page.waitForSelector('.cal .day.today');
    assert.equal(await page.textContent('main h1'), 'Ihre Gewohnheit');
    const heads = await page.locator('.cal thead th').allTextContents();
    assert.equal(heads.length, 7);
    assert.match(heads[0], /^Mo/);
    assert.match(heads[6], /^So/);
    assert.match(await page.textContent('#cal-title'), /^(Januar|Februar|März|April|Mai|Juni|Juli|August|September|Oktober|November|Dezember) \d{4}$/);
    assert.match(await page.getAttribute('.cal .day.today', 'aria-label'), /^\d{1,2}\. \S+ \d{4}: nicht erledigt$/);
    assert.match(await page.textContent('.habit > p:not(.lead)'), /^Diese Woche: 0 von \d+ (Tag|Tagen)$/);
    await page.click('.cal .day.today');
    assert.match(await page.textContent('.day-editor h3'), /^(Montag|Dienstag|Mittwoch|Donnerstag|Freitag|Samstag|Sonntag), \d{1,2}\. /);
    await page.getByRole('button', { name: 'Als erledigt markieren' }).click();
    const download = page.waitForEvent('download');
    await page.getByRole('button', { name: 'Tage exportieren (CSV)' }).click();
    const csv = await (await import('node:fs/promises')).readFile(await (await download).path(), 'utf8');
    assert.match(csv, /^Datum,erledigt,ausgelassen,Spannung,Druckschmerz,Notiz\r\n\d{4}-\d{2}-\d{2},1,0,,,""\r\n$/);
    assert.deepEqual(b.problems.errors, []);
  } finally { await b.close(); }
});

const SCREENS = ['#/', '#/routines', '#/routine/builtin-floss', '#/routine/builtin-back', '#/learn', '#/learn/iliopsoas',
    '#/learn/trigger-points', '#/about', '#/settings', '#/habit', '#/triage/history', '#/session', '#/nowhere',
    '#/open', '#/progress', '#/r/' + BUILTIN_FRONT_LINK, '#/r/1nope', '#/plan/builtin-front', '#/edit/new', '#/triage'];

test('pseudo-language: every screen at 360 px writes no word of its own, light and dark', async () => {
  for (const scheme of ['light', 'dark']) {
    const b = await launch({ colorScheme: scheme });
    try {
      const page = b.context.pages()[0];
      await pseudoEnglish(page);
      for (const hash of SCREENS) {
        await page.goto(srv.url + hash);
        await page.waitForSelector('main h1');
        // Every spot guide open, so its words are read too.
        await page.evaluate(() => document.querySelectorAll('details').forEach((d) => { d.open = true; }));
        // "Quads" is the app's name in every language; a link is a link.
        const own = (await unbracketed(page, 'body')).filter((t) => !/^Quads$/.test(t) && !/^https?:\/\/\S+$/.test(t));
        assert.deepEqual(own, [], `${scheme} ${hash}`);
        const wide = await page.evaluate(() => document.documentElement.scrollWidth);
        assert.ok(wide <= 360, `${scheme} ${hash}: ${wide} px wide`);
      }
      assert.deepEqual(b.problems.errors, []);
    } finally { await b.close(); }
  }
});

test('unreadable stored data: the recovery screen and its reason in the language chosen before, here French', async () => {
  const b = await launch();
  try {
    const page = b.context.pages()[0];
    await page.goto(srv.url + '#/about');
    // Data this version cannot read (a newer format), with French chosen: the
    // page's loader still finds the language in it.
    await page.evaluate(() => localStorage.setItem('quads-data', JSON.stringify({ app: 'quads', version: 9, data: { settings: { language: 'fr' } } })));
    await page.reload();
    await page.waitForSelector('main h1');
    assert.equal(await page.textContent('main h1'), 'Vos données enregistrées n\u2019ont pas pu être ouvertes'.replace('\u2019', "'"));
    assert.match(await page.textContent('.problem'), /version plus récente de l'application \(format 9\u00a0; cette application lit jusqu'au 2\)/);
    assert.equal(await page.getAttribute('html', 'lang'), 'fr');
    assert.deepEqual(b.problems.errors, []);
  } finally { await b.close(); }
});

test('a link made in English opens in Spanish: a built-in routine is named and described in Spanish', async () => {
  const b = await launch();
  try {
    const page = await openIn(b, 'es', '#/r/' + BUILTIN_FRONT_LINK);
    assert.equal(await page.textContent('main h1'), 'Una rutina compartida');
    const card = await page.textContent('.card');
    assert.match(card, /Parte delantera de la cadera/);
    assert.match(card, /Ilíaco y después psoas en los dos lados/);
    assert.doesNotMatch(card, /Front of hip|Iliacus then psoas/);
    assert.match(await page.textContent('main'), /Ya tienes esta rutina/);
    await page.getByRole('button', { name: 'Abrir mi copia' }).click();
    await page.waitForFunction(() => location.hash === '#/routine/builtin-front');
    assert.equal(await page.textContent('main h1'), 'Parte delantera de la cadera');
    // A damaged link says so in Spanish.
    await page.goto(srv.url + '#/r/1DEZyb250IG9mIGhpcABW');
    await page.waitForFunction(() => document.querySelector('main h1')?.textContent === 'No se puede abrir este enlace');
    assert.match(await page.textContent('.error'), /^Este enlace está dañado o incompleto/);
    assert.deepEqual(b.problems.errors, []);
  } finally { await b.close(); }
});

test('a plan made in English opens in Spanish: the routine and the plan in Spanish, the typed note as typed', async () => {
  let href;
  const a = await launch();
  try {
    const page = await openApp(a.context, srv.url + '#/plan/builtin-front');
    await page.getByLabel('A note for them (optional)').fill('Gently on the left; stop if it tingles.');
    await page.locator('.plan-sheet').getByText('stop if it tingles').waitFor();
    href = await page.locator('.plan-sheet .link a').getAttribute('href');
  } finally { await a.close(); }
  const b = await launch();
  try {
    const page = await openIn(b, 'es', '#/r/' + href.split('#/r/')[1]);
    assert.equal(await page.textContent('main h1'), 'Un plan para ti');
    assert.match(await page.textContent('.lead'), /^Haz «Parte delantera de la cadera» \d+ días? a la semana durante \d+ semanas?\.$/);
    assert.equal(await page.textContent('.plan-note blockquote'), 'Gently on the left; stop if it tingles.');
    assert.equal(await page.textContent('.plan-note figcaption'), 'La nota de quien lo envía');
    assert.match(await page.textContent('.card'), /Ilíaco y después psoas/);
    assert.deepEqual(b.problems.errors, []);
  } finally { await b.close(); }
});

test('a progress report sent from a phone in English opens in the reader\'s Spanish', async () => {
  let report;
  const a = await launch();
  try {
    const page = await openApp(a.context, srv.url + '#/plan/builtin-front');
    const plan = await page.locator('.plan-sheet .link a').getAttribute('href');
    await page.goto(srv.url + '#/r/' + plan.split('#/r/')[1]);
    await page.getByRole('button', { name: 'Start this plan' }).click();
    // It asks first when it replaces the habit target.
    const confirm = page.locator('.confirm .btn.primary');
    if (await confirm.count()) await confirm.click();
    await page.waitForFunction(() => location.hash === '#/');
    await page.goto(srv.url + '#/progress');
    await page.getByRole('heading', { name: 'Send my progress' }).waitFor();
    await page.getByLabel('A few words (optional)').fill('Left side easier.');
    report = await page.getByRole('link', { name: 'See the summary it opens' }).getAttribute('href');
  } finally { await a.close(); }
  const b = await launch();
  try {
    const page = await openIn(b, 'es', '#/r/' + report.split('#/r/')[1]);
    assert.equal(await page.textContent('main h1'), 'Informe de progreso');
    assert.match(await page.textContent('.lead'), /^«Parte delantera de la cadera»: semana 1 de \d+\.$/);
    const lines = await page.locator('.report-lines li').allTextContents();
    assert.match(lines[0], /^Hecho \d+ de \d+ días? previstos? \(/);
    assert.match(lines[1], /^Racha actual: \d+ /);
    assert.equal(await page.textContent('.plan-note blockquote'), 'Left side easier.');
    assert.deepEqual(b.problems.errors, []);
  } finally { await b.close(); }
});

test('a first visit reads the browser\'s language: es-MX finds Spanish, Japanese finds English', async () => {
  for (const [locale, tag, title] of [['es-MX', 'es', '¿De dónde viene?'], ['ja-JP', 'en', 'Where does it come from?'], ['de-AT', 'de', 'Woher kommt es?']]) {
    const b = await launch({ locale });
    try {
      const page = b.context.pages()[0];
      const words = [];
      page.on('request', (r) => { if (r.url().includes('/i18n/') && !r.serviceWorker()) words.push(new URL(r.url()).pathname.split('/').pop().replace(/-[0-9a-f]{16}/, '')); });
      await page.goto(srv.url + '#/triage');
      await page.waitForSelector('main h1');
      assert.equal(await page.textContent('main h1'), title, locale);
      assert.equal(await page.getAttribute('html', 'lang'), tag, locale);
      assert.deepEqual(words, [`${tag}.json`], `${locale}: one language, fetched once`);
      // Nothing is stored for it: the browser's language keeps deciding.
      assert.equal(await page.evaluate(() => JSON.parse(localStorage.getItem('quads-data') || '{}')?.data?.settings?.language), undefined);
      assert.deepEqual(b.problems.errors, []);
    } finally { await b.close(); }
  }
});

test('every screen in Spanish and in German, light and dark: nothing wider than the screen, no page error', async () => {
  for (const locale of ['es-ES', 'de-DE']) {
    for (const scheme of ['light', 'dark']) {
      const b = await launch({ colorScheme: scheme, locale });
      try {
        const page = b.context.pages()[0];
        for (const hash of SCREENS) {
          await page.goto(srv.url + hash);
          await page.waitForSelector('main h1');
          await page.evaluate(() => document.querySelectorAll('details').forEach((d) => { d.open = true; }));
          assert.equal(await page.getAttribute('html', 'lang'), locale.slice(0, 2), `${locale} ${hash}`);
          const wide = await page.evaluate(() => document.documentElement.scrollWidth);
          assert.ok(wide <= 360, `${locale} ${scheme} ${hash}: ${wide} px wide`);
        }
        assert.deepEqual(b.problems.errors, [], `${locale} ${scheme}`);
      } finally { await b.close(); }
    }
  }
});
