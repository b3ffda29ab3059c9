// End-to-end: the deepest input the widget accepts fits its stack. The wasm
// stack is 128 KiB (build.rs), not rustc's 1 MiB, since every host page
// keeps it; what could recurse without end is bounded instead. Here each
// bound is reached at once: JSON nested just under serde_json's limit, a
// Fluent override nested as deep as allowed, and an answer whose emphasis
// nests as deep as the Markdown reader keeps it.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { launch, serveDist, hostPage, fixed, officialConfigText, openPage, widgetReady } from './helpers.mjs';

let browser, site;

/** The wasm's stack, as build.rs sets it. */
const STACK = 128 * 1024;

/** `{ { … "x" … } }`, `depth` placeables deep. */
const placeables = (depth) => '{ '.repeat(depth) + '"x"' + ' }'.repeat(depth);

/** Emphasis `depth` deep, alternating * and _, around a link. */
function emphasis(depth) {
  let open = '';
  let close = '';
  for (let i = 0; i < depth; i++) {
    const d = i % 2 ? '_' : '*';
    open += `${d}w${i} `;
    close = ` w${i}${d}` + close;
  }
  return open + '[the link](https://example.com/)' + close;
}

before(async () => {
  browser = await launch();
  site = await serveDist({
    '/deep.html': fixed(hostPage({ attrs: 'data-config-url="/deep.json"' })),
    '/deep.json': async (req, res) => {
      const text = await officialConfigText(req.socket.localPort, (config) => {
        config.messages = { 'en-US': { 'panel-title': placeables(10) } };
        // Past the reader's limit of 24: the deepest levels stay literal.
        config.faq[0].answer = { 'en-US': emphasis(40) };
      });
      // An unknown field (it warns) nested 126 deep: serde_json refuses 128.
      const nested = '['.repeat(126) + '0' + ']'.repeat(126);
      res.writeHead(200, { 'content-type': 'application/json' });
      res.end(text.replace(/^\{/, `{"x-nested": ${nested},`));
    },
  });
});

after(async () => {
  await browser?.close();
  await site?.close();
});

test('the deepest config, Fluent override and Markdown the widget accepts are drawn, using under half of its 128 KiB stack', async () => {
  const { page, log, context } = await openPage(browser, site.url + 'deep.html');
  const launcher = await widgetReady(page);
  await launcher.click();
  await page.getByRole('dialog').waitFor({ state: 'visible' });
  assert.equal(await page.locator('signpost-widget #sp-title').textContent(), 'x');
  await page.locator('signpost-widget .sp-question').first().click();
  await page.locator('signpost-widget .sp-answer a[href="https://example.com/"]').waitFor();
  const { stack, used, depth, memory } = await page.evaluate(async (stack) => {
    // The glue's module, imported again, is the running instance's: its init returns the instance.
    const glue = await import(new URL('signpost-app.js', location.href).href);
    const wasm = await glue.default();
    // The stack comes first in memory and grows down from its top; memory starts zeroed.
    const bytes = new Uint8Array(wasm.memory.buffer, 0, stack);
    let low = 0;
    while (low < stack && bytes[low] === 0) low++;
    const root = document.querySelector('signpost-widget').shadowRoot;
    let depth = 0;
    for (const el of root.querySelectorAll('.sp-answer :is(em, strong)')) {
      let n = 0;
      for (let e = el; e.matches(':is(em, strong)'); e = e.parentElement) n++;
      depth = Math.max(depth, n);
    }
    return { stack, used: stack - low, depth, memory: wasm.memory.buffer.byteLength };
  }, STACK);
  assert.ok(depth >= 20, `emphasis drawn ${depth} deep`);
  assert.ok(used < stack / 2, `${used} of ${stack} bytes of stack used`);
  // All of the wasm's memory, with the demo's FAQ: a 1 MiB stack alone was more.
  assert.ok(memory < 1024 * 1024, `${memory} bytes of wasm memory`);
  assert.ok(log.warnings.some((w) => w.includes('x-nested: is not a known field')), log.warnings.join('\n'));
  assert.deepEqual([log.errors, log.pageErrors], [[], []]);
  await context.close();
});
