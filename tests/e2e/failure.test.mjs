// End-to-end: the widget's own files failing. The wasm unreachable, then
// back; the widget stopping on an internal error (a panic), then starting
// afresh. Each time the user is told, offered the official help centre and
// a way to try again, without reloading the page.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { launch, serveDist, fixed, hostPage, openPage, widgetReady } from './helpers.mjs';

let browser, site;

before(async () => {
  browser = await launch();
  site = await serveDist({ '/plain.html': fixed(hostPage()) });
});

after(async () => {
  await browser?.close();
  await site?.close();
});

const shadowQuery = (page, selector) => page.evaluate((s) => !!document.querySelector('signpost-widget')?.shadowRoot?.querySelector(s), selector);

test('the wasm unreachable: the launcher says help cannot load, links the help centre, and "Try again" works once the network is back', async () => {
  const demo = JSON.parse(await readFile('dist/demo/signpost.json', 'utf8'));
  const context = await browser.newContext();
  const page = await context.newPage();
  const errors = [];
  page.on('pageerror', (e) => errors.push(String(e)));
  // A config that loaded on an earlier visit (the widget keeps it for outages).
  await page.addInitScript((config) => {
    if (location.pathname === '/plain.html') localStorage.setItem('signpost:config:' + new URL('demo/signpost.json', location.href).href, config);
  }, JSON.stringify(demo));
  await page.route('**/signpost-app_bg.wasm', (route) => route.abort('connectionrefused'));
  await page.goto(site.url + 'plain.html');
  await page.locator('signpost-widget .sp-launcher').click();
  const alert = page.locator('signpost-widget .sp-fallback[role=alert]');
  await alert.waitFor();
  assert.match(await alert.textContent(), /Help cannot be loaded right now/);
  assert.equal(await alert.getByRole('link').getAttribute('href'), demo.platform.help_centre_url);
  await page.unroute('**/signpost-app_bg.wasm');
  await alert.getByRole('button', { name: 'Try again' }).click();
  await page.getByRole('dialog').waitFor({ state: 'visible' });
  assert.equal(await shadowQuery(page, '.sp-fallback'), false);
  assert.deepEqual(errors, []);
  await context.close();
});

test('a panic: one clear console error, a "try again" box, and a fresh widget after it', async () => {
  // A page script that makes element creation fail when the advisor is
  // drawn: the views cannot go on, so the widget panics.
  const init = () => {
    const create = Document.prototype.createElement;
    window.__broken = true;
    Document.prototype.createElement = function (tag, ...rest) {
      if (window.__broken && String(tag).toLowerCase() === 'fieldset') throw new Error('no fieldsets here');
      return create.call(this, tag, ...rest);
    };
  };
  const { page, log, context } = await openPage(browser, site.url + 'plain.html', { init });
  const launcher = await widgetReady(page);
  await launcher.click();
  await page.getByRole('dialog').waitFor({ state: 'visible' });
  await page.evaluate(() => window.Signpost('openAdvisor', { topic: 'deposit_withdrawal' }));
  const alert = page.locator('signpost-widget .sp-fallback[role=alert]');
  await alert.waitFor().catch((e) => {
    throw new Error(`${e.message}\n${log.errors.join('\n')}\n${log.pageErrors.join('\n')}`);
  });
  const internal = log.errors.filter((e) => e.includes('Signpost: internal error'));
  assert.equal(internal.length, 1, log.errors.join('\n'));
  await page.evaluate(() => (window.__broken = false));
  await alert.getByRole('button', { name: 'Try again' }).click();
  await page.getByRole('dialog').waitFor({ state: 'visible' });
  await page.getByRole('searchbox', { name: 'Search the help articles' }).fill('withdrawal');
  await page.waitForFunction(() => document.querySelector('signpost-widget').shadowRoot.querySelectorAll('.sp-question').length > 0);
  // The advisor's chunk, loaded into the stopped instance, is linked to the
  // fresh one (scripts/split-glue.mjs).
  await page.evaluate(() => window.Signpost('openAdvisor', { topic: 'deposit_withdrawal' }));
  await page.locator('signpost-widget .sp-channel').first().waitFor();
  // The trap that ends the panicking call is caught in the glue
  // (scripts/guard-glue.mjs): nothing reaches the page as uncaught.
  assert.deepEqual(log.pageErrors, []);
  await context.close();
});
