// End-to-end: host pages that fight the widget. Global resets with
// !important, 40 px fonts, a right-to-left document, overlays at the
// highest z-index, and scripts that change Array.prototype, Object.prototype,
// JSON and window.fetch. The widget must still show, work and look the way
// it does on a plain page.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { launch, serveDist, fixed, hostPage, openPage, widgetReady, officialConfig } from './helpers.mjs';

let browser, site;

const RESET_CSS = `
* { all: unset !important; }
html { font-size: 40px !important; direction: rtl !important; }
body { display: block !important; font: 40px/3 "Comic Sans MS", serif !important; color: lime !important; letter-spacing: 4px !important; }
signpost-widget { display: none !important; opacity: 0 !important; transform: scale(0.2) !important; position: static !important; font-size: 5px !important; }
div, span, button, input, p, a, ul, li, h2, h3 { font-size: 40px !important; line-height: 4 !important; border: 5px solid red !important; }
[role="dialog"] { display: none !important; }
::selection { background: red !important; }
`;

// What old libraries and analytics snippets do to the page's globals.
const POLLUTING_JS = `
Array.prototype.extra = function () { return 'polluted'; };
Object.prototype.polluted = 'yes';
Array.prototype.toJSON = function () { return JSON.stringify([...this]); };
String.prototype.trim = function () { return 'trimmed'; };
const realFetch = window.fetch;
// A wrapper that loses the abort signal and the options object, as old polyfills do.
window.fetch = function (input) { return realFetch(typeof input === 'string' ? input : input.url); };
`;

// A cookie banner across the bottom at the highest z-index.
const OVERLAY = '<div id="banner" style="position:fixed;left:0;right:0;bottom:0;height:120px;z-index:2147483647;background:#333">Cookies</div>';

before(async () => {
  browser = await launch();
  site = await serveDist({
    '/plain.html': fixed(hostPage()),
    '/reset.html': fixed(hostPage({ head: '<link rel="stylesheet" href="/reset.css">' })),
    '/reset.css': fixed(RESET_CSS, 'text/css'),
    '/rtl.html': fixed(hostPage().replace('<html lang="en">', '<html lang="ar" dir="rtl">')),
    '/polluted.html': fixed(hostPage({ head: '<script src="/polluted.js"></script>' })),
    '/polluted.js': fixed(POLLUTING_JS, 'text/javascript'),
    '/overlay.html': fixed(hostPage({ attrs: 'data-config-url="/on-top.json"', body: OVERLAY })),
    // The demo config, official here, asking for the highest z-index.
    '/on-top.json': officialConfig((config) => {
      config.theme = { ...config.theme, z_index: 2147483647 };
    }),
  });
});

after(async () => {
  await browser?.close();
  await site?.close();
});

/** Sizes and styles that make the widget look like itself. */
async function looks(page) {
  // Measured once the opening transition has finished.
  await page.evaluate(() =>
    Promise.all(document.querySelector('signpost-widget').shadowRoot.getAnimations().map((a) => a.finished)),
  );
  return page.evaluate(() => {
    const root = document.querySelector('signpost-widget').shadowRoot;
    const box = (sel) => {
      const r = root.querySelector(sel).getBoundingClientRect();
      return { w: Math.round(r.width), h: Math.round(r.height), right: Math.round(innerWidth - r.right), bottom: Math.round(innerHeight - r.bottom) };
    };
    const style = (sel, prop) => getComputedStyle(root.querySelector(sel))[prop];
    return {
      launcher: box('.sp-launcher'),
      panel: box('.sp-panel'),
      title: [style('.sp-title', 'fontSize'), style('.sp-title', 'fontFamily'), style('.sp-title', 'color')],
      input: [style('#sp-q', 'fontSize'), style('#sp-q', 'borderTopWidth'), style('#sp-q', 'lineHeight')],
      dir: root.querySelector('.sp-widget').getAttribute('dir'),
    };
  });
}

async function openAndSearch(path, init) {
  const { page, log, context } = await openPage(browser, site.url + path, { init });
  const launcher = await widgetReady(page);
  await launcher.click();
  await page.getByRole('dialog').waitFor({ state: 'visible' });
  await page.getByRole('searchbox', { name: 'Search the help articles' }).fill('withdrawal');
  await page.waitForFunction(() => document.querySelector('signpost-widget').shadowRoot.querySelectorAll('.sp-question').length > 0);
  return { page, log, context };
}

/** How the widget looks on a plain page, to compare with. */
let plain;
async function plainLooks() {
  if (!plain) {
    const { page, context } = await openAndSearch('plain.html');
    plain = await looks(page);
    await context.close();
  }
  return plain;
}

for (const [name, path] of [
  ['global resets, !important rules and 40 px fonts', 'reset.html'],
  ['a right-to-left document', 'rtl.html'],
]) {
  test(`${name}: the widget shows, works and looks as on a plain page`, async () => {
    const { page, log, context } = await openAndSearch(path);
    assert.deepEqual(await looks(page), await plainLooks());
    assert.deepEqual(log.pageErrors, []);
    await context.close();
  });
}

test('polluted prototypes, a JSON-breaking toJSON and a lossy fetch wrapper: config, search, advisor and boot() still work', async () => {
  const { page, log, context } = await openAndSearch('polluted.html');
  assert.deepEqual(await looks(page), await plainLooks());
  // The advisor lists the channels (arrays from the config survived).
  await page.evaluate(() => window.Signpost('openAdvisor', { topic: 'deposit_withdrawal' }));
  await page.waitForFunction(() => document.querySelector('signpost-widget').shadowRoot.querySelectorAll('.sp-channel').length > 0);
  // A config given to boot() as an object, with arrays, is read as it is.
  await page.evaluate(() => window.Signpost('shutdown'));
  await page.evaluate(() =>
    window.Signpost('boot', {
      platform: { name: 'Array Shop', help_centre_url: 'https://help.example.com/', official_origins: [location.origin] },
      channels: [{ id: 'mail', kind: 'email', label: { 'en-US': 'E-mail us' }, email: 'help@example.com', mode: 'text', reply_minutes: 720, hours: 'always' }],
    }),
  );
  await widgetReady(page);
  await page.evaluate(() => window.Signpost('openAdvisor', { topic: 'other' }));
  await page.waitForFunction(() => document.querySelector('signpost-widget').shadowRoot.querySelectorAll('.sp-channel').length === 1).catch((e) => {
    throw new Error(`${e.message}\n${log.errors.join('\n')}`);
  });
  assert.deepEqual(log.pageErrors, []);
  assert.deepEqual(log.errors, [], 'nothing was misread');
  await context.close();
});

test('an overlay at the highest z-index: with theme.z_index at the maximum the launcher is on top and clickable', async () => {
  const { page, log, context } = await openPage(browser, site.url + 'overlay.html');
  const launcher = await widgetReady(page);
  await page.waitForFunction(() => getComputedStyle(document.querySelector('signpost-widget')).zIndex === '2147483647');
  const onTop = await page.evaluate(() => {
    const r = document.querySelector('signpost-widget').shadowRoot.querySelector('.sp-launcher').getBoundingClientRect();
    return document.elementFromPoint(r.x + r.width / 2, r.y + r.height / 2)?.tagName;
  });
  assert.equal(onTop, 'SIGNPOST-WIDGET');
  await launcher.click();
  await page.getByRole('dialog').waitFor({ state: 'visible' });
  assert.deepEqual(log.pageErrors, []);
  await context.close();
});
