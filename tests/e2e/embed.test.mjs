// End-to-end: the widget embedded the way a platform embeds it (the demo page
// and plain host pages), against the release dist/.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { launch, serveDist, fixed, hostPage, openPage, widgetReady, holdBack } from './helpers.mjs';

// Fluent isolates the platform name with U+2068/U+2069, which stay in the accessible name.
const TITLE = /^\W*Northwind Exchange\W*help$/;

let browser, site;

before(async () => {
  browser = await launch();
  site = await serveDist({
    '/plain.html': fixed(hostPage()),
    '/no-config.html': fixed(hostPage({ attrs: '' })),
    '/missing-config.html': fixed(hostPage({ attrs: 'data-config-url="/nope/signpost.json"' })),
    '/html-config.html': fixed(hostPage({ attrs: 'data-config-url="/error-page.json"' })),
    '/error-page.json': fixed('<!doctype html><h1>Internal error</h1>', 'text/html', 200),
    '/queued.html': fixed(hostPage({
      head: '<script src="/stub.js"></script>',
    })),
    '/stub.js': fixed(
      "window.Signpost = window.Signpost || function () { (window.Signpost.q = window.Signpost.q || []).push(arguments); };\n" +
        "window.Signpost('open');",
      'text/javascript',
    ),
    // boot() called before the loader arrives, on a page whose script tag also names a config.
    '/queued-boot.html': fixed(hostPage({ head: '<script src="/boot-stub.js"></script>' })),
    '/boot-stub.js': fixed(
      "window.Signpost = window.Signpost || function () { (window.Signpost.q = window.Signpost.q || []).push(arguments); };\n" +
        "window.Signpost('boot', { platform: { name: 'Booted Exchange', help_centre_url: 'https://help.booted.example/' } });",
      'text/javascript',
    ),
    '/twice.html': fixed(hostPage({ body: '<script src="/signpost.js" data-config-url="demo/signpost.json" async></script>' })),
  });
});

after(async () => {
  await browser?.close();
  await site?.close();
});

test('the launcher appears, opens the labelled dialog, and Esc closes it and restores focus', async () => {
  const { page, log, context } = await openPage(browser, site.url);
  const launcher = await widgetReady(page);
  assert.equal(await launcher.getAttribute('aria-label'), 'Help');
  await launcher.click();
  const dialog = page.getByRole('dialog', { name: TITLE });
  await dialog.waitFor({ state: 'visible' });
  assert.equal(await launcher.getAttribute('aria-expanded'), 'true');
  await page.keyboard.press('Escape');
  await dialog.waitFor({ state: 'hidden' });
  const focused = await page.evaluate(() => document.querySelector('signpost-widget').shadowRoot.activeElement?.className);
  assert.equal(focused, 'sp-launcher');
  assert.deepEqual(log.errors, [], 'no console errors (CSP violations included)');
  assert.deepEqual(log.pageErrors, []);
  await context.close();
});

test('the keyboard alone opens and closes the panel', async () => {
  const { page, context } = await openPage(browser, site.url + 'plain.html');
  await widgetReady(page);
  await page.locator('#host-button').focus();
  await page.keyboard.press('Tab');
  const name = await page.evaluate(() => document.querySelector('signpost-widget').shadowRoot.activeElement?.getAttribute('aria-label'));
  assert.equal(name, 'Help');
  await page.keyboard.press('Enter');
  await page.getByRole('dialog').waitFor({ state: 'visible' });
  await page.keyboard.press('Escape');
  await page.getByRole('dialog').waitFor({ state: 'hidden' });
  await context.close();
});

const WIDGET_PROPS = [
  'font-family', 'font-size', 'font-weight', 'line-height', 'color', 'background-color', 'width', 'height',
  'border-top-width', 'border-radius', 'text-transform', 'box-sizing', 'display', 'position', 'padding-top',
  'outline-style', 'letter-spacing',
];

async function widgetStyles(page) {
  await widgetReady(page);
  await page.locator('signpost-widget .sp-widget .sp-launcher').click();
  await page.getByRole('dialog').waitFor({ state: 'visible' });
  return page.evaluate((props) => {
    const root = document.querySelector('signpost-widget').shadowRoot;
    const pick = (el) => Object.fromEntries(props.map((p) => [p, getComputedStyle(el).getPropertyValue(p)]));
    const host = getComputedStyle(document.querySelector('signpost-widget'));
    return {
      host: { position: host.position, display: host.display, zIndex: host.zIndex, right: host.right, bottom: host.bottom },
      launcher: pick(root.querySelector('.sp-launcher')),
      panel: pick(root.querySelector('.sp-panel')),
      title: pick(root.querySelector('.sp-title')),
      close: pick(root.querySelector('.sp-close')),
      body: pick(root.querySelector('.sp-body p')),
    };
  }, WIDGET_PROPS);
}

test('the host page CSS does not change the widget', async () => {
  const plain = await openPage(browser, site.url + 'plain.html');
  const hostile = await openPage(browser, site.url);
  const a = await widgetStyles(plain.page);
  const b = await widgetStyles(hostile.page);
  assert.deepEqual(b, a);
  assert.equal(a.host.position, 'fixed');
  await plain.context.close();
  await hostile.context.close();
});

test('the widget CSS does not touch the page', async () => {
  const measure = (page) =>
    page.evaluate(() => {
      const s = (sel) => {
        const c = getComputedStyle(document.querySelector(sel));
        return [c.fontFamily, c.fontSize, c.color, c.backgroundColor, c.margin, c.boxSizing, c.display].join('|');
      };
      return [s('body'), s('h1'), s('#host-button'), s('main')];
    });
  const { page, context } = await openPage(browser, site.url + 'plain.html');
  await widgetReady(page);
  const withWidget = await measure(page);
  await page.route('**/signpost.js', (route) => route.abort());
  await page.reload();
  const withoutWidget = await measure(page);
  assert.deepEqual(withWidget, withoutWidget);
  await context.close();
});

test('nothing of the wasm is fetched before the page is idle or the launcher is reached', async () => {
  // With idle callbacks held back, only the user's hover may start the load.
  const { page, log, context } = await openPage(browser, site.url + 'plain.html', {
    init: () => {
      window.requestIdleCallback = () => 0;
    },
  });
  const placeholder = page.locator('signpost-widget .sp-launcher');
  await placeholder.waitFor({ state: 'visible' });
  assert.equal(await placeholder.getAttribute('aria-label'), 'Help', 'the launcher appears at once');
  await page.waitForTimeout(300);
  assert.ok(!log.requests.some((u) => /signpost-app/.test(u)), `no widget request yet: ${log.requests.join(' ')}`);
  await placeholder.hover();
  await widgetReady(page);
  assert.ok(log.requests.some((u) => u.endsWith('signpost-app_bg.wasm')));
  await context.close();
});

test('the wasm and the config are fetched beside the glue, once, and the widget uses those answers', async () => {
  const { page, log, context } = await openPage(browser, site.url + 'plain.html', {
    init: () => {
      window.requestIdleCallback = () => 0;
    },
  });
  // The glue is held back: on a slow network, the wasm would wait for it (and
  // for the chunk loader it imports), and the config for the wasm to run, if
  // each were fetched only by what comes before it.
  const release = await holdBack(page, '**/signpost-app.js');
  const requested = (path) => page.waitForRequest((r) => r.url().endsWith(path), { timeout: 5000 });
  const both = Promise.all([requested('/signpost-app_bg.wasm'), requested('/demo/signpost.json')]);
  await page.locator('signpost-widget .sp-launcher').hover();
  await both;
  assert.ok(!log.requests.some((u) => u.endsWith('/__wasm_split.js')), 'the glue has not arrived yet');
  release();
  await widgetReady(page);
  await page.locator('signpost-widget .sp-widget .sp-launcher').click();
  await page.getByRole('dialog', { name: TITLE }).waitFor({ state: 'visible' });
  for (const path of ['/signpost-app_bg.wasm', '/demo/signpost.json']) {
    assert.equal(log.requests.filter((u) => u.endsWith(path)).length, 1, `${path} fetched once`);
  }
  assert.deepEqual(log.errors, []);
  await context.close();
});

test('a config given to boot() is not fetched from the script tag\'s URL', async () => {
  const { page, log, context } = await openPage(browser, site.url + 'queued-boot.html');
  await widgetReady(page);
  await page.locator('signpost-widget .sp-widget .sp-launcher').click();
  await page.getByRole('dialog', { name: /Booted Exchange/ }).waitFor({ state: 'visible' });
  assert.deepEqual(log.requests.filter((u) => u.endsWith('/demo/signpost.json')), []);
  await context.close();
});

test('a click on the launcher before the wasm has loaded still opens the panel', async () => {
  const { page, context } = await openPage(browser, site.url + 'plain.html', {
    init: () => {
      window.requestIdleCallback = () => 0;
    },
  });
  await page.locator('signpost-widget .sp-launcher').click();
  await page.getByRole('dialog', { name: TITLE }).waitFor({ state: 'visible' });
  await context.close();
});

test('calls made before the loader arrives are queued and replayed', async () => {
  const { page, context } = await openPage(browser, site.url + 'queued.html');
  await page.getByRole('dialog', { name: TITLE }).waitFor({ state: 'visible' });
  await context.close();
});

test('a second copy of the script tag does not start a second widget', async () => {
  const { page, context } = await openPage(browser, site.url + 'twice.html');
  await widgetReady(page);
  await page.waitForTimeout(200);
  assert.equal(await page.locator('signpost-widget').count(), 1);
  await context.close();
});

async function expectUnavailable(path, pattern) {
  const { page, log, context } = await openPage(browser, site.url + path);
  const launcher = await widgetReady(page);
  await page.waitForFunction(() => {
    const t = document.querySelector('signpost-widget').shadowRoot.querySelector('#sp-title');
    return t && t.textContent.length > 0;
  });
  await launcher.click();
  await page.getByRole('dialog', { name: 'Help is unavailable right now' }).waitFor({ state: 'visible' });
  const signpostErrors = log.errors.filter((e) => e.startsWith('Signpost:'));
  assert.equal(signpostErrors.length, 1, `exactly one Signpost error: ${JSON.stringify(log.errors)}`);
  assert.match(signpostErrors[0], pattern);
  assert.deepEqual(log.pageErrors, [], 'nothing thrown into the page');
  await context.close();
}

test('a missing config gives one clear console error and an "unavailable" panel', async () => {
  await expectUnavailable(
    'missing-config.html',
    /^Signpost: the configuration at http:\/\/127\.0\.0\.1:\d+\/nope\/signpost\.json answered HTTP 404/,
  );
});

test('a config that is not JSON names the URL and the problem', async () => {
  await expectUnavailable(
    'html-config.html',
    /^Signpost: the configuration at http:\/\/127\.0\.0\.1:\d+\/error-page\.json is not valid JSON \(line 1, column 1/,
  );
});

test('no config at all says how to give one', async () => {
  await expectUnavailable('no-config.html', /data-config-url=.*Signpost\('boot'/);
});

test('shutdown removes the widget, and boot brings it back with the given config', async () => {
  const { page, log, context } = await openPage(browser, site.url + 'plain.html');
  await widgetReady(page);
  await page.evaluate(() => window.Signpost('shutdown'));
  assert.equal(await page.locator('signpost-widget').count(), 0);
  await page.evaluate(() => window.Signpost('boot', { platform: { name: 'Rebooted Shop', help_centre_url: 'https://help.example.com/' } }));
  const launcher = await widgetReady(page);
  await launcher.click();
  await page.getByRole('dialog', { name: /Rebooted Shop/ }).waitFor({ state: 'visible' });
  assert.equal(await page.locator('signpost-widget').count(), 1);
  assert.deepEqual(log.pageErrors, []);
  await context.close();
});

test('shutdown leaves nothing behind: no element, listener, timer, request or stored key', async () => {
  // Records every listener the widget's scripts add to and remove from the
  // page's window, document and media query lists (its own elements go with it).
  const init = () => {
    const live = new Set();
    window.__listeners = live;
    const add = EventTarget.prototype.addEventListener;
    const remove = EventTarget.prototype.removeEventListener;
    const tracked = (t) =>
      (t === window || t === document || t instanceof MediaQueryList) && /\/signpost(-app)?\.js/.test(new Error().stack);
    const id = (t, type, fn) => `${t === window ? 'window' : t === document ? 'document' : 'mql:' + t.media}|${type}|${fn && (fn.__id ??= Math.random())}`;
    EventTarget.prototype.addEventListener = function (type, fn, o) {
      if (tracked(this)) live.add(id(this, type, fn));
      return add.call(this, type, fn, o);
    };
    EventTarget.prototype.removeEventListener = function (type, fn, o) {
      if (tracked(this)) live.delete(id(this, type, fn));
      return remove.call(this, type, fn, o);
    };
  };
  const { page, log, context } = await openPage(browser, site.url + 'plain.html', { init });
  await page.clock.install();
  await page.clock.resume();
  const launcher = await widgetReady(page);
  // Use it: open, search, pick a language, start a hand-off draft.
  await launcher.click();
  const box = page.getByRole('searchbox', { name: 'Search the help articles' });
  await box.fill('withdrawal');
  await page.locator('signpost-widget .sp-footer select').selectOption('de');
  await page.waitForFunction(() => localStorage.getItem('signpost:locale') === 'de');
  await page.evaluate(() => sessionStorage.setItem('unrelated', 'kept'));
  await page.evaluate(() => localStorage.setItem('host:key', 'kept'));

  // No data left the page: every request went to the site's own server
  // (the widget's files, its config and the chosen language).
  const elsewhere = log.requests.filter((u) => !u.startsWith(site.url) && !u.startsWith('data:'));
  assert.deepEqual(elsewhere, [], 'no request to anywhere else');
  const added = await page.evaluate(() => [...window.__listeners]);
  assert.ok(added.some((l) => l.startsWith('mql:')), `the widget's media query listener is seen: ${added}`);
  await page.evaluate(() => window.Signpost('shutdown'));
  const requests = log.requests.length;
  await page.clock.fastForward(30 * 60_000);
  await page.waitForTimeout(200);

  assert.equal(await page.locator('signpost-widget').count(), 0, 'the element is gone');
  assert.deepEqual(await page.evaluate(() => [...window.__listeners]), [], 'every listener the widget added was removed');
  const stored = await page.evaluate(() => [...Object.keys(localStorage), ...Object.keys(sessionStorage)].sort());
  assert.deepEqual(stored, ['host:key', 'unrelated'], "only the page's own keys are left");
  assert.deepEqual(log.requests.slice(requests), [], 'no request after shutdown (no poll, no retry)');
  assert.deepEqual(log.pageErrors, []);
  await context.close();
});

test('wrong API calls are reported on the console and never throw into the page', async () => {
  const { page, log, context } = await openPage(browser, site.url + 'plain.html');
  await widgetReady(page);
  const threw = await page.evaluate(() => {
    try {
      window.Signpost('fly');
      window.Signpost('boot', 42);
      return false;
    } catch (e) {
      return String(e);
    }
  });
  assert.equal(threw, false);
  assert.ok(log.errors.some((e) => /^Signpost: unknown method "fly"\. Known methods: boot\(config\)/.test(e)), log.errors.join('\n'));
  assert.ok(log.errors.some((e) => /^Signpost: boot\(config\) expects the configuration object/.test(e)), log.errors.join('\n'));
  await context.close();
});
