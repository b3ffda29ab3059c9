// End-to-end: axe-core finds no WCAG 2.0/2.1/2.2 A or AA violation in any
// state of the panel, in en-US, Arabic (right to left) and Chinese, light
// and dark. axe is injected through the DevTools protocol, so the page keeps
// its strict CSP; it reads into the widget's open shadow root.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { launch, serveDist, fixed, hostPage, widgetReady } from './helpers.mjs';

let browser, site, axeSource;

before(async () => {
  axeSource = await readFile('node_modules/axe-core/axe.min.js', 'utf8');
  browser = await launch();
  site = await serveDist({ '/plain.html': fixed(hostPage()) });
});

after(async () => {
  await browser?.close();
  await site?.close();
});

const TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22a', 'wcag22aa'];

/**
 * Runs axe at each scroll position of the panel body: axe checks colour
 * contrast only for what is on screen, and the panel scrolls.
 */
async function audit(page, state) {
  if (!(await page.evaluate(() => typeof window.axe === 'object'))) await page.evaluate(axeSource);
  const found = new Set();
  for (let step = 0; step < 20; step++) {
    // Let transitions finish so colours are final.
    await page.waitForTimeout(200);
    const violations = await page.evaluate(
      (tags) => window.axe.run(document, { runOnly: { type: 'tag', values: tags } }).then((r) => r.violations),
      TAGS,
    );
    for (const v of violations) {
      found.add(`${state}: ${v.id} (${v.impact}) ${v.nodes.map((n) => `${JSON.stringify(n.target)} ${n.failureSummary}`).join(' | ')}`);
    }
    const more = await page.evaluate((step) => {
      const body = document.querySelector('signpost-widget')?.shadowRoot?.querySelector('.sp-panel:not([hidden]) .sp-body');
      if (!body || body.scrollTop + body.clientHeight >= body.scrollHeight - 1) {
        if (body) body.scrollTop = 0;
        return false;
      }
      body.scrollTop = (step + 1) * Math.max(1, body.clientHeight - 40);
      return true;
    }, step);
    if (!more) break;
  }
  return [...found];
}

for (const locale of ['en-US', 'ar', 'zh-CN']) {
  for (const colorScheme of ['light', 'dark']) {
    test(`no axe violations in ${locale}, ${colorScheme}: closed, home, search, answer, advisor, hand-off, language switcher`, async () => {
      const context = await browser.newContext({ colorScheme });
      const page = await context.newPage();
      await page.goto(`${site.url}plain.html?signpost-locale=${locale}`);
      const launcher = await widgetReady(page);
      const found = [];
      found.push(...(await audit(page, 'closed')));
      await launcher.click();
      await page.locator('signpost-widget .sp-question').first().waitFor();
      found.push(...(await audit(page, 'home')));
      await page.locator('signpost-widget #sp-q').fill(locale === 'zh-CN' ? '提现' : 'withdrawal') // the demo FAQ has no Arabic text: ar falls back to en-US;
      await page.locator('signpost-widget .sp-question').first().waitFor();
      found.push(...(await audit(page, 'search with results')));
      await page.locator('signpost-widget .sp-question').first().click();
      found.push(...(await audit(page, 'answer open')));
      await page.evaluate(() => window.Signpost('openAdvisor', { topic: 'deposit_withdrawal', urgency: 'right_now' }));
      await page.locator('signpost-widget .sp-channel').first().waitFor();
      found.push(...(await audit(page, 'advisor with results')));
      await page.locator('signpost-widget .sp-channel button.sp-button').first().click();
      await page.locator('signpost-widget .sp-handoff').waitFor();
      await page.locator('signpost-widget #sp-description').fill('abandon ability able about above absent absorb abstract absurd abuse access accident');
      await page.locator('signpost-widget .sp-secret').waitFor();
      found.push(...(await audit(page, 'hand-off with a warning')));
      await page.locator('signpost-widget .sp-language select').focus();
      found.push(...(await audit(page, 'language switcher')));
      assert.deepEqual(found, []);
      await context.close();
    });
  }
}

test('the audit reaches into the shadow root: a nameless button and faint text planted there are reported', async () => {
  const context = await browser.newContext();
  const page = await context.newPage();
  await page.goto(`${site.url}plain.html`);
  await (await widgetReady(page)).click();
  await page.locator('signpost-widget .sp-question').first().waitFor();
  await page.evaluate(() => {
    const body = document.querySelector('signpost-widget').shadowRoot.querySelector('.sp-body');
    body.appendChild(document.createElement('button'));
    const faint = document.createElement('p');
    faint.textContent = 'Faint text';
    faint.style.color = '#dddddd';
    body.appendChild(faint);
  });
  const found = (await audit(page, 'planted')).join('\n');
  assert.match(found, /button-name/);
  assert.match(found, /color-contrast/);
  await context.close();
});

test('no axe violations on a phone (modal sheet) and with a platform brand colour that would fail contrast as is', async () => {
  const context = await browser.newContext({ viewport: { width: 375, height: 700 }, colorScheme: 'dark' });
  const page = await context.newPage();
  await page.goto(`${site.url}plain.html`);
  await widgetReady(page);
  await page.evaluate(() => fetch('/demo/signpost.json').then((r) => r.json()).then((c) => {
    c.theme = { accent: '#f0b90b', color_scheme: 'light' };
    window.Signpost('shutdown');
    window.Signpost('boot', c);
  }));
  await (await widgetReady(page)).click();
  await page.locator('signpost-widget .sp-question').first().waitFor();
  const found = await audit(page, 'yellow accent, phone, home');
  await page.evaluate(() => window.Signpost('openAdvisor', { topic: 'security', urgency: 'right_now' }));
  await page.locator('signpost-widget .sp-channel').first().waitFor();
  found.push(...(await audit(page, 'yellow accent, phone, advisor')));
  assert.deepEqual(found, []);
  await context.close();
});
