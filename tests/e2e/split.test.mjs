// End-to-end: the advisor and hand-off are a wasm chunk of their own
// (split_contact.wasm, see src/ui/contact.rs and scripts/build-dist.sh). The
// FAQ never waits for it; it is fetched once the panel is open; a failed
// or slow fetch is explained, with the help centre and a way to try again.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { launch, serveDist, fixed, hostPage, openPage, widgetReady, until, holdBack } from './helpers.mjs';

let browser, site;

before(async () => {
  browser = await launch();
  site = await serveDist({ '/plain.html': fixed(hostPage()) });
});

after(async () => {
  await browser?.close();
  await site?.close();
});

const CHUNK = '**/split_contact.wasm';
const channels = (page) => page.locator('signpost-widget .sp-channel');

test('the FAQ does not wait for the advisor chunk, which is fetched only once the panel is open', async () => {
  const { page, log, context } = await openPage(browser, site.url + 'plain.html');
  const fetches = () => log.requests.filter((url) => url.endsWith('/split_contact.wasm')).length;
  // Held until released: the panel must be usable meanwhile.
  const release = await holdBack(page, CHUNK);
  const launcher = await widgetReady(page);
  // The loader's idle prefetch has run (the widget is mounted): no chunk yet.
  await page.waitForTimeout(300);
  assert.equal(fetches(), 0, 'not fetched before the panel opens');
  await launcher.click();
  await page.getByRole('searchbox', { name: 'Search the help articles' }).fill('withdrawal');
  await page.locator('signpost-widget .sp-question').first().waitFor();
  // Fetched once the page is idle after the open.
  await until(page, () => fetches() === 1);
  assert.equal(fetches(), 1, 'fetched once the panel is open');
  // Asked for a person before the chunk is here: the panel says it is loading.
  await page.evaluate(() => window.Signpost('openAdvisor', { topic: 'deposit_withdrawal' }));
  await page.locator('signpost-widget .sp-loading[aria-busy=true]').waitFor();
  release();
  await channels(page).first().waitFor();
  assert.equal(fetches(), 1, 'fetched once');
  assert.deepEqual(log.errors, []);
  assert.deepEqual(log.pageErrors, []);
  await context.close();
});

test('a chunk that cannot be fetched: the user is told once, offered the help centre, and Try again works', async () => {
  const { page, log, context } = await openPage(browser, site.url + 'plain.html');
  await page.route(CHUNK, (route) => route.abort('connectionrefused'));
  const launcher = await widgetReady(page);
  await launcher.click();
  await page.evaluate(() => window.Signpost('openAdvisor', { topic: 'security' }));
  const alert = page.locator('signpost-widget .sp-unloaded[role=alert]');
  await alert.waitFor();
  assert.match(await alert.textContent(), /The contact options could not be loaded\. Check your connection and try again\./);
  assert.equal(await alert.getByRole('link', { name: 'Open the official help centre' }).getAttribute('href'), 'https://help.northwind.example/');
  // The prefetch on open and the advisor's own attempt failed alike: said once.
  // (The browser's own "Failed to load resource" lines aside.)
  const said = () => log.errors.filter((e) => e.startsWith('Signpost:'));
  assert.deepEqual(said(), ['Signpost: could not load part of the help widget (Failed to fetch)']);
  await page.unroute(CHUNK);
  // From the keyboard: focus stays in the panel while the button goes, and Tab goes on into the advisor.
  await alert.getByRole('button', { name: 'Try again' }).focus();
  await page.keyboard.press('Enter');
  await channels(page).first().waitFor();
  assert.equal(await page.locator('signpost-widget .sp-unloaded').count(), 0);
  const focused = () => page.evaluate(() => document.querySelector('signpost-widget').shadowRoot.activeElement?.className ?? 'outside the widget');
  assert.equal(await focused(), 'sp-contact-slot');
  await page.keyboard.press('Tab');
  assert.equal(await page.evaluate(() => !!document.querySelector('signpost-widget').shadowRoot.activeElement?.closest('.sp-advisor')), true, await focused());
  assert.equal(said().length, 1, log.errors.join('\n'));
  assert.deepEqual(log.pageErrors, []);
  await context.close();
});

test('a chunk that does not arrive within 8 s: the same message, and Try again fetches it anew', async () => {
  const { page, log, context } = await openPage(browser, site.url + 'plain.html');
  await page.route(CHUNK, () => {}); // never answered
  const launcher = await widgetReady(page);
  await launcher.click();
  await page.evaluate(() => window.Signpost('openAdvisor', { topic: 'security' }));
  const alert = page.locator('signpost-widget .sp-unloaded[role=alert]');
  await alert.waitFor({ timeout: 15000 });
  assert.deepEqual(log.errors.filter((e) => e.startsWith('Signpost:')), ['Signpost: could not load part of the help widget (signal timed out)']);
  await page.unroute(CHUNK);
  await alert.getByRole('button', { name: 'Try again' }).click();
  await channels(page).first().waitFor();
  await context.close();
});
