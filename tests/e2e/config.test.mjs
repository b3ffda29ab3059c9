// End-to-end: loading the platform config, as a platform would deploy it.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { launch, serveDist, fixed, hostPage, openPage, widgetReady, until, holdBack } from './helpers.mjs';

let browser, site;
let flakyServed = 0;
let recovered = false;
let downServed = 0;
let largeServed = 0;
const newerConfig = {
  platform: { name: 'Newer Exchange', help_centre_url: 'https://help.newer.example/' },
  faq: [{ id: 'fees', topic: 'fees', question: { 'en-US': 'What are the fees now?' }, answer: { 'en-US': 'Lower.' } }],
};
// Over 1 MB, so read in pieces and not kept: multi-byte characters fall
// across the pieces, and the body starts with a byte-order mark.
const largeEntries = 2500;
const largeConfig = Buffer.concat([
  Buffer.from([0xef, 0xbb, 0xbf]),
  Buffer.from(
    JSON.stringify({
      platform: { name: 'Large Exchange', help_centre_url: 'https://help.large.example/' },
      faq: Array.from({ length: largeEntries }, (_, i) => ({
        id: `e${i}`,
        topic: 'other',
        question: {
          'en-US': i === largeEntries - 1 ? 'Where is the very last entry?' : `Question number ${i} about 提现`,
          ru: `Вопрос номер ${i}`,
        },
        answer: { 'en-US': `Answer ${i}: ${'提现失败怎么办 — ünïcödé. '.repeat(20)}`, ru: `Ответ ${i}.` },
      })),
    }),
  ),
]);
const flakyConfig = JSON.stringify({ platform: { name: 'Flaky Exchange', help_centre_url: 'https://help.flaky.example/' } });

before(async () => {
  browser = await launch();
  site = await serveDist({
    '/flaky.html': fixed(hostPage({ attrs: 'data-config-url="/flaky.json"' })),
    // Good once, then a server error: the second visit must use the saved copy.
    '/flaky.json': (req, res) => {
      flakyServed += 1;
      if (flakyServed === 1) {
        res.writeHead(200, { 'content-type': 'application/json' });
        res.end(flakyConfig);
      } else {
        res.writeHead(503, { 'content-type': 'text/html' });
        res.end('<h1>Service unavailable</h1>');
      }
    },
    // Down (a truncated body, then an error page) until `recovered` is set.
    '/down.html': fixed(hostPage({ attrs: 'data-config-url="/down.json"' })),
    '/down.json': (req, res) => {
      if (recovered) {
        res.writeHead(200, { 'content-type': 'application/json' });
        res.end(JSON.stringify({ platform: { name: 'Back Again', help_centre_url: 'https://help.back.example/' } }));
      } else if (downServed++ === 0) {
        res.writeHead(200, { 'content-type': 'application/json' });
        res.end(flakyConfig.slice(0, 30));
      } else {
        res.writeHead(502, { 'content-type': 'text/html' });
        res.end('<h1>Bad gateway</h1>');
      }
    },
    '/partly-bad.html': fixed(hostPage({ attrs: 'data-config-url="/partly-bad.json"' })),
    '/partly-bad.json': fixed(
      JSON.stringify({
        platform: { name: 'Partly Bad', help_centre_url: 'https://help.partly.example/' },
        channels: [
          { id: 'chat', kind: 'live_chat', url: 'javascript:alert(1)', hours: 'always' },
          { id: 'mail', kind: 'email', email: 'help@partly.example', hours: { time_zone: 'Mars/Olympus_Mons', weekly: [] } },
        ],
        thme: {},
      }),
      'application/json',
    ),
    '/no-storage.html': fixed(hostPage()),
    // Newer than the copy a test puts in storage.
    '/newer.html': fixed(hostPage({ attrs: 'data-config-url="/newer.json"' })),
    '/newer.json': fixed(JSON.stringify(newerConfig), 'application/json'),
    '/large.html': fixed(hostPage({ attrs: 'data-config-url="/large.json"' })),
    '/large.json': (req, res) => {
      largeServed += 1;
      res.writeHead(200, { 'content-type': 'application/json' });
      res.end(largeConfig);
    },
    // Saved by an editor that writes a byte-order mark, with text beyond ASCII.
    '/bom.html': fixed(hostPage({ attrs: 'data-config-url="/bom.json"' })),
    '/bom.json': fixed(
      '\ufeff' + JSON.stringify({ platform: { name: 'Überbörse 交易所', help_centre_url: 'https://help.uber.example/' } }),
      'application/json; charset=utf-8',
    ),
  });
});

after(async () => {
  await browser?.close();
  await site?.close();
});

async function openAndReadTitle(page) {
  const launcher = await widgetReady(page);
  await page.waitForFunction(() => {
    const t = document.querySelector('signpost-widget').shadowRoot.querySelector('#sp-title');
    return t && t.textContent.length > 0;
  });
  await launcher.click();
  const dialog = page.getByRole('dialog');
  await dialog.waitFor({ state: 'visible' });
  return (await page.locator('signpost-widget #sp-title').textContent()).replace(/[\u2068\u2069]/g, '');
}

/** Opens `pagePath` with `saved` kept for `configPath` as if from an earlier
 * visit, and waits for the panel of the config named `name` to be drawn. */
async function openWithSavedCopy(pagePath, configPath, saved, name) {
  const opened = await openPage(browser, site.url + pagePath, {
    init: ([path, text]) => localStorage.setItem('signpost:config:' + new URL(path, location.href).href, text),
    initArg: [configPath, JSON.stringify(saved)],
  });
  const launcher = await widgetReady(opened.page);
  await opened.page.waitForFunction((n) => document.querySelector('signpost-widget').shadowRoot.querySelector('#sp-title')?.textContent.includes(n), name);
  return { ...opened, launcher };
}

/** The copy of the config at `configPath` kept in storage, or null. */
function keptCopy(page, configPath) {
  return page.evaluate((path) => localStorage.getItem('signpost:config:' + new URL(path, location.href).href), configPath);
}

test('a temporarily unreachable config still gives a working widget from the last good copy', async () => {
  const context = await browser.newContext();
  const page = await context.newPage();
  const warnings = [];
  page.on('console', (m) => m.type() === 'warning' && warnings.push(m.text()));
  await page.goto(site.url + 'flaky.html');
  assert.equal(await openAndReadTitle(page), 'Flaky Exchange help');
  await page.reload();
  // The saved copy is there at once, before the server has answered.
  assert.equal(await openAndReadTitle(page), 'Flaky Exchange help');
  const outage = /^Signpost: the configuration at http:\/\/127\.0\.0\.1:\d+\/flaky\.json answered HTTP 503 Service Unavailable; using the last copy that loaded\.$/;
  await until(page, () => warnings.some((w) => outage.test(w)));
  assert.ok(warnings.some((w) => outage.test(w)), warnings.join('\n'));
  assert.equal(flakyServed, 3, 'the failed fetch was retried once');
  await context.close();
});

test('a config that cannot be had (truncated, then an error page) is fetched again on the next open, and the widget recovers without a reload', async () => {
  const context = await browser.newContext();
  const page = await context.newPage();
  await page.goto(site.url + 'down.html');
  const launcher = await widgetReady(page);
  await launcher.click();
  const dialog = page.getByRole('dialog');
  await dialog.waitFor({ state: 'visible' });
  await page.locator('signpost-widget .sp-unavailable').waitFor();
  await page.keyboard.press('Escape');
  await dialog.waitFor({ state: 'hidden' });
  recovered = true;
  await launcher.click();
  await page.getByRole('dialog', { name: /Back Again/ }).waitFor({ state: 'visible' });
  await page.getByRole('searchbox', { name: 'Search the help articles' }).waitFor();
  await context.close();
});

test('invalid entries warn with their JSON path, and the rest of the config is used', async () => {
  const { page, log, context } = await openPage(browser, site.url + 'partly-bad.html');
  assert.equal(await openAndReadTitle(page), 'Partly Bad help');
  const expected = [
    /^Signpost: the configuration at \S+partly-bad\.json: thme: is not a known field and was ignored/,
    /^Signpost: the configuration at \S+: channels\[0\]\.url: "javascript:alert\(1\)" is not an allowed link: it uses the scheme "javascript:"/,
    /^Signpost: the configuration at \S+: channels\[0\]: was left out because of the errors above$/,
    /^Signpost: the configuration at \S+: the channel with id "mail": hours\.time_zone: "Mars\/Olympus_Mons" is not a time zone this browser knows/,
  ];
  // The time zone is checked once the page is idle (its first check loads the browser's zone data).
  await until(page, () => log.warnings.some((w) => expected.at(-1).test(w)));
  for (const pattern of expected) {
    assert.ok(log.warnings.some((w) => pattern.test(w)), `${pattern}\n${log.warnings.join('\n')}`);
  }
  // It has no FAQ: the panel says nothing is loading (it said so for ever)
  // and lists no "Most asked"; the way to a person is there.
  await page.locator('signpost-widget .sp-loading').waitFor({ state: 'detached', timeout: 5000 });
  assert.equal(await page.locator('signpost-widget .sp-results li').count(), 0);
  assert.equal(await page.locator('signpost-widget .sp-faq .sp-section-title').count(), 1, 'only "Contact support"');
  assert.ok(await page.getByRole('button', { name: 'Find the right support channel' }).isVisible());
  assert.deepEqual(log.pageErrors, []);
  await context.close();
});

test('a config file that starts with a byte-order mark and holds non-ASCII text loads as written', async () => {
  const { page, log, context } = await openPage(browser, site.url + 'bom.html');
  assert.equal(await openAndReadTitle(page), 'Überbörse 交易所 help');
  assert.deepEqual(log.errors, []);
  await context.close();
});

test('a newer config from the server replaces the copy kept from an earlier visit, in the panel and in storage', async () => {
  const older = {
    platform: { name: 'Older Exchange', help_centre_url: 'https://help.older.example/' },
    faq: [
      { id: 'fees', topic: 'fees', question: { 'en-US': 'What were the fees?' }, answer: { 'en-US': 'Higher.' } },
      { id: 'gone', topic: 'other', question: { 'en-US': 'An entry since removed' }, answer: { 'en-US': 'Gone.' } },
    ],
  };
  const { page, log, context, launcher } = await openWithSavedCopy('newer.html', '/newer.json', older, 'Newer Exchange');
  await launcher.click();
  await page.getByRole('searchbox', { name: 'Search the help articles' }).fill('fees');
  await page.locator('signpost-widget .sp-question', { hasText: 'What are the fees now?' }).waitFor();
  assert.equal(await page.locator('signpost-widget .sp-question', { hasText: 'What were the fees?' }).count(), 0);
  assert.equal(JSON.parse(await keptCopy(page, '/newer.json')).platform.name, 'Newer Exchange');
  assert.deepEqual(log.pageErrors, []);
  await context.close();
});

test('a config over 1 MB is read in pieces, works in full, keeps what the user\'s languages show, and is not kept in the site\'s storage', async () => {
  assert.ok(largeConfig.length > 1 << 20);
  // A small copy kept from an earlier visit, when the config was small.
  const small = { platform: { name: 'Small Exchange', help_centre_url: 'https://help.small.example/' } };
  const { page, log, context, launcher } = await openWithSavedCopy('large.html', '/large.json', small, 'Large Exchange');
  await launcher.click();
  await page.getByRole('searchbox', { name: 'Search the help articles' }).fill('very last entry');
  await page.locator('signpost-widget .sp-question', { hasText: 'Where is the very last entry?' }).waitFor();
  // Characters cut between two pieces arrive whole.
  await page.getByRole('searchbox', { name: 'Search the help articles' }).fill('number 1234');
  await page.locator('signpost-widget .sp-question', { hasText: 'Question number 1234 about 提现' }).waitFor();
  await page.locator('signpost-widget .sp-question', { hasText: 'Question number 1234 about 提现' }).click();
  const answer = await page.locator('signpost-widget .sp-answer:not([hidden])').textContent();
  assert.ok(answer.includes(`Answer 1234: ${'提现失败怎么办 — ünïcödé. '.repeat(20).trim()}`), answer.slice(0, 200));
  assert.equal(await keptCopy(page, '/large.json'), null);
  // Russian was not among the user's languages, so its texts were not kept:
  // choosing it reads the config again, keeping them.
  assert.equal(largeServed, 1);
  await page.getByRole('combobox', { name: 'Language' }).selectOption('ru');
  await page.getByRole('searchbox').fill('номер 1234');
  await page.locator('signpost-widget .sp-question', { hasText: 'Вопрос номер 1234' }).waitFor();
  assert.equal(largeServed, 2);
  // Shown in Russian, it kept no English text Russian replaces: back to
  // English reads it again, the FAQ staying in Russian until that is done.
  const release = await holdBack(page, '**/large.json');
  await page.getByRole('combobox', { name: 'Язык' }).selectOption('en-US');
  await page.getByRole('searchbox', { name: 'Search the help articles' }).waitFor();
  await page.getByRole('searchbox').fill('номер 1234');
  await page.locator('signpost-widget .sp-question', { hasText: 'Вопрос номер 1234' }).waitFor();
  release();
  await page.getByRole('searchbox').fill('number 1234');
  await page.locator('signpost-widget .sp-question', { hasText: 'Question number 1234 about 提现' }).waitFor();
  assert.equal(largeServed, 3);
  // Read once for the language, not again and again.
  await page.waitForTimeout(500);
  assert.equal(largeServed, 3);
  assert.deepEqual(log.pageErrors, []);
  await context.close();
});

test('a config over 1 MB that cannot be read again for another language keeps its FAQ as it was, and says so', async () => {
  // A Russian user: the config keeps the Russian texts, not the English ones they replace.
  const { page, log, context } = await openPage(browser, site.url + 'large.html', {
    init: () => Object.defineProperty(navigator, 'languages', { get: () => ['ru'] }),
  });
  await (await widgetReady(page)).click();
  await page.getByRole('searchbox', { name: 'Поиск по справочным статьям' }).fill('номер 1234');
  await page.locator('signpost-widget .sp-question', { hasText: 'Вопрос номер 1234' }).waitFor();
  await page.route('**/large.json', (route) => route.abort());
  await page.getByRole('combobox', { name: 'Язык' }).selectOption('en-US');
  await until(page, () => log.warnings.some((w) => w.includes('could not be read again for the language just chosen')));
  // The panel speaks English; the FAQ it kept is still shown and found.
  await page.getByRole('searchbox', { name: 'Search the help articles' }).fill('номер 1234');
  await page.locator('signpost-widget .sp-question', { hasText: 'Вопрос номер 1234' }).waitFor();
  assert.deepEqual(log.pageErrors, []);
  await context.close();
});

test('storage that throws (private mode) does not stop the widget', async () => {
  const { page, log, context } = await openPage(browser, site.url + 'no-storage.html', {
    init: () => {
      Object.defineProperty(window, 'localStorage', {
        get() {
          throw new DOMException('The operation is insecure.', 'SecurityError');
        },
      });
    },
  });
  assert.equal(await openAndReadTitle(page), 'Northwind Exchange help');
  assert.deepEqual(log.pageErrors, []);
  assert.ok(log.warnings.some((w) => w.startsWith('Signpost: storage is not available here')), log.warnings.join('\n'));
  await context.close();
});

test('the JSON Schema is shipped next to the widget', async () => {
  const res = await fetch(site.url + 'config.schema.json');
  assert.equal(res.status, 200);
  const schema = await res.json();
  assert.equal(schema.title, 'Signpost configuration');
});

test('the theme sets the brand colour with readable text, the corner, the stacking order and the label', async () => {
  const themed = {
    platform: { name: 'Themed', help_centre_url: 'https://help.themed.example/' },
    theme: { accent: '#f0b90b', color_scheme: 'dark', position: 'bottom-left', z_index: 1234, launcher_label: { 'en-US': 'Support' } },
  };
  const context = await browser.newContext();
  const page = await context.newPage();
  await page.goto(site.url + 'no-storage.html');
  await widgetReady(page);
  await page.evaluate((cfg) => {
    window.Signpost('shutdown');
    window.Signpost('boot', cfg);
  }, themed);
  const launcher = await widgetReady(page);
  await page.waitForFunction(() => document.querySelector('signpost-widget').shadowRoot.querySelector('.sp-widget .sp-launcher').getAttribute('aria-label') === 'Support');
  const look = await page.evaluate(() => {
    const host = document.querySelector('signpost-widget');
    const b = host.shadowRoot.querySelector('.sp-widget .sp-launcher');
    const s = getComputedStyle(b);
    const r = b.getBoundingClientRect();
    return { bg: s.backgroundColor, fg: s.color, left: r.left, z: getComputedStyle(host).zIndex, scheme: host.shadowRoot.querySelector('.sp-root').dataset.scheme };
  });
  assert.equal(look.bg, 'rgb(240, 185, 11)');
  assert.equal(look.fg, 'rgb(0, 0, 0)', 'black text keeps contrast on the yellow');
  assert.ok(look.left < 100, `bottom-left: ${look.left}`);
  assert.equal(look.z, '1234');
  assert.equal(look.scheme, 'dark');
  await launcher.click();
  const bg = await page.evaluate(() => getComputedStyle(document.querySelector('signpost-widget').shadowRoot.querySelector('.sp-panel')).backgroundColor);
  assert.equal(bg, 'rgb(22, 27, 34)', 'the forced dark scheme');
  await context.close();
});
