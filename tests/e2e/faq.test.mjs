// End-to-end: browsing and searching the FAQ of the demo config.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { launch, serveDist, fixed, hostPage, widgetReady } from './helpers.mjs';

let browser, site;

const hostile = {
  platform: { name: 'Hostile Content', help_centre_url: 'https://help.example.com/' },
  faq: [
    {
      id: 'xss',
      topic: 'other',
      question: { 'en-US': 'Is <b>this</b> safe? <img src=x onerror="window.pwned=1">' },
      answer: {
        'en-US':
          'Try <script>window.pwned=2</script> and [click me](javascript:window.pwned=3) or [data](data:text/html,hi).\n\n' +
          '- **bold** and *italic* and `code <i>`\n- [official](https://help.example.com/x)',
      },
    },
  ],
};

before(async () => {
  browser = await launch();
  site = await serveDist({
    '/plain.html': fixed(hostPage()),
    '/hostile.html': fixed(hostPage({ attrs: 'data-config-url="/hostile.json"' })),
    '/hostile.json': fixed(JSON.stringify(hostile), 'application/json'),
  });
});

after(async () => {
  await browser?.close();
  await site?.close();
});

async function openPanel(path = 'plain.html', languages = ['en-US']) {
  const context = await browser.newContext({ locale: languages[0] });
  await context.addInitScript((langs) => Object.defineProperty(navigator, 'languages', { get: () => langs }), languages);
  const page = await context.newPage();
  const log = { errors: [], pageErrors: [] };
  page.on('console', (m) => m.type() === 'error' && log.errors.push(m.text()));
  page.on('pageerror', (e) => log.pageErrors.push(String(e)));
  await page.goto(site.url + path);
  const launcher = await widgetReady(page);
  await page.waitForFunction(() => document.querySelector('signpost-widget').shadowRoot.querySelector('.sp-faq'));
  await launcher.click();
  await page.getByRole('dialog').waitFor({ state: 'visible' });
  return { page, context, log };
}

const questions = (page) => page.locator('signpost-widget .sp-question').allTextContents();

test('search as you type finds the entry despite a typo, highlights it and announces the count', async () => {
  const { page, context } = await openPanel();
  const box = page.getByRole('searchbox', { name: 'Search the help articles' });
  await box.pressSequentially('withdrawl faild', { delay: 20 });
  await page.waitForFunction(() => document.querySelector('signpost-widget').shadowRoot.querySelectorAll('.sp-question').length > 0);
  const first = (await questions(page))[0];
  assert.equal(first, 'My withdrawal failed. Why, and what should I do?');
  const marks = await page.locator('signpost-widget .sp-question').first().locator('mark').allTextContents();
  assert.ok(marks.includes('withdrawal') && marks.includes('failed'), marks.join(','));
  // The answer is marked once opened (its marks are found only then).
  await page.locator('signpost-widget .sp-question').first().click();
  const answer = page.locator('signpost-widget .sp-answer:not([hidden])');
  await answer.locator('mark').first().waitFor();
  const answerMarks = await answer.locator('mark').allTextContents();
  assert.ok(answerMarks.includes('withdrawal') && answerMarks.includes('failed'), answerMarks.join(','));
  const status = (await page.locator('signpost-widget .sp-faq [role=status]').textContent()).replace(/[\u2068\u2069]/g, '');
  assert.match(status, /^\d+ articles match your search\.$|^One article matches your search\.$/);
  assert.equal(await box.inputValue(), 'withdrawl faild', 'nothing the user typed is lost');
  await context.close();
});

test('Chinese search without spaces finds the Chinese entry', async () => {
  const { page, context } = await openPanel('plain.html', ['zh-CN']);
  await page.waitForFunction(() => document.querySelector('signpost-widget').shadowRoot.querySelector('.sp-widget').lang === 'zh-CN');
  const box = page.locator('signpost-widget #sp-q');
  await box.fill('提现失败');
  await page.waitForFunction(() => document.querySelector('signpost-widget').shadowRoot.querySelectorAll('.sp-question mark').length > 0);
  const first = (await questions(page))[0];
  assert.match(first, /提现.*失败|失败.*提现/);
  await context.close();
});

test('topic chips filter the list and say which is pressed', async () => {
  const { page, context } = await openPanel();
  const chip = page.getByRole('button', { name: 'Security', exact: true });
  await chip.click();
  assert.equal(await chip.getAttribute('aria-pressed'), 'true');
  const list = await questions(page);
  assert.equal(list.length, 4);
  assert.ok(list.every((q) => /hack|support number|phishing|secure/i.test(q)), list.join('\n'));
  await chip.click();
  assert.equal(await chip.getAttribute('aria-pressed'), 'false');
  assert.equal((await questions(page)).length, 5, 'with no topic: the five most asked');
  await page.getByRole('button', { name: 'Show more' }).click();
  assert.equal((await questions(page)).length, 25, 'then twenty more at a time');
  await page.getByRole('button', { name: 'Show more' }).click();
  assert.equal((await questions(page)).length, 31);
  assert.equal(await page.getByRole('button', { name: 'Show more' }).count(), 0);
  await context.close();
});

test('entries are disclosures whose answers render the Markdown subset', async () => {
  const { page, context } = await openPanel();
  const q = page.getByRole('button', { name: 'My account is locked after too many wrong passwords. What now?' });
  assert.equal(await q.getAttribute('aria-expanded'), 'false');
  await q.click();
  assert.equal(await q.getAttribute('aria-expanded'), 'true');
  const region = page.getByRole('region', { name: 'My account is locked after too many wrong passwords. What now?' });
  await region.waitFor({ state: 'visible' });
  assert.equal(await region.locator('ol > li').count(), 3);
  assert.ok((await region.locator('strong').allTextContents()).includes('Forgot password'));
  await page.keyboard.press('Enter');
  assert.equal(await q.getAttribute('aria-expanded'), 'false', 'Enter on the focused question closes it');
  await context.close();
});

test('no result leads to "talk to us"', async () => {
  const { page, context } = await openPanel();
  await page.locator('signpost-widget #sp-q').fill('zzzz qqqq');
  await page.getByText('No answer found').waitFor();
  await page.getByRole('button', { name: 'Talk to us' }).waitFor();
  assert.equal(await page.locator('signpost-widget .sp-faq [role=status]').textContent(), 'No articles match your search.');
  await context.close();
});

test('openFaq deep-links to an entry, also when called before the widget loaded', async () => {
  const context = await browser.newContext();
  const page = await context.newPage();
  await page.addInitScript(() => {
    window.Signpost = function () { (window.Signpost.q = window.Signpost.q || []).push(arguments); };
    window.Signpost('openFaq', 'reset-2fa');
  });
  await page.goto(site.url + 'plain.html');
  const q = page.getByRole('button', { name: 'I lost my phone or authenticator app. How do I reset 2FA?' });
  await q.waitFor();
  await page.waitForFunction(() =>
    document.querySelector('signpost-widget').shadowRoot.querySelector('#sp-faq-q-reset-2fa')?.getAttribute('aria-expanded') === 'true',
  );
  await page.getByRole('dialog').waitFor({ state: 'visible' });
  const errors = [];
  page.on('console', (m) => m.type() === 'error' && errors.push(m.text()));
  await page.evaluate(() => window.Signpost('openFaq', 'no-such-entry'));
  await page.waitForTimeout(100);
  assert.deepEqual(errors, ['Signpost: openFaq("no-such-entry"): no FAQ entry has this id in the configuration.']);
  await context.close();
});

test('hostile FAQ content is shown as text: no markup, no script, no unsafe link', async () => {
  const { page, context, log } = await openPanel('hostile.html');
  const q = page.locator('signpost-widget .sp-question').first();
  assert.equal(await q.textContent(), 'Is <b>this</b> safe? <img src=x onerror="window.pwned=1">');
  await q.click();
  const answer = page.locator('signpost-widget .sp-answer').first();
  const html = await answer.evaluate((el) => el.innerHTML);
  assert.ok(!/<script|<img|<b>|<i>/.test(html), html);
  const hrefs = await answer.locator('a').evaluateAll((as) => as.map((a) => a.getAttribute('href')));
  assert.deepEqual(hrefs, ['https://help.example.com/x']);
  assert.match(await answer.textContent(), /click me/);
  assert.equal(await page.evaluate(() => window.pwned), undefined);
  assert.deepEqual(log.pageErrors, []);
  await context.close();
});

test('a query typed while a large FAQ is still being indexed gets its results when the index is ready', async () => {
  const many = {
    platform: { name: 'Big FAQ', help_centre_url: 'https://help.example.com/' },
    faq: Array.from({ length: 3000 }, (_, i) => ({
      id: `entry-${i}`,
      topic: 'account_access',
      question: { 'en-US': i === 2999 ? 'How do I rename my zebrafish wallet?' : `How does feature ${i} work?` },
      answer: { 'en-US': `Feature ${i} is explained in the guide, with steps for each platform and a list of limits.` },
    })),
  };
  const context = await browser.newContext();
  const page = await context.newPage();
  await page.route('**/many.json', (route) => route.fulfill({ contentType: 'application/json', body: JSON.stringify(many) }));
  await page.route('**/many.html', (route) => route.fulfill({ contentType: 'text/html', body: hostPage({ attrs: 'data-config-url="/many.json"' }) }));
  await page.goto(site.url + 'many.html');
  // Open as early as the page can, and type at once.
  await page.evaluate(() => window.Signpost('open'));
  const box = page.getByRole('searchbox', { name: 'Search the help articles' });
  await box.fill('zebrafish');
  await page.waitForFunction(() => document.querySelector('signpost-widget').shadowRoot.querySelectorAll('.sp-question').length > 0, null, { timeout: 20000 });
  assert.deepEqual(await questions(page), ['How do I rename my zebrafish wallet?']);
  assert.equal(await box.inputValue(), 'zebrafish');
  await page.waitForFunction(() => document.querySelector('signpost-widget').shadowRoot.querySelector('.sp-faq [role=status]').textContent.includes('One article matches'));
  await context.close();
});
