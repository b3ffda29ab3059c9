// End-to-end: the channel advisor, reached from the FAQ or the host API.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { launch, serveDist, fixed, hostPage, widgetReady } from './helpers.mjs';

let browser, site;

before(async () => {
  browser = await launch();
  site = await serveDist({
    '/plain.html': fixed(hostPage()),
  });
});

after(async () => {
  await browser?.close();
  await site?.close();
});

async function openPage(path = 'plain.html') {
  const context = await browser.newContext();
  const page = await context.newPage();
  const log = { errors: [], pageErrors: [] };
  page.on('console', (m) => m.type() === 'error' && log.errors.push(m.text()));
  page.on('pageerror', (e) => log.pageErrors.push(String(e)));
  await page.goto(site.url + path);
  await widgetReady(page);
  await page.waitForFunction(() => document.querySelector('signpost-widget').shadowRoot.querySelector('.sp-intro'));
  return { page, context, log };
}

// The cards are drawn once the advisor chunk has arrived: wait for the
// first, or a busy machine reads an empty list.
const channelNames = async (page) => {
  const names = page.locator('signpost-widget .sp-channel-name');
  await names.first().waitFor();
  return names.allTextContents();
};

test('"talk to us" from an empty search opens the advisor with the topic carried over', async () => {
  const { page, context } = await openPage();
  await page.locator('signpost-widget .sp-widget .sp-launcher').click();
  await page.getByRole('button', { name: 'Payments', exact: true }).click();
  await page.locator('signpost-widget #sp-q').fill('zzzz qqqq');
  await page.getByRole('button', { name: 'Talk to us' }).click();
  const topic = page.getByRole('combobox', { name: 'What is it about?' });
  assert.equal(await topic.inputValue(), 'payments');
  assert.equal((await channelNames(page)).length, 8, 'every channel is listed');
  await page.getByRole('button', { name: 'Back' }).click();
  assert.equal(await page.locator('signpost-widget #sp-q').inputValue(), 'zzzz qqqq', 'the search is still there');
  await context.close();
});

test('a security emergency puts the fastest live channel first, with the never-share warning and the freeze link', async () => {
  const { page, context, log } = await openPage();
  await page.evaluate(() => window.Signpost('openAdvisor', { topic: 'security', urgency: 'right_now' }));
  await page.getByRole('dialog').waitFor({ state: 'visible' });
  assert.equal((await channelNames(page))[0], 'Live chat');
  const first = page.locator('signpost-widget .sp-channel').first();
  assert.match(await first.textContent(), /Fastest way to secure your account/);
  const warning = page.locator('signpost-widget .sp-warning');
  assert.match(await warning.textContent(), /will never ask for your password, 2FA codes, private keys or recovery phrase/);
  assert.equal(await warning.getByRole('link', { name: 'Freeze your account now' }).getAttribute('href'), 'https://www.northwind.example/security/freeze');
  const radio = page.getByRole('radio', { name: 'Right now' });
  assert.equal(await radio.isChecked(), true);
  assert.deepEqual(log.errors, []);
  await context.close();
});

test('answers update the ranking as they change, and the change is announced', async () => {
  const { page, context } = await openPage();
  await page.evaluate(() => window.Signpost('openAdvisor', { topic: 'deposit_withdrawal', urgency: 'can_wait' }));
  await page.getByRole('radio', { name: 'Details, screenshots or documents' }).check();
  const names = await channelNames(page);
  // Chat, e-mail and ticket take attachments in the demo config; phones and Telegram do not.
  assert.deepEqual(names.slice(0, 3).sort(), ['Email', 'Live chat', 'Support ticket'], `documents go to channels with attachments: ${names.join(', ')}`);
  await page.getByRole('radio', { name: 'Right now' }).check();
  await page.getByRole('radio', { name: 'A quick question' }).check();
  assert.equal((await channelNames(page))[0], 'Live chat');
  const status = await page.locator('signpost-widget .sp-advisor [role=status]').textContent();
  assert.equal(status.replace(/[\u2068\u2069]/g, ''), 'Recommendations updated: Live chat is the best option now.');
  await context.close();
});

test('private channels lead to the hand-off step; public ones are plain official links', async () => {
  const { page, context } = await openPage();
  await page.evaluate(() => window.Signpost('openAdvisor', {}));
  // The advisor's code arrives after the panel opens (a chunk of its own).
  await page.locator('signpost-widget .sp-channel').first().waitFor();
  const continues = await page.locator('signpost-widget .sp-channel button.sp-button').allTextContents();
  assert.deepEqual(continues.map((t) => t.replace(/[\u2068\u2069]/g, '')).sort(), [
    'Continue with Email', 'Continue with Live chat', 'Continue with Phone (Asia, Mandarin/English)', 'Continue with Phone (Europe)', 'Continue with Support ticket',
  ].sort());
  const hrefs = await page.locator('signpost-widget .sp-channel a.sp-button').evaluateAll((as) => as.map((a) => a.getAttribute('href')));
  assert.deepEqual(hrefs.sort(), ['https://community.northwind.example/', 'https://help.northwind.example/', 'https://www.northwind.example/go/telegram']);
  await context.close();
});

test('wrong openAdvisor and on calls are explained on the console', async () => {
  const { page, context, log } = await openPage();
  await page.evaluate(() => {
    window.Signpost('openAdvisor', { topic: 'money' });
    window.Signpost('openAdvisor', 'now');
    window.Signpost('on', 'hand-off', () => {});
    window.Signpost('on', 'handoff', 'not a function');
  });
  assert.deepEqual(log.errors, [
    "Signpost: openAdvisor({topic, urgency}) expects an object such as { topic: 'deposit_withdrawal', urgency: 'right_now' }; topic must be one of: account_access, security, deposit_withdrawal, payments, orders_refunds, verification, technical, fees, other.",
    "Signpost: openAdvisor({topic, urgency}) expects an object such as { topic: 'deposit_withdrawal', urgency: 'right_now' }.",
    'Signpost: on("hand-off", fn): unknown event. Events: open, close, faq_view, search, advice_shown, handoff.',
    "Signpost: on(event, fn) expects an event name and a function, for example Signpost('on', 'handoff', function (payload) { ... }).",
  ]);
  assert.deepEqual(log.pageErrors, []);
  await context.close();
});
