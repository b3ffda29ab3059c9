// Shared set-up for the end-to-end tests: the release dist/ served on
// loopback with a strict CSP, and headless Debian Chromium through
// playwright-core (no browser download needed).
import { chromium } from 'playwright-core';
import { readFile } from 'node:fs/promises';
import { serve, STRICT_CSP } from '../../scripts/serve.mjs';

export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-dev-shm-usage',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];

export async function launch() {
  return chromium.launch({
    executablePath: process.env.CHROMIUM || '/usr/bin/chromium',
    headless: true,
    args: CHROMIUM_ARGS,
  });
}

/** Serves dist/ with extra routes; see scripts/serve.mjs. */
export function serveDist(routes = {}, options = {}) {
  return serve({ root: 'dist', routes: { '/demo/signpost.json': demoConfig, ...routes }, ...options });
}

/**
 * A route serving a config file (the demo's by default) with this server's
 * 127.0.0.1 origin added to the official ones (the port is random) and
 * without the demo's status feed (tests that want one serve their own);
 * `edit(config, origin)` may change it further. The same server reached as
 * localhost is then a copycat site, for the anti-phishing tests.
 */
export function officialConfig(edit = () => {}, path = 'dist/demo/signpost.json') {
  return async (req, res) => {
    const text = await officialConfigText(req.socket.localPort, edit, path);
    res.writeHead(200, { 'content-type': 'application/json', 'cache-control': 'no-cache' });
    res.end(text);
  };
}

/** The text `officialConfig` serves from a server on `port`. */
export async function officialConfigText(port, edit = () => {}, path = 'dist/demo/signpost.json') {
  const config = JSON.parse(await readFile(path, 'utf8'));
  const origin = `http://127.0.0.1:${port}`;
  (config.platform.official_origins ??= []).push(origin);
  delete config.status_url;
  edit(config, origin);
  return JSON.stringify(config);
}

const demoConfig = officialConfig();

/** A route answering with fixed content. */
export function fixed(body, type = 'text/html; charset=utf-8', status = 200, headers = {}) {
  // Host pages get the same strict CSP as the files of dist/ (serve.mjs).
  const csp = type.startsWith('text/html') ? { 'content-security-policy': STRICT_CSP } : {};
  return (req, res) => {
    res.writeHead(status, { 'content-type': type, ...csp, ...headers });
    res.end(body);
  };
}

/** A minimal host page that embeds Signpost with the given script attributes. */
export function hostPage({ attrs = 'data-config-url="demo/signpost.json"', head = '', body = '' } = {}) {
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Host</title><link rel="icon" href="data:,">${head}</head>
<body><main><h1>Host page</h1><button id="host-button" type="button">Host button</button>${body}</main>
<script src="/signpost.js" ${attrs} async></script></body></html>`;
}

/** Opens a page that records console messages and uncaught errors.
 * `init(initArg)` runs before the page's own scripts. */
export async function openPage(browser, url, { init, initArg, viewport } = {}) {
  const context = await browser.newContext({ viewport: viewport || { width: 1280, height: 800 } });
  const page = await context.newPage();
  const log = { errors: [], warnings: [], pageErrors: [], requests: [] };
  page.on('console', (m) => {
    if (m.type() === 'error') log.errors.push(m.text());
    if (m.type() === 'warning') log.warnings.push(m.text());
  });
  page.on('pageerror', (e) => log.pageErrors.push(String(e)));
  page.on('request', (r) => log.requests.push(r.url()));
  if (init) await page.addInitScript(init, initArg);
  await page.goto(url);
  return { page, context, log };
}

/** The widget's launcher once the wasm app has replaced the loader's placeholder. */
export async function widgetReady(page) {
  await page.waitForFunction(() => {
    const root = document.querySelector('signpost-widget')?.shadowRoot;
    return !!root?.querySelector('.sp-widget .sp-launcher');
  });
  return page.locator('signpost-widget .sp-widget .sp-launcher');
}

/** Polls `done()` every 100 ms for at most `ms`: for what the page cannot be asked about (console output, server requests). */
export async function until(page, done, ms = 5000) {
  for (let waited = 0; waited < ms && !done(); waited += 100) await page.waitForTimeout(100);
}

/** A page in a browser whose languages are `languages` (navigator.languages,
 * Accept-Language and locale); records request paths, console and uncaught
 * errors. `init` runs before the page's own scripts. */
export async function openInLanguages(browser, url, { languages = ['en-US'], init } = {}) {
  const context = await browser.newContext({ locale: languages[0], extraHTTPHeaders: { 'accept-language': languages.join(',') } });
  await context.addInitScript((langs) => {
    Object.defineProperty(navigator, 'languages', { get: () => langs });
  }, languages);
  if (init) await context.addInitScript(init);
  const page = await context.newPage();
  const log = { requests: [], warnings: [], errors: [], pageErrors: [] };
  page.on('request', (r) => log.requests.push(new URL(r.url()).pathname));
  page.on('console', (m) => (m.type() === 'warning' ? log.warnings : m.type() === 'error' ? log.errors : []).push(m.text()));
  page.on('pageerror', (e) => log.pageErrors.push(String(e)));
  await page.goto(url);
  await widgetReady(page);
  return { page, context, log };
}

/** Holds back every response to `pattern` (a `page.route` glob) until the
 * returned function is called, as a slow network would. */
export async function holdBack(page, pattern) {
  let release;
  const held = new Promise((resolve) => (release = resolve));
  await page.route(pattern, async (route) => {
    await held;
    await route.continue();
  });
  return release;
}

/** Call before the page loads: then `arrived()` says whether the advisor's
 * chunk (fetched when the page is idle after the panel opened) has been
 * downloaded. A test that jumps the page's clock past 8 s must wait for it,
 * or the jump cuts its fetch off. */
export function watchContactChunk(page) {
  let done = false;
  page.on('requestfinished', (r) => r.url().endsWith('/split_contact.wasm') && (done = true));
  return () => done;
}
