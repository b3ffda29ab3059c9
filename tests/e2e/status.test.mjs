// End-to-end: the live status feed. A status document served on loopback
// changes between polls, answers 304, turns to garbage and stops answering;
// the panel polls only while open, shows incidents, uses live waits while
// they are fresh, and never breaks. Playwright's clock stands in for the
// minute between polls.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { launch, serveDist, fixed, hostPage, widgetReady, officialConfig, until, openPage } from './helpers.mjs';

let browser, site;
const START = Date.parse('2026-11-23T12:00:00Z');
const iso = (ms) => new Date(ms).toISOString();
const feed = { mode: 'v1', requests: [] };

function statusDoc(version) {
  const paused = version === 'v2';
  return JSON.stringify({
    generated_at: iso(START + (version === 'v2' ? 60_000 : 0)),
    incidents: [{
      id: 'btc-delayed', severity: 'major', topics: ['deposit_withdrawal'], assets: ['BTC'],
      title: { 'en-US': paused ? 'Bitcoin withdrawals are paused' : 'Bitcoin withdrawals are delayed' },
      body: { 'en-US': 'Withdrawals are queued; no action is needed.' },
      started_at: iso(START - 40 * 60_000), url: 'https://status.northwind.example/btc',
    }],
    channels: { chat: paused ? { state: 'paused' } : { state: 'open', wait_minutes: 25, queue: 140 } },
  });
}

before(async () => {
  browser = await launch();
  site = await serveDist({
    '/plain.html': fixed(hostPage({ attrs: 'data-config-url="/status-config.json"' })),
    '/status-config.json': officialConfig((config, origin) => {
      config.status_url = `${origin}/status.json`;
    }),
    '/no-feed.html': fixed(hostPage({ attrs: 'data-config-url="/no-feed-config.json"' })),
    '/no-feed-config.json': officialConfig((config) => {
      delete config.status_url;
    }),
    '/status.json': (req, res) => {
      feed.requests.push({ mode: feed.mode, ifNoneMatch: req.headers['if-none-match'] || null });
      if (feed.mode === 'slow') return; // never answers
      if (feed.mode === 'garbage') {
        res.writeHead(200, { 'content-type': 'application/json' });
        return res.end('<html>502 Bad Gateway</html>');
      }
      const version = feed.mode === '304' ? 'v2' : feed.mode;
      if (req.headers['if-none-match'] === `"${version}"`) {
        res.writeHead(304, { etag: `"${version}"` });
        return res.end();
      }
      res.writeHead(200, { 'content-type': 'application/json', etag: `"${version}"`, 'cache-control': 'no-cache' });
      res.end(statusDoc(version));
    },
  });
});

after(async () => {
  await browser?.close();
  await site?.close();
});

test('status feed: polled only while open, incidents shown, live waits used while fresh, 304, garbage and silence survived', async () => {
  const context = await browser.newContext();
  const page = await context.newPage();
  const log = { errors: [], warnings: [], pageErrors: [] };
  page.on('console', (m) => (m.type() === 'error' ? log.errors : m.type() === 'warning' ? log.warnings : []).push(m.text()));
  page.on('pageerror', (e) => log.pageErrors.push(String(e)));
  // The test decides whether the tab is in the background.
  await page.addInitScript(() => Object.defineProperty(Document.prototype, 'hidden', { get: () => window.__hidden === true }));
  await page.clock.install({ time: START });
  await page.clock.resume();
  await page.goto(site.url + 'plain.html');
  const launcher = await widgetReady(page);
  // The config first: jumping the clock past its 8 s limit would cut it off.
  await page.waitForFunction(() => document.querySelector('signpost-widget').shadowRoot.querySelector('#sp-title')?.textContent.includes('Northwind'));
  await page.clock.fastForward(120_000);
  assert.equal(feed.requests.length, 0, 'nothing is fetched while the panel is closed');

  await launcher.click();
  const banner = page.locator('signpost-widget .sp-incidents[role="status"] .sp-incident');
  await banner.filter({ hasText: 'Bitcoin withdrawals are delayed' }).waitFor();
  assert.match((await banner.textContent()).replace(/[\u2068\u2069]/g, ''), /Started 42 minutes ago/);
  assert.equal(await banner.getByRole('link', { name: 'Details' }).getAttribute('href'), 'https://status.northwind.example/btc');

  await page.evaluate(() => window.Signpost('openAdvisor', { topic: 'deposit_withdrawal', urgency: 'today' }));
  const chat = page.locator('signpost-widget .sp-channel').filter({ has: page.locator('.sp-channel-name', { hasText: /^Live chat$/ }) });
  await chat.getByText(/About\W+25\W+min wait right now/).waitFor();
  assert.ok(await banner.isVisible(), 'the incident also shows in the advisor for that topic');

  // A minute later the feed has changed: chat is paused and moves down.
  feed.mode = 'v2';
  await page.clock.fastForward(60_000);
  await banner.filter({ hasText: 'Bitcoin withdrawals are paused' }).waitFor();
  await chat.getByText('Paused right now').waitFor();
  const first = await page.locator('signpost-widget .sp-channel-name').first().textContent();
  assert.notEqual(first, 'Live chat');
  assert.equal(feed.requests.at(-1).ifNoneMatch, '"v1"', 'the ETag is sent back');

  // Unchanged: 304, no body, nothing changes.
  feed.mode = '304';
  await page.clock.fastForward(60_000);
  await page.waitForFunction(() => true);
  assert.equal(feed.requests.at(-1).ifNoneMatch, '"v2"');
  assert.deepEqual(feed.requests.map((r) => r.mode), ['v1', 'v2', '304'], 'one request a minute, no parallel polling');
  await chat.getByText('Paused right now').waitFor();

  // Garbage, then silence: the last good status stays; one warning, no error.
  feed.mode = 'garbage';
  await page.clock.fastForward(60_000);
  feed.mode = 'slow';
  await page.clock.fastForward(10 * 60_000);
  assert.ok(await banner.filter({ hasText: 'Bitcoin withdrawals are paused' }).isVisible());
  // Stale by now: the advisor is back to typical reply times, and the banner says how old it is.
  await chat.getByText(/Usually replies within/).waitFor();
  await page.locator('signpost-widget .sp-incident-age').filter({ hasText: /Live status from\W+\d+\W+minutes ago/ }).waitFor();
  assert.equal(log.warnings.filter((w) => w.includes('the status at')).length, 1, log.warnings.join('\n'));
  assert.deepEqual(log.errors, []);
  assert.deepEqual(log.pageErrors, []);

  // A background tab does not poll; back in front, it does again.
  feed.mode = 'v1';
  await page.evaluate(() => { window.__hidden = true; });
  let before = feed.requests.length;
  await page.clock.fastForward(40 * 60_000);
  assert.equal(feed.requests.length, before, 'no polling in a background tab');
  await page.evaluate(() => { window.__hidden = false; });
  await page.clock.fastForward(60_000);
  await banner.filter({ hasText: 'Bitcoin withdrawals are delayed' }).waitFor();
  assert.equal(feed.requests.length, before + 1);

  // Dismissed incidents stay dismissed; closing stops the polling.
  await banner.getByRole('button', { name: 'Dismiss' }).click();
  assert.equal(await banner.count(), 0);
  await page.getByRole('button', { name: 'Close' }).click();
  before = feed.requests.length;
  await page.clock.fastForward(30 * 60_000);
  assert.equal(feed.requests.length, before, 'no polling while closed');

  // Open again, then shutdown(): nothing is left polling.
  await page.evaluate(() => window.Signpost('open'));
  await page.clock.fastForward(60_000);
  await page.waitForFunction(() => true);
  await page.evaluate(() => window.Signpost('shutdown'));
  before = feed.requests.length;
  await page.clock.fastForward(30 * 60_000);
  assert.equal(feed.requests.length, before, 'no polling after shutdown');
  await context.close();
});

test('the status chunk: fetched only for a feed, once the panel is open; unreachable, the panel works and the next poll brings the banner', async () => {
  feed.mode = 'v1';
  const context = await browser.newContext();
  const page = await context.newPage();
  const log = { errors: [], warnings: [], chunks: [] };
  page.on('console', (m) => (m.type() === 'error' ? log.errors : m.type() === 'warning' ? log.warnings : []).push(m.text()));
  page.on('request', (r) => r.url().endsWith('/split_status.wasm') && log.chunks.push(r.url()));
  let refuse = true;
  await page.route('**/split_status.wasm', (route) => (refuse ? route.abort('connectionrefused') : route.continue()));
  await page.clock.install({ time: START });
  await page.clock.resume();
  await page.goto(site.url + 'plain.html');
  const launcher = await widgetReady(page);
  await page.waitForFunction(() => document.querySelector('signpost-widget').shadowRoot.querySelector('#sp-title')?.textContent.includes('Northwind'));
  assert.equal(log.chunks.length, 0, 'not fetched while the panel is closed');

  await launcher.click();
  const read = (w) => w.includes('could not be read (its reader did not load)');
  await until(page, () => log.warnings.some(read));
  assert.equal(log.warnings.filter(read).length, 1, log.warnings.join('\n'));
  assert.deepEqual(log.errors.filter((e) => e.startsWith('Signpost:')), ['Signpost: could not load part of the help widget (Failed to fetch)']);
  // The FAQ works meanwhile.
  await page.getByRole('searchbox', { name: 'Search the help articles' }).fill('withdrawal');
  await page.locator('signpost-widget .sp-question').first().waitFor();

  refuse = false;
  // After a failure the next poll waits two minutes.
  await page.clock.fastForward(120_000);
  await page.locator('signpost-widget .sp-incidents[role="status"] .sp-incident').filter({ hasText: 'Bitcoin withdrawals are delayed' }).waitFor();
  assert.equal(log.errors.filter((e) => e.startsWith('Signpost:')).length, 1, log.errors.join('\n'));
  await context.close();
});

test('no status feed, no status chunk', async () => {
  const { page, context, log } = await openPage(browser, site.url + 'no-feed.html');
  const launcher = await widgetReady(page);
  await launcher.click();
  await page.evaluate(() => window.Signpost('openAdvisor', { topic: 'security' }));
  await page.locator('signpost-widget .sp-channel').first().waitFor();
  await page.waitForTimeout(500);
  assert.deepEqual(log.requests.filter((url) => url.endsWith('/split_status.wasm')), []);
  await context.close();
});
