// End-to-end: from a chosen channel to the platform's official chat, e-mail
// or phone with a prepared summary; the never-share checks; the copycat-site
// warning; and the host API with its events, driven from the host page.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { launch, serveDist, fixed, hostPage, widgetReady } from './helpers.mjs';

let browser, site;

const PHRASE = 'abandon ability able about above absent absorb abstract absurd abuse access accident';

const hostChat = {
  platform: { name: 'Shop', help_centre_url: 'https://help.shop.example/' },
  channels: [{ id: 'intercom', kind: 'live_chat', host_chat: true, hours: 'always', label: { 'en-US': 'Chat with us' } }],
};

before(async () => {
  browser = await launch();
  site = await serveDist({
    '/plain.html': fixed(hostPage()),
    '/host-chat.html': fixed(hostPage({ attrs: 'data-config-url="/host-chat.json"' })),
    '/host-chat.json': fixed(JSON.stringify(hostChat), 'application/json'),
    // The documented stub, then calls made before the loader has even arrived.
    '/early.html': fixed(hostPage({ head: '<script src="/early.js"></script>' })),
    '/early.js': fixed(
      `window.Signpost = window.Signpost || function () { (window.Signpost.q = window.Signpost.q || []).push(arguments); };
       window.events = [];
       ['open', 'close', 'faq_view', 'search', 'advice_shown', 'handoff'].forEach(function (n) {
         window.Signpost('on', n, function (p) { window.events.push([n, p]); });
       });
       window.Signpost('identify', { accountId: '40817733', name: 'Ana Lima' });
       window.Signpost('openAdvisor', { topic: 'deposit_withdrawal', urgency: 'today' });`,
      'text/javascript',
    ),
  });
});

after(async () => {
  await browser?.close();
  await site?.close();
});

const shadow = (page, selector) => page.locator(`signpost-widget ${selector}`);
const plain = (s) => s.replace(/[\u2068\u2069]/g, '');

async function openAt(path = 'plain.html', { origin = site.url, permissions = [] } = {}) {
  const context = await browser.newContext({ permissions });
  const page = await context.newPage();
  const log = { errors: [], pageErrors: [] };
  page.on('console', (m) => m.type() === 'error' && log.errors.push(m.text()));
  page.on('pageerror', (e) => log.pageErrors.push(String(e)));
  await page.goto(origin + path);
  await widgetReady(page);
  return { page, context, log };
}

/** Opens the advisor on a topic and continues with the named channel. */
async function continueWith(page, channel, topic = 'deposit_withdrawal') {
  await page.evaluate((topic) => window.Signpost('openAdvisor', { topic, urgency: 'today' }), topic);
  const name = channel.replace(/[()]/g, '\\$&');
  await page.getByRole('button', { name: new RegExp(`Continue with\\W+${name}\\W*$`) }).click();
  await page.getByRole('heading', { name: new RegExp(`Contact\\W+${name}`) }).waitFor();
}

function decodeQuery(href) {
  const query = href.slice(href.indexOf('?') + 1);
  return Object.fromEntries(query.split('&').map((kv) => kv.split('=').map(decodeURIComponent)));
}

test('e-mail: typed checklist with inline checks, a Unicode mailto summary, kept across a reload, cleared after the hand-off', async () => {
  const { page, context, log } = await openAt();
  await continueWith(page, 'Email');
  const hash = page.getByRole('textbox', { name: 'Transaction ID or hash' });
  await hash.fill('0x1234');
  await hash.press('Tab');
  assert.equal(await hash.getAttribute('aria-invalid'), 'true');
  const messageId = await hash.getAttribute('aria-describedby');
  const message = shadow(page, `#${messageId}`);
  assert.match(plain(await message.textContent()), /Expected: 0x followed by 64 hexadecimal characters or 64 hexadecimal characters\./);
  const good = '0x' + 'ab'.repeat(32);
  await hash.fill(good);
  assert.equal(await hash.getAttribute('aria-invalid'), null, 'fixed as the user types');
  assert.equal(await message.textContent(), '');
  const amount = page.getByRole('textbox', { name: 'Amount and currency' });
  await amount.fill('250');
  await amount.press('Tab');
  assert.equal(plain(await shadow(page, `#${await amount.getAttribute('aria-describedby')}`).textContent()), 'Enter a number and a currency, for example 250 USDT.');
  await amount.fill('250 USDT');
  await page.getByRole('textbox', { name: 'Describe the problem' }).fill('提现一直显示处理中 & 50% "stuck" #2');

  // Survives a reload in the same tab.
  await page.reload();
  await widgetReady(page);
  await continueWith(page, 'Email');
  assert.equal(await page.getByRole('textbox', { name: 'Transaction ID or hash' }).inputValue(), good);
  assert.equal(await page.getByRole('textbox', { name: 'Describe the problem' }).inputValue(), '提现一直显示处理中 & 50% "stuck" #2');

  const summary = await page.getByRole('textbox', { name: 'Summary that will be sent' }).inputValue();
  for (const line of ['Topic: Deposits and withdrawals', 'Urgency: Today', `Transaction ID or hash: ${good}`, 'Amount and currency: 250 USDT', `Page: ${site.url}plain.html`]) {
    assert.ok(summary.includes(line), `${line} in ${summary}`);
  }
  const mail = page.getByRole('link', { name: 'Write an e-mail' });
  const href = await mail.getAttribute('href');
  assert.ok(href.startsWith('mailto:support@northwind.example?'), href);
  assert.ok(!/[ \n+]/.test(href), 'spaces and line breaks are percent-encoded');
  const q = decodeQuery(href);
  assert.equal(q.subject, 'Northwind Exchange: Deposits and withdrawals (Today)');
  assert.equal(q.body.replace(/\r\n/g, '\n'), summary);
  assert.ok(q.body.includes('提现一直显示处理中 & 50% "stuck" #2'));

  await page.evaluate(() => {
    window.handoffs = [];
    window.Signpost('on', 'handoff', (p) => window.handoffs.push(p));
    // The test cannot follow a mailto: link; the page stays.
    document.querySelector('signpost-widget').shadowRoot.addEventListener('click', (e) => e.preventDefault());
  });
  await mail.click();
  await shadow(page, '.sp-done').waitFor();
  const [event] = await page.evaluate(() => window.handoffs);
  assert.equal(event.channel, 'email');
  assert.equal(event.kind, 'email');
  assert.equal(event.topic, 'deposit_withdrawal');
  assert.equal(event.summary, summary);
  assert.equal(await page.evaluate(() => sessionStorage.getItem('signpost:draft')), null, 'cleared after the hand-off');
  assert.equal(await page.getByRole('textbox', { name: 'Describe the problem' }).inputValue(), '');
  assert.deepEqual(log.pageErrors, []);
  assert.deepEqual(log.errors, []);
  await context.close();
});

test('phone: the number formatted for reading, a tel: link, the hours and what to have ready', async () => {
  const { page, context } = await openAt();
  await continueWith(page, 'Phone (Europe)', 'security');
  assert.equal(await shadow(page, '.sp-number').first().textContent(), '+44 20 7946 0123');
  const call = page.getByRole('link', { name: /^Call/ });
  assert.equal(await call.getAttribute('href'), 'tel:+442079460123');
  assert.match(plain(await call.textContent()), /Call \+44 20 7946 0123/);
  assert.match(await shadow(page, '.sp-handoff .sp-availability').textContent(), /Open|Closed/);
  assert.ok(await page.getByRole('group', { name: 'Have this ready' }).isVisible());
  assert.ok(await shadow(page, '.sp-handoff .sp-warning').first().isVisible(), 'the never-share warning is there at every hand-off');
  await context.close();
});

test('chat URL: the summary travels in the configured query parameters', async () => {
  const { page, context } = await openAt();
  await continueWith(page, 'Live chat');
  await page.getByRole('textbox', { name: 'Describe the problem' }).fill('Deposit not credited');
  const href = await page.getByRole('link', { name: /Open\W+Live chat/ }).getAttribute('href');
  assert.ok(href.startsWith('https://www.northwind.example/support/chat?subject='), href);
  const q = decodeQuery(href);
  assert.equal(q.subject, 'Northwind Exchange: Deposits and withdrawals (Today)');
  assert.ok(q.message.includes('Deposit not credited'), q.message);
  await context.close();
});

test('a pasted recovery phrase is caught before it can be sent, and never stored', async () => {
  const { page, context } = await openAt();
  await continueWith(page, 'Email');
  const box = page.getByRole('textbox', { name: 'Describe the problem' });
  await box.fill(`Support asked me for my words: ${PHRASE}. Is that normal?`);
  const alert = shadow(page, '.sp-secret[role="alert"]');
  assert.match(plain(await alert.textContent()), /This looks like a recovery phrase\. Never send it to anyone, not even Northwind Exchange support/);
  assert.equal(await page.getByRole('link', { name: 'Write an e-mail' }).isVisible(), false, 'no way to send it');
  assert.equal(await page.getByRole('button', { name: 'Copy summary' }).isVisible(), false);
  assert.equal(await box.getAttribute('aria-invalid'), 'true');
  const stored = await page.evaluate(() => sessionStorage.getItem('signpost:draft'));
  assert.ok(stored && !stored.includes('abstract'), `not stored: ${stored}`);
  await page.getByRole('button', { name: 'Remove it' }).click();
  const left = await box.inputValue();
  assert.ok(!left.includes('abstract'), left);
  assert.ok(left.startsWith('Support asked me for my words:') && left.includes('Is that normal?'), `the rest is kept: ${left}`);
  assert.ok(await page.getByRole('link', { name: 'Write an e-mail' }).isVisible());
  await context.close();
});

test('copy summary: to the clipboard, or selected for the user when copying is refused', async () => {
  const allowed = await openAt('plain.html', { permissions: ['clipboard-read', 'clipboard-write'] });
  await continueWith(allowed.page, 'Email');
  await allowed.page.getByRole('textbox', { name: 'Describe the problem' }).fill('Copy me');
  await allowed.page.getByRole('button', { name: 'Copy summary' }).click();
  await shadow(allowed.page, '[role="status"]').filter({ hasText: 'Summary copied.' }).waitFor();
  const copied = await allowed.page.evaluate(() => navigator.clipboard.readText());
  assert.equal(copied, await allowed.page.getByRole('textbox', { name: 'Summary that will be sent' }).inputValue());
  await allowed.context.close();

  const refused = await openAt();
  await refused.page.evaluate(() => {
    Object.defineProperty(navigator, 'clipboard', { value: { writeText: () => Promise.reject(new Error('denied')) } });
  });
  await continueWith(refused.page, 'Email');
  await refused.page.getByRole('button', { name: 'Copy summary' }).click();
  await shadow(refused.page, '[role="status"]').filter({ hasText: 'Copying is blocked here' }).waitFor();
  const selected = await refused.page.evaluate(() => {
    const area = document.querySelector('signpost-widget').shadowRoot.querySelector('#sp-summary');
    return area.value.slice(area.selectionStart, area.selectionEnd) === area.value && area.value.length > 0;
  });
  assert.ok(selected, 'the summary is selected, ready for Ctrl+C');
  await refused.context.close();
});

test('on a copycat origin the widget says so and offers only the official help centre', async () => {
  const copycat = site.url.replace('127.0.0.1', 'localhost');
  const { page, context } = await openAt('plain.html', { origin: copycat });
  await page.evaluate(() => window.Signpost('open'));
  const warning = shadow(page, '.sp-unofficial');
  await warning.first().waitFor();
  assert.match(plain(await warning.first().textContent()), /This is not an official Northwind Exchange site/);
  assert.equal(await page.getByRole('link', { name: /Open the official\W+Northwind Exchange\W+help centre/ }).first().getAttribute('href'), 'https://help.northwind.example/');
  await page.evaluate(() => window.Signpost('openAdvisor', { topic: 'security', urgency: 'right_now' }));
  await shadow(page, '.sp-unofficial').first().waitFor();
  assert.equal(await shadow(page, '.sp-channel').count(), 0, 'no channel is offered');
  const hrefs = await shadow(page, 'a').evaluateAll((as) => as.map((a) => a.getAttribute('href')));
  assert.ok(hrefs.every((h) => !/^(tel:|mailto:)/.test(h)), hrefs.join(' '));
  await context.close();
});

test('calls queued before the loader arrives: identify prefills, listeners hear every event with its payload', async () => {
  const { page, context, log } = await openAt('early.html');
  await page.getByRole('heading', { name: 'Find the right support channel' }).waitFor();
  await page.getByRole('button', { name: /Continue with\W+Email/ }).click();
  const summary = await page.getByRole('textbox', { name: 'Summary that will be sent' }).inputValue();
  assert.ok(summary.includes('Name: Ana Lima'), summary);
  assert.equal(await page.getByRole('textbox', { name: 'Account ID or e-mail' }).inputValue(), '40817733');
  await page.getByRole('button', { name: 'Back' }).click();
  await page.getByRole('button', { name: 'Back' }).click();
  await shadow(page, '#sp-q').fill('withdrawal');
  await page.waitForFunction(() => window.events.some(([n]) => n === 'search'));
  await shadow(page, '.sp-question').first().click();
  await page.keyboard.press('Escape');
  await page.waitForFunction(() => window.events.some(([n]) => n === 'close'));
  const events = await page.evaluate(() => window.events);
  const names = events.map(([n]) => n);
  assert.equal(names[0], 'open', names.join(' '));
  const advice = events.find(([n]) => n === 'advice_shown')[1];
  assert.equal(advice.topic, 'deposit_withdrawal');
  assert.equal(advice.urgency, 'today');
  assert.ok(advice.channels.length === 8 && advice.channels.includes('email'), JSON.stringify(advice));
  const search = events.filter(([n]) => n === 'search');
  assert.equal(search.length, 1, 'one event per search, not per keystroke');
  assert.equal(search[0][1].query, 'withdrawal');
  assert.ok(search[0][1].results > 0);
  const viewed = events.filter(([n]) => n === 'faq_view');
  assert.equal(viewed.length, 1, JSON.stringify(events));
  const ids = await page.evaluate(() => fetch('/demo/signpost.json').then((r) => r.json()).then((c) => c.faq.map((e) => e.id)));
  assert.ok(ids.includes(viewed[0][1].id), viewed[0][1].id);
  assert.equal(names[names.length - 1], 'close');
  assert.deepEqual(log.errors, []);
  await context.close();
});

test('a host-page chat gets the summary in its handoff event', async () => {
  const { page, context } = await openAt('host-chat.html');
  await page.evaluate(() => {
    window.handoffs = [];
    window.Signpost('on', 'handoff', (p) => window.handoffs.push(p));
    window.Signpost('openAdvisor', { topic: 'payments', urgency: 'right_now' });
  });
  await page.getByRole('button', { name: /Continue with\W+Chat with us/ }).click();
  await page.getByRole('textbox', { name: 'Describe the problem' }).fill('Card charged twice');
  await page.getByRole('button', { name: /Open\W+Chat with us/ }).click();
  const [event] = await page.evaluate(() => window.handoffs);
  assert.equal(event.channel, 'intercom');
  assert.equal(event.kind, 'live_chat');
  assert.equal(event.urgency, 'right_now');
  assert.equal(event.subject, 'Shop: Payments (Right now)');
  assert.ok(event.summary.includes('Card charged twice'), event.summary);
  await context.close();
});

test('wrong identify calls are explained on the console and never throw; valid fields still count', async () => {
  const { page, context, log } = await openAt();
  const thrown = await page.evaluate(() => {
    try {
      window.Signpost('identify', 'ana');
      window.Signpost('identify', { accountId: 42, email: 'ana@example.com', phone: '+1' });
      window.Signpost(undefined);
      return null;
    } catch (e) {
      return String(e);
    }
  });
  assert.equal(thrown, null);
  assert.deepEqual(log.errors.map(plain), [
    "Signpost: identify({accountId, email, name}) expects an object of strings, for example Signpost('identify', { accountId: '12345678', email: 'ana@example.com', name: 'Ana' }).",
    'Signpost: identify(): "phone" is not a known field and was ignored (known: accountId, email, name).',
    "Signpost: identify({accountId, email, name}) expects an object of strings, for example Signpost('identify', { accountId: '12345678', email: 'ana@example.com', name: 'Ana' }); accountId must be a non-empty string (of at most 2000 characters) and was ignored.",
    'Signpost: unknown method "undefined". Known methods: boot(config), open(), close(), toggle(), openFaq(id), openAdvisor({topic, urgency}), setLocale(tag), identify({accountId, email, name}), on(event, fn), off(event, fn), shutdown().',
  ]);
  await continueWith(page, 'Email');
  assert.equal(await page.getByRole('textbox', { name: 'Account ID or e-mail' }).inputValue(), 'ana@example.com');
  assert.deepEqual(log.pageErrors, []);
  await context.close();
});

test('the API example page runs under the strict CSP and lists the events its calls cause', async () => {
  const { page, context, log } = await openAt('demo/api.html');
  await page.getByRole('button', { name: 'open()' }).click();
  await page.getByRole('button', { name: "openAdvisor({topic: 'security', urgency: 'right_now'})" }).click();
  const events = page.locator('#events li');
  await events.filter({ hasText: /^advice_shown / }).first().waitFor();
  const lines = await events.allTextContents();
  assert.equal(lines[0], 'open {}');
  assert.ok(lines.some((l) => l.startsWith('advice_shown {"topic":"security","urgency":"right_now"')), lines.join('\n'));
  await page.getByRole('button', { name: 'a wrong call (see the console)' }).click();
  await page.getByRole('button', { name: 'close()' }).click();
  await events.filter({ hasText: /^close / }).waitFor();
  assert.deepEqual(log.errors.map(plain), [
    "Signpost: openAdvisor({topic, urgency}) expects an object such as { topic: 'deposit_withdrawal', urgency: 'right_now' }; topic must be one of: account_access, security, deposit_withdrawal, payments, orders_refunds, verification, technical, fees, other.",
  ], 'no CSP violation, only the deliberate wrong call');
  assert.deepEqual(log.pageErrors, []);
  await context.close();
});
