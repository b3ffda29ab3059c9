// End-to-end: FAQ translation files (`faq_translations`). Each user
// downloads the FAQ texts of their own language only; another language is
// fetched when chosen; a broken file is reported and the FAQ falls back.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { launch, serveDist, fixed, hostPage, until, openInLanguages } from './helpers.mjs';

let browser, site;

const json = (value) => fixed(JSON.stringify(value), 'application/json');
const english = (id, question) => ({ id, topic: 'account_access', question: { 'en-US': question }, answer: { 'en-US': `${question} Answer.` } });

// Sixty English entries with a Chinese translation file beside the config.
const sixtyEntries = {
  platform: { name: 'Kestrel', help_centre_url: 'https://help.kestrel.example/', locales: ['en-US', 'zh-CN'] },
  faq: Array.from({ length: 60 }, (_, i) => english(`entry-${i}`, `Question number ${i}`)),
  faq_translations: { 'zh-CN': 'faq/zh-CN.json' },
};

// Over 1 MB, so read a piece at a time: 60 answers of 19,000 CJK characters (3 bytes each) and one broken entry.
const largeChinese = json(
  Object.fromEntries(
    Array.from({ length: 60 }, (_, i) => [`entry-${i}`, i === 7 ? { question: 7 } : { question: `第${i}号问题`, answer: `答案${i}：` + '提现处理中'.repeat(3800) }]),
  ),
);
const hugeConfig = {
  ...sixtyEntries,
  faq: sixtyEntries.faq.map((e, i) => ({ ...e, answer: { 'en-US': `Answer ${i}: ` + 'Processing. '.repeat(1600) } })),
};
let hugeServed = 0;

before(async () => {
  browser = await launch();
  site = await serveDist({
    '/plain.html': fixed(hostPage()),
    '/broken.html': fixed(hostPage({ attrs: 'data-config-url="/help/broken.json"' })),
    '/help/broken.json': json({
      platform: { name: 'Kestrel', help_centre_url: 'https://help.kestrel.example/', locales: ['en-US', 'zh-CN', 'ja', 'de'] },
      faq: [english('locked', 'Locked out of my account'), english('fees', 'What are the fees')],
      faq_translations: { 'zh-CN': 'faq/zh-CN.json', ja: 'faq/ja.json', de: 'javascript:alert(1)' },
    }),
    '/help/faq/zh-CN.json': json({ nope: { question: '无此条目' }, locked: { question: '账户被锁定', colour: 'red' }, fees: { answer: '' } }),
    '/help/faq/ja.json': fixed('Not Found', 'text/plain', 404),
    '/flaky.html': fixed(hostPage({ attrs: 'data-config-url="/flaky/config.json"' })),
    '/flaky/config.json': json({
      platform: { name: 'Kestrel', help_centre_url: 'https://help.kestrel.example/', locales: ['en-US', 'zh-CN'] },
      faq: [english('locked', 'Locked out of my account')],
      faq_translations: { 'zh-CN': 'faq/zh-CN.json' },
    }),
    // Down (503) for the first request, then back.
    '/flaky/faq/zh-CN.json': (() => {
      let calls = 0;
      return (req, res) => {
        calls += 1;
        if (calls === 1) {
          res.writeHead(503, { 'content-type': 'text/plain' });
          res.end('Service Unavailable');
        } else {
          res.writeHead(200, { 'content-type': 'application/json' });
          res.end(JSON.stringify({ locked: { question: '账户被锁定' } }));
        }
      };
    })(),
    '/large.html': fixed(hostPage({ attrs: 'data-config-url="/large/config.json"' })),
    '/deep.html': fixed(hostPage({ attrs: 'data-config-url="/deep/config.json"' })),
    '/deep/config.json': json(sixtyEntries),
    // Over 1 MB, with a field nested deeper than the piece reader follows (it
    // then reads the file again whole) after a broken entry.
    '/deep/faq/zh-CN.json': json(
      Object.fromEntries(
        Array.from({ length: 60 }, (_, i) => [
          `entry-${i}`,
          i === 7 ? { question: 7 } : i === 50 ? { question: '第50号问题', x: JSON.parse('['.repeat(110) + ']'.repeat(110)) } : { question: `第${i}号问题`, answer: '提现处理中'.repeat(3800) },
        ]),
      ),
    ),
    '/large/config.json': json(sixtyEntries),
    '/large/faq/zh-CN.json': largeChinese,
    // The config over 1 MB too: kept to what the user's languages show, the
    // last translation file as it is read, and read again for another language.
    '/huge.html': fixed(hostPage({ attrs: 'data-config-url="/huge/config.json"' })),
    '/huge/config.json': (req, res) => {
      hugeServed += 1;
      res.writeHead(200, { 'content-type': 'application/json' });
      res.end(JSON.stringify(hugeConfig));
    },
    '/huge/faq/zh-CN.json': largeChinese,
  });
});

after(async () => {
  await browser?.close();
  await site?.close();
});

/** A page of the test site in a browser whose languages are `languages`. */
const open = (path, languages) => openInLanguages(browser, site.url + path, { languages });

const faqFiles = (log) => log.requests.filter((p) => /\/faq\/[^/]+\.json$/.test(p));

/** Types `query` in the open panel's search box and checks the first
 * result's question. Until the index for the panel's language is built (in
 * slices, after a translation or the language arrives), the previous index
 * answers: the check waits for the expected question before comparing. */
async function expectFirstResult(page, query, expected) {
  await page.locator('signpost-widget #sp-q').fill(query);
  const first = page.locator('signpost-widget .sp-question').first();
  await first.waitFor();
  const shown = (e) => document.querySelector('signpost-widget').shadowRoot.querySelector('.sp-question')?.textContent === e;
  await page.waitForFunction(shown, expected, { timeout: 10000 }).catch(() => {});
  assert.equal(await first.textContent(), expected);
}

async function openPanel(page, lang) {
  await page.waitForFunction((l) => document.querySelector('signpost-widget').shadowRoot.querySelector('.sp-widget').lang === l, lang);
  await page.locator('signpost-widget .sp-widget .sp-launcher').click();
  await page.getByRole('dialog').waitFor({ state: 'visible' });
}

test('each user downloads the FAQ translation of their own language, and no other', async () => {
  const zh = JSON.parse(await readFile('dist/demo/faq/zh-CN.json', 'utf8'));
  const chinese = await open('plain.html', ['zh-CN']);
  await openPanel(chinese.page, 'zh-CN');
  await expectFirstResult(chinese.page, zh['account-locked'].question, zh['account-locked'].question);
  assert.deepEqual(faqFiles(chinese.log), ['/demo/faq/zh-CN.json']);
  assert.deepEqual(chinese.log.pageErrors, []);
  await chinese.context.close();

  const englishUser = await open('plain.html', ['en-US']);
  await openPanel(englishUser.page, 'en-US');
  await expectFirstResult(englishUser.page, 'account locked', 'My account is locked after too many wrong passwords. What now?');
  assert.deepEqual(faqFiles(englishUser.log), [], 'the FAQ in the default language is in the config itself');
  await englishUser.context.close();
});

test('choosing another language fetches its FAQ translation once', async () => {
  const ja = JSON.parse(await readFile('dist/demo/faq/ja.json', 'utf8'));
  const { page, context, log } = await open('plain.html', ['en-US']);
  await openPanel(page, 'en-US');
  await page.getByRole('combobox', { name: 'Language' }).selectOption('ja');
  await page.waitForFunction(() => document.querySelector('signpost-widget').shadowRoot.querySelector('.sp-widget').lang === 'ja');
  await expectFirstResult(page, ja['account-locked'].question, ja['account-locked'].question);
  assert.deepEqual(faqFiles(log), ['/demo/faq/ja.json']);
  // Back to English and to Japanese again: nothing more to fetch.
  await page.getByRole('combobox', { name: '言語' }).selectOption('en-US');
  await page.waitForFunction(() => document.querySelector('signpost-widget').shadowRoot.querySelector('.sp-widget').lang === 'en-US');
  await page.getByRole('combobox', { name: 'Language' }).selectOption('ja');
  await expectFirstResult(page, ja['account-locked'].question, ja['account-locked'].question);
  assert.deepEqual(faqFiles(log), ['/demo/faq/ja.json']);
  assert.deepEqual(log.pageErrors, []);
  await context.close();
});

test('a config given to boot() has its translation paths read against the page', async () => {
  const zh = JSON.parse(await readFile('dist/demo/faq/zh-CN.json', 'utf8'));
  const { page, context, log } = await open('demo/api.html', ['zh-CN']);
  // The page's own config (data-config-url) fetches the file first: boot()
  // must fetch it again, from the path read against the page.
  await until(page, () => faqFiles(log).length > 0);
  const before = faqFiles(log).length;
  await page.locator('#boot').click();
  await until(page, () => faqFiles(log).length > before);
  assert.deepEqual(faqFiles(log).slice(before), ['/demo/faq/zh-CN.json']);
  await openPanel(page, 'zh-CN');
  await expectFirstResult(page, zh['forgot-password'].question, zh['forgot-password'].question);
  await context.close();
});

test('a broken translation is reported with its address and entry, and the FAQ falls back to the language it has', async () => {
  const chinese = await open('broken.html', ['zh-CN']);
  await openPanel(chinese.page, 'zh-CN');
  // The usable part of the file is used: the question, not the empty answer.
  await expectFirstResult(chinese.page, '账户', '账户被锁定');
  await expectFirstResult(chinese.page, 'fees', 'What are the fees');
  const at = `the FAQ translation (zh-CN) at ${site.url}help/faq/zh-CN.json: `;
  const warnings = chinese.log.warnings.map((w) => w.replace(/^Signpost: /, ''));
  for (const expected of [
    'the configuration at ' + site.url + 'help/broken.json: faq_translations.de: "javascript:alert(1)" is not an allowed link: it uses the scheme "javascript:", which is not allowed (expected https:, mailto: or tel:)',
    at + 'nope: is not the id of an FAQ entry in the configuration and was ignored',
    at + 'locked.colour: is not a known field and was ignored (known here: question, answer, keywords)',
    at + 'fees.answer: "" is empty (expected some text)',
  ]) {
    assert.ok(warnings.includes(expected), `${expected}\n in:\n${warnings.join('\n')}`);
  }
  assert.deepEqual(chinese.log.pageErrors, []);
  await chinese.context.close();

  const japanese = await open('broken.html', ['ja']);
  await openPanel(japanese.page, 'ja');
  await expectFirstResult(japanese.page, 'locked', 'Locked out of my account');
  const missing = `Signpost: the FAQ translation (ja) at ${site.url}help/faq/ja.json answered HTTP 404 Not Found; the FAQ is shown in the next language it has.`;
  assert.ok(japanese.log.warnings.includes(missing), japanese.log.warnings.join('\n'));
  await japanese.context.close();
});

test('a translation file over 1 MB is read in pieces, whole characters and all', async () => {
  const { page, context, log } = await open('large.html', ['zh-CN']);
  await openPanel(page, 'zh-CN');
  await expectFirstResult(page, '第42号问题', '第42号问题');
  await page.locator('signpost-widget .sp-question').first().click();
  const answer = await page.locator('signpost-widget .sp-answer').first().textContent();
  assert.ok(answer.startsWith('答案42：提现处理中提现') && answer.length >= 19000 && !answer.includes('\uFFFD'), answer.slice(0, 40));
  // The broken entry is reported and shown in English; the rest are Chinese.
  await expectFirstResult(page, 'Question number 7', 'Question number 7');
  const broken = `Signpost: the FAQ translation (zh-CN) at ${site.url}large/faq/zh-CN.json: entry-7.question: 7 is not a string`;
  assert.ok(log.warnings.includes(broken), log.warnings.join('\n'));
  assert.deepEqual(log.pageErrors, []);
  await context.close();
});

test('a large config with a large translation file shows and finds the user\'s language, and reads the config again for another', async () => {
  const { page, context, log } = await open('huge.html', ['zh-CN']);
  await openPanel(page, 'zh-CN');
  await expectFirstResult(page, '第42号问题', '第42号问题');
  await page.locator('signpost-widget .sp-question').first().click();
  const answer = await page.locator('signpost-widget .sp-answer:not([hidden])').textContent();
  assert.ok(answer.startsWith('答案42：提现处理中') && !answer.includes('Processing'), answer.slice(0, 40));
  // The entry the file breaks keeps its English, question and answer.
  await expectFirstResult(page, 'Question number 7', 'Question number 7');
  await page.locator('signpost-widget .sp-question').first().click();
  assert.match(await page.locator('signpost-widget .sp-answer:not([hidden])').textContent(), /^Answer 7: Processing/);
  assert.equal(hugeServed, 1);
  // English: the English texts were not kept, so the config is read again.
  await page.getByRole('combobox').selectOption('en-US');
  await page.waitForFunction(() => document.querySelector('signpost-widget').shadowRoot.querySelector('.sp-widget').lang === 'en-US');
  await expectFirstResult(page, 'Question number 42', 'Question number 42');
  assert.equal(hugeServed, 2);
  assert.deepEqual(faqFiles(log), ['/huge/faq/zh-CN.json']);
  assert.deepEqual(log.pageErrors, []);
  await context.close();
});

test('a translation file the network failed to bring is fetched again when the panel is next opened', async () => {
  const { page, context, log } = await open('flaky.html', ['zh-CN']);
  const down = `Signpost: the FAQ translation (zh-CN) at ${site.url}flaky/faq/zh-CN.json answered HTTP 503 Service Unavailable; the FAQ is shown in the next language it has.`;
  await until(page, () => log.warnings.includes(down));
  assert.ok(log.warnings.includes(down), log.warnings.join('\n'));
  await openPanel(page, 'zh-CN');
  await expectFirstResult(page, '账户', '账户被锁定');
  assert.deepEqual(faqFiles(log), ['/flaky/faq/zh-CN.json', '/flaky/faq/zh-CN.json']);
  await context.close();
});

test('a large translation file the piece reader leaves is read whole, each problem reported once', async () => {
  const { page, context, log } = await open('deep.html', ['zh-CN']);
  await openPanel(page, 'zh-CN');
  await expectFirstResult(page, '第42号问题', '第42号问题');
  const at = `Signpost: the FAQ translation (zh-CN) at ${site.url}deep/faq/zh-CN.json: `;
  const broken = log.warnings.filter((w) => w === at + 'entry-7.question: 7 is not a string');
  const unknown = log.warnings.filter((w) => w.startsWith(at + 'entry-50.x: is not a known field'));
  assert.deepEqual([broken.length, unknown.length], [1, 1], log.warnings.join('\n'));
  assert.deepEqual(log.pageErrors, []);
  await context.close();
});
