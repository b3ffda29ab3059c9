// End-to-end: the panel in the user's language, negotiated from the browser,
// switched by the user or the host page, right-to-left for Arabic.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { launch, serveDist, fixed, hostPage, widgetReady, openInLanguages } from './helpers.mjs';

let browser, site;

before(async () => {
  browser = await launch();
  site = await serveDist({
    '/plain.html': fixed(hostPage()),
    '/override.html': fixed(hostPage({ attrs: 'data-config-url="/override.json"' })),
    '/override.json': fixed(
      JSON.stringify({
        platform: { name: 'Kestrel', help_centre_url: 'https://help.kestrel.example/', locales: ['en-US', 'de'] },
        messages: { de: { 'panel-intro': 'Willkommen beim Kestrel-Support.' } },
      }),
      'application/json',
    ),
    '/locales/fr/signpost.ftl': fixed('Not Found', 'text/plain', 404),
    // A Japanese file that lacks one message (as a translation in progress would).
    '/locales/ja/signpost.ftl': async (req, res) => {
      const { readFile } = await import('node:fs/promises');
      const full = await readFile('dist/locales/ja/signpost.ftl', 'utf8');
      res.writeHead(200, { 'content-type': 'text/plain; charset=utf-8' });
      res.end(full.replace(/^panel-title = .*$/m, ''));
    },
    // A Korean file with one message nesting 3,000 placeables deep: parsing
    // it overflowed the wasm stack and stopped the widget.
    '/locales/ko/signpost.ftl': async (req, res) => {
      const { readFile } = await import('node:fs/promises');
      const full = await readFile('dist/locales/ko/signpost.ftl', 'utf8');
      res.writeHead(200, { 'content-type': 'text/plain; charset=utf-8' });
      res.end(full.replace(/^panel-title = .*$/m, 'panel-title = ' + '{ '.repeat(3000) + '"x"' + ' }'.repeat(3000)));
    },
  });
});

after(async () => {
  await browser?.close();
  await site?.close();
});

/** A page of the test site in a browser whose languages are `languages`. */
const open = (path, options) => openInLanguages(browser, site.url + path, options);

const strip = (s) => s.replace(/[\u2068\u2069]/g, '');
const launcherName = (page) => page.locator('signpost-widget .sp-widget .sp-launcher').getAttribute('aria-label');
const title = async (page) => strip(await page.locator('signpost-widget #sp-title').textContent());

async function waitForLauncherName(page, name) {
  await page.waitForFunction(
    (n) => document.querySelector('signpost-widget').shadowRoot.querySelector('.sp-widget .sp-launcher')?.getAttribute('aria-label') === n,
    name,
  );
}

test('the browser language is used, and only its file is fetched', async () => {
  const { page, context, log } = await open('plain.html', { languages: ['zh-CN', 'zh', 'en'] });
  await waitForLauncherName(page, '帮助');
  await page.locator('signpost-widget .sp-widget .sp-launcher').click();
  assert.equal(await title(page), 'Northwind Exchange 帮助');
  const ftl = log.requests.filter((p) => p.endsWith('.ftl'));
  assert.deepEqual(ftl, ['/locales/zh-CN/signpost.ftl'], 'en-US is compiled in; no other language is fetched');
  assert.equal(await page.locator('signpost-widget .sp-widget').getAttribute('lang'), 'zh-CN');
  assert.deepEqual(log.pageErrors, []);
  await context.close();
});

test('an FAQ entry shown in a fallback language keeps its own language and direction inside an Arabic panel', async () => {
  const { page, context } = await open('plain.html', { languages: ['ar'] });
  await waitForLauncherName(page, 'المساعدة');
  await page.locator('signpost-widget .sp-widget .sp-launcher').click();
  const heading = page.locator('signpost-widget .sp-entry-heading').first();
  await heading.waitFor();
  // The demo FAQ has no Arabic text; its English is shown, marked as English.
  assert.deepEqual([await heading.getAttribute('lang'), await heading.getAttribute('dir')], ['en-US', 'ltr']);
  assert.equal(await page.locator('signpost-widget .sp-widget').getAttribute('dir'), 'rtl');
  await context.close();
});

test('Arabic lays the panel out right to left', async () => {
  const { page, context } = await open('plain.html', { languages: ['ar-EG', 'ar'] });
  await waitForLauncherName(page, 'المساعدة');
  const root = page.locator('signpost-widget .sp-widget');
  assert.equal(await root.getAttribute('dir'), 'rtl');
  await page.locator('signpost-widget .sp-widget .sp-launcher').click();
  await page.getByRole('dialog').waitFor({ state: 'visible' });
  const boxes = await page.evaluate(() => {
    const r = document.querySelector('signpost-widget').shadowRoot;
    const box = (s) => r.querySelector(s).getBoundingClientRect();
    return { title: box('#sp-title'), close: box('.sp-close'), launcher: box('.sp-launcher'), vw: innerWidth };
  });
  assert.ok(boxes.close.right <= boxes.title.left + 1, 'the close button sits at the left, after the title');
  assert.ok(boxes.launcher.right > boxes.vw - 40, 'the launcher stays in its corner');
  const direction = await page.evaluate(() => getComputedStyle(document.querySelector('signpost-widget').shadowRoot.querySelector('.sp-panel')).direction);
  assert.equal(direction, 'rtl');
  await context.close();
});

test('the language switcher changes everything at once and is remembered', async () => {
  const { page, context, log } = await open('plain.html', { languages: ['en-US'] });
  await page.locator('signpost-widget .sp-widget .sp-launcher').click();
  const select = page.getByRole('combobox', { name: 'Language' });
  await select.focus();
  const names = await select.locator('option').allTextContents();
  assert.ok(names.includes('Deutsch') && names.includes('日本語') && names.includes('العربية'), names.join(', '));
  await select.selectOption('de');
  await page.waitForFunction(() => document.querySelector('signpost-widget').shadowRoot.querySelector('#sp-title').textContent.includes('Hilfe'));
  assert.equal(await launcherName(page), 'Hilfe');
  assert.equal(await page.getByRole('combobox', { name: 'Sprache' }).inputValue(), 'de');
  assert.equal(await page.evaluate(() => localStorage.getItem('signpost:locale')), 'de');
  await page.reload();
  await widgetReady(page);
  await waitForLauncherName(page, 'Hilfe');
  assert.deepEqual(log.pageErrors, []);
  await context.close();
});

test('the host page chooses the language with setLocale, which beats the browser', async () => {
  const { page, context } = await open('plain.html', { languages: ['en-US'] });
  await page.evaluate(() => window.Signpost('setLocale', 'ja'));
  await waitForLauncherName(page, 'ヘルプ');
  await page.evaluate(() => window.Signpost('setLocale', 42));
  await context.close();
});

test('?signpost-locale= previews a language, and en-XA is the pseudo-locale', async () => {
  const { page, context } = await open('plain.html?signpost-locale=en-XA', { languages: ['en-US'] });
  await page.waitForFunction(() =>
    /^Hééļp$/.test(document.querySelector('signpost-widget').shadowRoot.querySelector('.sp-widget .sp-launcher').getAttribute('aria-label')),
  );
  await page.locator('signpost-widget .sp-widget .sp-launcher').click();
  assert.match(await title(page), /Northwind Exchange/);
  assert.match(await title(page), / hééļp$/);
  await context.close();
});

test('a locale file that cannot be fetched falls back to en-US and warns once', async () => {
  const { page, context, log } = await open('plain.html', { languages: ['fr-FR', 'fr'] });
  await page.locator('signpost-widget .sp-widget .sp-launcher').click();
  assert.equal(await title(page), 'Northwind Exchange help');
  const warnings = log.warnings.filter((w) => w.includes('/locales/fr/signpost.ftl'));
  assert.equal(warnings.length, 1, log.warnings.join('\n'));
  assert.match(warnings[0], /^Signpost: the fr translation at http:\/\/127\.0\.0\.1:\d+\/locales\/fr\/signpost\.ftl answered HTTP 404 Not Found; showing the next language available\.$/);
  await context.close();
});

test('a translation answered by an error page falls back to en-US, and is fetched again on the next open', async () => {
  const context = await browser.newContext({ locale: 'de' });
  await context.addInitScript(() => Object.defineProperty(navigator, 'languages', { get: () => ['de'] }));
  const page = await context.newPage();
  const pageErrors = [];
  page.on('pageerror', (e) => pageErrors.push(String(e)));
  // Until the test lets it through, the server answers with an HTML error page.
  let down = true;
  await page.route('**/locales/de/signpost.ftl', (route) =>
    down ? route.fulfill({ status: 503, contentType: 'text/html', body: '<h1>Service unavailable</h1>' }) : route.continue(),
  );
  await page.goto(site.url + 'plain.html');
  const launcher = await widgetReady(page);
  await launcher.click();
  assert.equal(await title(page), 'Northwind Exchange help');
  await page.keyboard.press('Escape');
  await page.getByRole('dialog').waitFor({ state: 'hidden' });
  down = false;
  await launcher.click();
  await page.waitForFunction(() => document.querySelector('signpost-widget').shadowRoot.querySelector('#sp-title').textContent.includes('Hilfe'));
  assert.equal(await title(page), 'Northwind Exchange-Hilfe');
  assert.deepEqual(pageErrors, []);
  await context.close();
});

test('a message missing from a translation shows the en-US text and warns once', async () => {
  const { page, context, log } = await open('plain.html', { languages: ['ja'] });
  await waitForLauncherName(page, 'ヘルプ');
  await page.locator('signpost-widget .sp-widget .sp-launcher').click();
  await page.locator('signpost-widget .sp-widget .sp-launcher').click();
  await page.locator('signpost-widget .sp-widget .sp-launcher').click();
  assert.equal(await title(page), 'Northwind Exchange help');
  const warnings = log.warnings.filter((w) => w.includes('panel-title'));
  assert.deepEqual(warnings, ['Signpost: the ja translation has no message "panel-title"; showing the en-US text.']);
  await context.close();
});

test('a message nesting placeables thousands deep is left out with a warning naming its line; the rest of the file is used', async () => {
  const { page, context, log } = await open('plain.html', { languages: ['ko'] });
  await waitForLauncherName(page, '도움말');
  await page.locator('signpost-widget .sp-widget .sp-launcher').click();
  await page.getByRole('dialog').waitFor({ state: 'visible' });
  assert.equal(await title(page), 'Northwind Exchange help');
  const line = (await (await fetch(site.url + 'locales/ko/signpost.ftl')).text()).split('\n').findIndex((l) => l.startsWith('panel-title')) + 1;
  const problems = log.warnings.filter((w) => w.includes('nests placeables'));
  assert.deepEqual(problems, [`Signpost: the ko translation has a problem: line ${line}: message "panel-title" nests placeables more than 10 deep, so it is not used`]);
  assert.deepEqual([log.errors, log.pageErrors], [[], []]);
  await context.close();
});

// Laying out the other languages' names (each in its own script) took about
// 10 ms of the first open, so they are added once the panel is drawn.
test('the language switcher adds the other languages after the first open, or as soon as it is reached for', async () => {
  const options = (page) => page.locator('signpost-widget .sp-language-select option').allTextContents();
  const selected = (page) =>
    page.evaluate(() => {
      const select = document.querySelector('signpost-widget').shadowRoot.querySelector('.sp-language-select');
      return [select.value, select.selectedOptions[0]?.textContent];
    });
  // Without idle callbacks, only the user's reach adds them.
  for (const reach of ['keyboard', 'pointer']) {
    const { page, context } = await open('plain.html', { languages: ['ru'] });
    await waitForLauncherName(page, 'Помощь');
    await page.evaluate(() => { window.requestIdleCallback = () => 0; });
    await page.locator('signpost-widget .sp-widget .sp-launcher').click();
    await page.waitForFunction(() => !document.querySelector('signpost-widget').shadowRoot.querySelector('#sp-panel').hidden);
    assert.deepEqual(await options(page), ['Русский'], 'only the current language when the panel is first drawn');
    const width = () => page.locator('signpost-widget .sp-language-select').evaluate((s) => s.getBoundingClientRect().width);
    const before = await width();
    if (reach === 'keyboard') {
      // From the panel's last control before the switcher, as a keyboard user arrives.
      await page.evaluate(() => {
        const root = document.querySelector('signpost-widget').shadowRoot;
        const controls = [...root.querySelectorAll('#sp-panel button, #sp-panel input, #sp-panel a[href], #sp-panel select')];
        controls[controls.findIndex((c) => c.classList.contains('sp-language-select')) - 1].focus();
      });
      await page.keyboard.press('Tab');
      await page.waitForFunction(() => document.querySelector('signpost-widget').shadowRoot.activeElement?.classList.contains('sp-language-select'));
    } else {
      // The host page's choice replaces the one option there is.
      await page.evaluate(() => window.Signpost('setLocale', 'de'));
      await page.waitForFunction(() => document.querySelector('signpost-widget').shadowRoot.querySelector('.sp-language-select option')?.value === 'de');
      assert.deepEqual(await options(page), ['Deutsch']);
      await page.locator('signpost-widget .sp-language-select').dispatchEvent('pointerdown');
    }
    await page.waitForFunction(() => document.querySelector('signpost-widget').shadowRoot.querySelectorAll('.sp-language-select option').length > 1);
    const names = await options(page);
    assert.equal(names.length, 14, `${reach}: ${names.join(', ')}`);
    assert.equal(await width(), before, 'the select does not grow as the other names arrive');
    assert.deepEqual(names.filter((n) => ['English', 'Русский', '日本語', 'العربية'].includes(n)), ['English', '日本語', 'Русский', 'العربية']);
    const current = reach === 'keyboard' ? ['ru', 'Русский'] : ['de', 'Deutsch'];
    assert.deepEqual(await selected(page), current, `${reach}: the selection stays on the current language`);
    await context.close();
  }
  // With them, the page's next idle moment after the open adds them unasked.
  const { page, context } = await open('plain.html', { languages: ['ru'] });
  await waitForLauncherName(page, 'Помощь');
  await page.waitForFunction(() => document.querySelector('signpost-widget').shadowRoot.querySelector('#sp-panel'));
  await page.waitForTimeout(300);
  assert.deepEqual(await options(page), ['Русский'], 'not while the panel is hidden');
  await page.locator('signpost-widget .sp-widget .sp-launcher').click();
  await page.waitForFunction(() => document.querySelector('signpost-widget').shadowRoot.querySelectorAll('.sp-language-select option').length === 14);
  assert.deepEqual(await selected(page), ['ru', 'Русский']);
  await context.close();
});

test('a platform overrides a message for one locale from its config', async () => {
  const { page, context } = await open('override.html', { languages: ['de'] });
  await waitForLauncherName(page, 'Hilfe');
  await page.locator('signpost-widget .sp-widget .sp-launcher').click();
  await page.waitForFunction(() => document.querySelector('signpost-widget').shadowRoot.querySelector('.sp-intro')?.textContent === 'Willkommen beim Kestrel-Support.');
  await page.locator('signpost-widget .sp-language-select').focus();
  const options = await page.locator('signpost-widget .sp-language-select option').allTextContents();
  assert.deepEqual(options, ['English', 'Deutsch']);
  await context.close();
});
