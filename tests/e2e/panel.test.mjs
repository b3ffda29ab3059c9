// End-to-end: the panel as people use it: the home view, phones (a
// full-screen modal sheet that keeps focus), narrow and zoomed screens,
// reduced motion.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { launch, serveDist, fixed, hostPage, widgetReady } from './helpers.mjs';

let browser, site;

before(async () => {
  browser = await launch();
  site = await serveDist({
    '/plain.html': fixed(hostPage()),
    '/mobile.html': fixed(hostPage({ head: '<meta name="viewport" content="width=device-width, initial-scale=1">' })),
  });
});

after(async () => {
  await browser?.close();
  await site?.close();
});

async function openAt(viewport, options = {}, path = 'plain.html') {
  const context = await browser.newContext({ viewport, ...options });
  const page = await context.newPage();
  await page.goto(site.url + path);
  const launcher = await widgetReady(page);
  await launcher.click();
  await page.locator('signpost-widget .sp-question').first().waitFor();
  await page.evaluate(() => Promise.all(document.querySelector('signpost-widget').shadowRoot.querySelector('.sp-panel').getAnimations().map((a) => a.finished)));
  return { page, context };
}

const box = (page, selector) =>
  page.evaluate((s) => document.querySelector('signpost-widget').shadowRoot.querySelector(s).getBoundingClientRect().toJSON(), selector);
const focused = (page) => page.evaluate(() => {
  const a = document.querySelector('signpost-widget').shadowRoot.activeElement;
  return a ? a.className || a.tagName : null;
});

test('home: search, topics, the most asked questions and a way to contact support', async () => {
  const { page, context } = await openAt({ width: 1280, height: 800 });
  assert.ok(await page.getByRole('searchbox', { name: 'Search the help articles' }).isVisible());
  assert.ok(await page.getByRole('group', { name: 'Topics' }).isVisible());
  await page.getByRole('heading', { name: 'Most asked' }).waitFor();
  assert.equal(await page.locator('signpost-widget .sp-question').count(), 5);
  assert.ok(await page.getByRole('button', { name: 'Show more' }).isVisible());
  await page.getByRole('region', { name: 'Contact support' }).getByRole('button', { name: 'Find the right support channel' }).click();
  await page.getByRole('heading', { name: 'Find the right support channel' }).waitFor();
  assert.equal(await page.getByRole('dialog').getAttribute('aria-modal'), 'false', 'a floating panel beside the page');
  await context.close();
});

test('on a phone the panel is a full-screen modal sheet that keeps focus, and it remembers where the user was', async () => {
  const { page, context } = await openAt({ width: 375, height: 700 }, { isMobile: true, hasTouch: true }, 'mobile.html');
  const panel = await box(page, '.sp-panel');
  assert.deepEqual([panel.x, panel.y, panel.width, panel.height], [0, 0, 375, 700]);
  assert.equal(await page.getByRole('dialog').getAttribute('aria-modal'), 'true');
  assert.equal(await page.locator('signpost-widget .sp-launcher').isVisible(), false, 'the sheet has its own close button');
  const close = await box(page, '.sp-close');
  assert.ok(close.right <= 375 && close.top >= 0 && close.width >= 24 && close.height >= 24);
  // Focus starts on the close button; Shift+Tab wraps to the last control, Tab back.
  assert.equal(await focused(page), 'sp-close');
  await page.keyboard.press('Shift+Tab');
  assert.equal(await focused(page), 'sp-language-select');
  await page.keyboard.press('Tab');
  assert.equal(await focused(page), 'sp-close');
  // Where the user was survives closing.
  await page.locator('signpost-widget #sp-q').fill('withdrawal');
  await page.getByRole('button', { name: 'Close' }).click();
  await page.locator('signpost-widget .sp-launcher').click();
  assert.equal(await page.locator('signpost-widget #sp-q').inputValue(), 'withdrawal');
  await context.close();
});

test('usable at 320 pixels wide and at 200 % zoom: nothing overflows sideways, the panel fits the screen', async () => {
  for (const viewport of [{ width: 320, height: 640 }, { width: 640, height: 400 }]) {
    const { page, context } = await openAt(viewport);
    const fit = await page.evaluate(() => {
      const r = document.querySelector('signpost-widget').shadowRoot;
      const body = r.querySelector('.sp-body');
      const p = r.querySelector('.sp-panel').getBoundingClientRect();
      const l = r.querySelector('.sp-launcher').getBoundingClientRect();
      return { sideways: body.scrollWidth - body.clientWidth, p: p.toJSON(), l: l.toJSON(), vw: innerWidth, vh: innerHeight };
    });
    assert.ok(fit.sideways <= 0, `no sideways scrolling at ${viewport.width}px: ${fit.sideways}`);
    assert.ok(fit.p.left >= 0 && fit.p.right <= fit.vw && fit.p.top >= 0 && fit.p.bottom <= fit.vh, JSON.stringify(fit));
    if (fit.l.height > 0) assert.ok(fit.p.bottom <= fit.l.top, `the floating panel leaves the launcher free: ${JSON.stringify(fit)}`);
    await context.close();
  }
});

test('reduced motion turns the panel animation off', async () => {
  const still = await openAt({ width: 1280, height: 800 }, { reducedMotion: 'reduce' });
  const none = await still.page.evaluate(() => getComputedStyle(document.querySelector('signpost-widget').shadowRoot.querySelector('.sp-panel')).animationName);
  assert.equal(none, 'none');
  await still.context.close();
  const moving = await openAt({ width: 1280, height: 800 }, { reducedMotion: 'no-preference' });
  const name = await moving.page.evaluate(() => getComputedStyle(document.querySelector('signpost-widget').shadowRoot.querySelector('.sp-panel')).animationName);
  assert.equal(name, 'sp-rise');
  await moving.context.close();
});

test('every action works with the keyboard alone: open, search, read, ask for advice, prepare the hand-off', async () => {
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
  const page = await context.newPage();
  await page.goto(site.url + 'plain.html');
  await widgetReady(page);
  const tabTo = async (want, max = 60) => {
    for (let i = 0; i < max; i++) {
      await page.keyboard.press('Tab');
      if (await page.evaluate((w) => document.querySelector('signpost-widget').shadowRoot.activeElement?.matches(w) ?? false, want)) return;
    }
    throw new Error(`Tab never reached ${want}`);
  };
  await page.locator('#host-button').focus();
  await tabTo('.sp-launcher');
  await page.keyboard.press('Enter');
  await page.getByRole('dialog').waitFor();
  await tabTo('#sp-q');
  await page.keyboard.type('withdrawal');
  await tabTo('.sp-question');
  await page.keyboard.press('Enter');
  assert.equal(await page.locator('signpost-widget .sp-question').first().getAttribute('aria-expanded'), 'true');
  await tabTo('.sp-contact .sp-button');
  await page.keyboard.press('Enter');
  await page.getByRole('heading', { name: 'Find the right support channel' }).waitFor();
  // Tab lands on the checked radio ("Today"); the arrow moves to the next.
  await tabTo('input[name="sp-urgency"]');
  await page.keyboard.press('ArrowRight');
  assert.ok(await page.getByRole('radio', { name: 'Right now' }).isChecked(), 'arrow keys move through a radio group');
  await tabTo('.sp-channel button.sp-button');
  await page.keyboard.press('Enter');
  await page.locator('signpost-widget .sp-handoff').waitFor();
  await tabTo('#sp-description');
  await page.keyboard.type('Typed with the keyboard only');
  await tabTo('.sp-actions .sp-secondary');
  const visible = await page.evaluate(() => getComputedStyle(document.querySelector('signpost-widget').shadowRoot.activeElement).outlineStyle);
  assert.equal(visible, 'solid', 'focus is visible');
  await page.keyboard.press('Escape');
  assert.equal(await page.getByRole('dialog').isVisible(), false);
  await context.close();
});
