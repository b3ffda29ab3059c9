// make screenshots: the widget's main states as a platform would see them,
// wide (floating panel) and narrow (phone sheet), light and dark, in en-US
// and Arabic (right to left), written to docs/screenshots/.
import { mkdir, writeFile } from 'node:fs/promises';
import { launch, serveDist, fixed, hostPage, widgetReady } from '../tests/e2e/helpers.mjs';

const OUT = 'docs/screenshots';
const SIZES = { wide: { width: 1280, height: 800 }, narrow: { width: 375, height: 740 } };
const VIEWPORT_META = '<meta name="viewport" content="width=device-width, initial-scale=1">';

const browser = await launch();
const site = await serveDist({ '/page.html': fixed(hostPage({ head: VIEWPORT_META })) });
await mkdir(OUT, { recursive: true });
const index = ['# Signpost screenshots', '', 'Made by `make screenshots` from the demo config (`demo/signpost.json`).', ''];

async function settle(page) {
  await page.evaluate(() => Promise.all(document.querySelector('signpost-widget').shadowRoot.getAnimations().map((a) => a.finished)));
  await page.waitForTimeout(150);
}

const STATES = {
  home: async () => {},
  search: async (page) => {
    await page.locator('signpost-widget #sp-q').fill('withdrawal');
    await page.locator('signpost-widget .sp-question').first().click();
  },
  advisor: async (page) => {
    await page.evaluate(() => window.Signpost('openAdvisor', { topic: 'security', urgency: 'right_now' }));
    await page.locator('signpost-widget .sp-channel').first().waitFor();
  },
  handoff: async (page) => {
    await page.evaluate(() => window.Signpost('openAdvisor', { topic: 'deposit_withdrawal', urgency: 'today' }));
    await page.locator('signpost-widget .sp-channel button.sp-button').nth(1).click();
    await page.locator('signpost-widget #sp-description').fill('My withdrawal has been pending for six hours.');
  },
};

try {
  for (const [size, viewport] of Object.entries(SIZES)) {
    for (const colorScheme of ['light', 'dark']) {
      for (const locale of ['en-US', 'ar']) {
        for (const [state, reach] of Object.entries(STATES)) {
          const context = await browser.newContext({ viewport, colorScheme, reducedMotion: 'reduce', isMobile: size === 'narrow', hasTouch: size === 'narrow' });
          const page = await context.newPage();
          await page.goto(`${site.url}page.html?signpost-locale=${locale}`);
          await (await widgetReady(page)).click();
          await page.locator('signpost-widget .sp-question').first().waitFor();
          await reach(page);
          await settle(page);
          const name = `${state}-${size}-${colorScheme}-${locale}.png`;
          // Wide: the corner with the panel; narrow: the whole phone screen.
          const clip = size === 'wide' ? { x: viewport.width - 480, y: 0, width: 480, height: viewport.height } : undefined;
          await writeFile(`${OUT}/${name}`, await page.screenshot({ clip }));
          index.push(`![${state}, ${size}, ${colorScheme}, ${locale}](${name})`);
          await context.close();
        }
      }
    }
  }
  await writeFile(`${OUT}/README.md`, index.join('\n') + '\n');
  console.log(`screenshots: ${index.length - 4} images in ${OUT}/`);
} finally {
  await browser.close();
  await site.close();
}
