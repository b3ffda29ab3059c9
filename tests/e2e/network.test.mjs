// End-to-end: broken networks. Each of the widget's four downloads (the
// config, a locale file, the wasm, the status feed) is in turn unreachable,
// slow (answers after 10 s, past the widget's 8 s limit), truncated (the
// connection drops half way through the body) or answered by an HTML error
// page. Each time the widget degrades as the README says, nothing reaches
// the page as an uncaught error, and it recovers once the network is back,
// without a reload.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { launch, serveDist, fixed, hostPage, widgetReady, officialConfigText, until, watchContactChunk } from './helpers.mjs';

const FAILURES = ['down', 'slow', 'cut', 'html'];
const SLOW_MS = 10_000;
/** What each download does now: 'ok' or one of FAILURES. */
const mode = { config: 'ok', locale: 'ok', wasm: 'ok', status: 'ok' };
const requests = { config: 0, locale: 0, wasm: 0, status: 0 };

let browser, site;
let statusDoc = () => '{}';

/** A route for one download that fails as `mode[name]` says. */
function flaky(name, type, body) {
  return async (req, res) => {
    requests[name] += 1;
    const how = mode[name];
    if (how === 'down') return req.socket.destroy();
    if (how === 'html') {
      res.writeHead(503, { 'content-type': 'text/html; charset=utf-8' });
      return res.end('<!doctype html><title>503</title><h1>Service Unavailable</h1><p>nginx</p>');
    }
    if (how === 'slow') await new Promise((ok) => setTimeout(ok, SLOW_MS));
    if (req.socket.destroyed) return; // the widget gave up waiting
    const data = Buffer.from(await body(req));
    if (how === 'short') {
      // A complete answer of half the file, which the browser may keep.
      res.writeHead(200, { 'content-type': type, 'cache-control': 'max-age=3600' });
      return res.end(data.subarray(0, data.length >> 1));
    }
    if (how === 'cut') {
      res.writeHead(200, { 'content-type': type, 'content-length': data.length });
      return res.write(data.subarray(0, data.length >> 1), () => res.destroy());
    }
    res.writeHead(200, { 'content-type': type, 'cache-control': 'no-store' });
    res.end(data);
  };
}

before(async () => {
  browser = await launch();
  const wasm = await readFile('dist/signpost-app_bg.wasm');
  const german = await readFile('dist/locales/de/signpost.ftl');
  const config = (req) =>
    officialConfigText(req.socket.localPort, (c, origin) => {
      c.status_url = `${origin}/net-status.json`;
    });
  site = await serveDist({
    '/net.html': fixed(hostPage({ attrs: 'data-config-url="/net-config.json"' })),
    '/net-config.json': flaky('config', 'application/json', config),
    '/locales/de/signpost.ftl': flaky('locale', 'text/plain; charset=utf-8', () => german),
    '/signpost-app_bg.wasm': flaky('wasm', 'application/wasm', () => wasm),
    '/net-status.json': flaky('status', 'application/json', () => statusDoc()),
  });
});

after(async () => {
  await browser?.close();
  await site?.close();
});

/** A fresh browser profile on the test page; `savedConfig` puts the config an earlier visit kept. */
async function visit({ languages = ['en-US'], savedConfig = false, clock } = {}) {
  const context = await browser.newContext({ locale: languages[0] });
  await context.addInitScript((langs) => Object.defineProperty(navigator, 'languages', { get: () => langs }), languages);
  const page = await context.newPage();
  const log = { warnings: [], errors: [], pageErrors: [] };
  // The widget's own messages; the browser adds its "Failed to load resource" lines.
  page.on('console', (m) => m.text().startsWith('Signpost:') && (m.type() === 'warning' ? log.warnings : m.type() === 'error' ? log.errors : []).push(m.text()));
  page.on('pageerror', (e) => log.pageErrors.push(String(e)));
  if (savedConfig) {
    const saved = await officialConfigText(new URL(site.url).port);
    await page.addInitScript((text) => {
      if (location.pathname === '/net.html') localStorage.setItem('signpost:config:' + new URL('/net-config.json', location.href).href, text);
    }, saved);
  }
  if (clock) await page.clock.install({ time: clock });
  await page.goto(site.url + 'net.html');
  return { page, context, log };
}

const title = async (page) => (await page.locator('signpost-widget #sp-title').textContent()).replace(/[\u2068\u2069]/g, '');
/** Waits for the panel title to read `text` (it follows the config and the language). */
const titleIs = (page, text) =>
  page.waitForFunction((t) => document.querySelector('signpost-widget').shadowRoot.querySelector('#sp-title')?.textContent.replace(/[\u2068\u2069]/g, '') === t, text);
const dialog = (page) => page.getByRole('dialog');
const searchbox = (page) => page.getByRole('searchbox', { name: 'Search the help articles' });

async function reopen(page, launcher) {
  await page.keyboard.press('Escape');
  await dialog(page).waitFor({ state: 'hidden' });
  await launcher.click();
  await dialog(page).waitFor({ state: 'visible' });
}

function reset() {
  for (const k of Object.keys(mode)) mode[k] = 'ok';
}

for (const failure of FAILURES) {
  test(`config ${failure}, no saved copy: the panel says help is unavailable, then loads on the next open once the config is back`, async () => {
    reset();
    mode.config = failure;
    const { page, context, log } = await visit();
    const launcher = await widgetReady(page);
    await launcher.click();
    await dialog(page).waitFor({ state: 'visible' });
    if (failure === 'slow') {
      // Waiting says so, in words a screen reader reads.
      const loading = page.locator('signpost-widget .sp-loading[aria-busy=true]');
      assert.equal(await loading.textContent(), 'Loading help…');
    }
    await page.locator('signpost-widget .sp-unavailable').waitFor({ timeout: SLOW_MS });
    assert.equal(log.errors.filter((e) => e.includes('/net-config.json')).length, 1, log.errors.join('\n'));
    mode.config = 'ok';
    await reopen(page, launcher);
    await titleIs(page, 'Northwind Exchange help');
    await searchbox(page).waitFor();
    assert.deepEqual(log.pageErrors, []);
    await context.close();
  });

  test(`config ${failure}, with the copy an earlier visit kept: the panel is usable at once, and the failure is a warning`, async () => {
    reset();
    mode.config = failure;
    const { page, context, log } = await visit({ savedConfig: true });
    const launcher = await widgetReady(page);
    await launcher.click();
    // Before the server has answered (slow: 10 s), the saved copy is in use.
    await searchbox(page).waitFor({ timeout: 3000 });
    assert.equal(await title(page), 'Northwind Exchange help');
    const outage = (w) => w.includes('/net-config.json') && w.endsWith('using the last copy that loaded.');
    await until(page, () => log.warnings.some(outage), 12_000);
    assert.equal(log.warnings.filter(outage).length, 1, log.warnings.join('\n'));
    assert.deepEqual(log.errors, []);
    assert.deepEqual(log.pageErrors, []);
    await context.close();
  });

  test(`locale file ${failure}: the panel works in en-US at once, and speaks German on the next open once the file is back`, async () => {
    reset();
    mode.locale = failure;
    const { page, context, log } = await visit({ languages: ['de'] });
    const launcher = await widgetReady(page);
    await launcher.click();
    await dialog(page).waitFor({ state: 'visible' });
    await searchbox(page).waitFor({ timeout: 3000 });
    assert.equal(await title(page), 'Northwind Exchange help');
    const fellBack = (w) => w.includes('/locales/de/signpost.ftl') && w.endsWith('showing the next language available.');
    await until(page, () => log.warnings.some(fellBack), 12_000);
    assert.equal(log.warnings.filter(fellBack).length, 1, log.warnings.join('\n'));
    assert.equal(await title(page), 'Northwind Exchange help');
    mode.locale = 'ok';
    await reopen(page, launcher);
    await titleIs(page, 'Northwind Exchange-Hilfe');
    assert.deepEqual(log.errors, []);
    assert.deepEqual(log.pageErrors, []);
    await context.close();
  });

  test(`wasm ${failure}: the launcher shows it is busy, then says help cannot load with the help centre, and the widget comes without a reload`, async () => {
    reset();
    mode.wasm = failure;
    const { page, context, log } = await visit({ savedConfig: true });
    const placeholder = page.locator('signpost-widget .sp-root > .sp-launcher');
    await placeholder.click();
    if (failure === 'slow') assert.equal(await placeholder.getAttribute('aria-busy'), 'true');
    const alert = page.locator('signpost-widget .sp-fallback[role=alert]');
    await alert.waitFor({ timeout: SLOW_MS });
    assert.match(await alert.textContent(), /Help cannot be loaded right now/);
    assert.equal(await alert.getByRole('link').getAttribute('href'), 'https://help.northwind.example/');
    assert.equal(await placeholder.getAttribute('aria-busy'), null);
    mode.wasm = 'ok';
    if (failure !== 'slow') await alert.getByRole('button', { name: 'Try again' }).click();
    // Slow: the load went on, and the panel the user asked for opens when it arrives.
    await dialog(page).waitFor({ state: 'visible', timeout: SLOW_MS });
    await searchbox(page).waitFor();
    assert.equal(await alert.count(), 0);
    // A failed load is an error on the console (once per kind of failure); a slow one is not a failure.
    const failures = log.errors.filter((e) => e.includes('could not load the help widget')).length;
    assert.ok(failure === 'slow' ? failures === 0 : failures >= 1, log.errors.join('\n'));
    assert.equal(log.errors.length, failures, log.errors.join('\n'));
    assert.deepEqual(log.pageErrors, []);
    await context.close();
  });

  test(`status feed ${failure}: the panel works without live status, and the incident shows once the feed is back`, async () => {
    reset();
    mode.status = failure;
    const start = Date.parse('2026-11-23T12:00:00Z');
    statusDoc = () =>
      JSON.stringify({
        generated_at: new Date(start + 60_000).toISOString(),
        incidents: [{
          id: 'eth-delayed', severity: 'major', topics: ['deposit_withdrawal'], assets: ['ETH'],
          title: { 'en-US': 'Ether withdrawals are delayed' }, body: { 'en-US': 'No action is needed.' },
          started_at: new Date(start - 600_000).toISOString(), url: 'https://status.northwind.example/eth',
        }],
        channels: {},
      });
    const { page, context, log } = await visit({ clock: start });
    const chunkArrived = watchContactChunk(page);
    const launcher = await widgetReady(page);
    const before = requests.status;
    await launcher.click();
    await dialog(page).waitFor({ state: 'visible' });
    await until(page, () => requests.status !== before);
    // The idle callback that fetches the advisor's chunk runs on the page's clock.
    if (!chunkArrived()) await page.clock.runFor(2_000);
    await until(page, chunkArrived);
    assert.ok(chunkArrived(), 'the advisor chunk arrived before the clock jumps');
    // The widget's 8 s limit, on the page's clock.
    if (failure === 'slow') await page.clock.fastForward(8_000);
    const failed = (w) => w.includes('the status at');
    await until(page, () => log.warnings.some(failed));
    assert.equal(log.warnings.filter(failed).length, 1, log.warnings.join('\n'));
    await searchbox(page).fill('withdrawal');
    await page.waitForFunction(() => document.querySelector('signpost-widget').shadowRoot.querySelectorAll('.sp-question').length > 0);
    mode.status = 'ok';
    const banner = page.locator('signpost-widget .sp-incident').filter({ hasText: 'Ether withdrawals are delayed' });
    // After a failure the next poll waits two minutes.
    for (let i = 0; i < 5 && !(await banner.count()); i++) {
      await page.clock.fastForward(60_000);
      await banner.waitFor({ timeout: 1000 }).catch(() => {});
    }
    assert.equal(await banner.count(), 1);
    assert.deepEqual(log.errors, []);
    assert.deepEqual(log.pageErrors, []);
    await context.close();
  });
}

test('a wasm cut short and kept by the browser cache is fetched anew by "Try again"', async () => {
  reset();
  mode.wasm = 'short';
  const { page, context, log } = await visit({ savedConfig: true });
  await page.locator('signpost-widget .sp-root > .sp-launcher').click();
  const alert = page.locator('signpost-widget .sp-fallback[role=alert]');
  await alert.waitFor();
  mode.wasm = 'ok';
  const before = requests.wasm;
  await alert.getByRole('button', { name: 'Try again' }).click();
  await dialog(page).waitFor({ state: 'visible' });
  assert.equal(requests.wasm, before + 1, 'the retry reached the server, not the cached copy');
  assert.ok(log.errors.some((e) => e.includes('could not load the help widget')), log.errors.join('\n'));
  assert.deepEqual(log.pageErrors, []);
  await context.close();
});
