// End-to-end: hostile content (issue #11, point 3). A config whose platform
// name, FAQ entries, channel labels, never-share items and launcher label come
// from tests/fixtures/naughty-strings.txt (Big List of Naughty Strings and XSS
// payloads), searched for, opened one by one, carried to the advisor and the
// hand-off, and typed into the description. No script may run, no markup may
// be interpreted, every link stays https:, mailto: or tel:, nothing throws,
// the strict CSP is never violated, and the panel stays in its box at
// 1280×800 and 375×740.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { launch, serveDist, hostPage, widgetReady } from './helpers.mjs';
import { STRICT_CSP } from '../../scripts/serve.mjs';

// ------------------------------------------------------------------ the corpus

/** The escapes the corpus file documents: \u{HEX}, \n, \r, \t and \\; any other backslash stays. */
function decode(line) {
  let out = '';
  for (let i = 0; i < line.length; i++) {
    const c = line[i];
    const next = line[i + 1];
    if (c !== '\\') out += c;
    else if (next === 'n' || next === 'r' || next === 't' || next === '\\') {
      out += { n: '\n', r: '\r', t: '\t', '\\': '\\' }[next];
      i++;
    } else if (next === 'u' && line[i + 2] === '{') {
      const close = line.indexOf('}', i);
      out += String.fromCodePoint(parseInt(line.slice(i + 3, close), 16));
      i = close;
    } else out += c;
  }
  return out;
}

const CORPUS = readFileSync(new URL('../fixtures/naughty-strings.txt', import.meta.url), 'utf8')
  .split('\n')
  .filter((l) => l && !l.startsWith('#'))
  .map(decode);

/** 100 KB of markup, Markdown, bidi controls, marks, CJK and emoji. */
const HUNDRED_KB = (() => {
  const chunk = '<script>window.pwned=1</script>[x](javascript:window.pwned=1) \u202e\u2069漢字👨‍👩‍👧‍👦 e\u0301\u0302 **_`[ ';
  let s = '';
  while (s.length < 100 * 1024) s += chunk;
  return s;
})();

/** The corpus string that starts with `prefix`. */
function pick(prefix) {
  const s = CORPUS.find((c) => c.startsWith(prefix));
  if (s === undefined) throw new Error(`no corpus string starts with ${JSON.stringify(prefix)}`);
  return s;
}

/** Text the validator counts as missing: white space and characters that draw nothing (config::is_blank). */
const BLANK = /^[\s\u0085\u00ad\u034f\u061c\u115f\u1160\u17b4\u17b5\u180b-\u180f\u200b-\u200f\u202a-\u202e\u2060-\u206f\u3164\ufe00-\ufe0f\ufeff\uffa0\u{1d173}-\u{1d17a}\u{e0000}-\u{e0fff}]*$/u;
const blank = (s) => BLANK.test(s);

/** At most `max` characters (as the validator counts them); a stand-in when nothing visible is left. */
function fit(s, max) {
  const cut = Array.from(s).slice(0, max).join('');
  return blank(cut) ? 'stand-in' : cut;
}

const show = (s) => JSON.stringify(Array.from(s).slice(0, 40).join('')) + (Array.from(s).length > 40 ? `… (${s.length} code units)` : '');

/** An ordinary question whose words an ordinary search highlights one by one. */
const MANY_WORDS = 'What are the fees for deposits and withdrawals in euros, dollars, pounds, yen, francs, pesos, rupees, rubles, lira and dong?';

const TOPICS = ['account_access', 'security', 'deposit_withdrawal', 'payments', 'orders_refunds', 'verification', 'technical', 'fees', 'other'];

// ------------------------------------------------------------------ configs and pages

/** Platform names tried one by one (cut to the 80 characters the validator allows). */
const NAMES = [
  pick('<img src=x onerror'),
  pick('WWWW'),
  pick('﷽﷽'),
  pick('Ṱ̺̺̕o'),
  pick('\u2069\u202e escapes'),
  pick('support\u202e'),
  pick('👨‍👩‍👧‍👦'),
  pick('{ $platform }'),
  pick('ثم نفس'),
  pick('\u200b\u200c'),
  pick('" autofocus onfocus'),
  pick('</style><style>'),
];

/** Channel labels (cut to 60): the first config uses these; the others rotate the corpus through them. */
function labels(v) {
  const fixed = [pick('<svg onload'), pick('WWWW'), pick('support\u202e'), pick('﷽﷽'), pick('Ṱ̺̺̕o')];
  if (v === 0) return fixed;
  return fixed.map((_, k) => CORPUS[(v * 5 + k * 37) % CORPUS.length]);
}

function contentConfig(origin, v) {
  const [email, chat, phone, community, ticket] = labels(v).map((s) => fit(s, 60));
  const faq = CORPUS.map((s, i) => ({
    id: `e${i}`,
    topic: TOPICS[i % TOPICS.length],
    question: { 'en-US': `${Array.from(s).slice(0, 280).join('')} #${i}` },
    // The string itself, so that Markdown sees it from the start of a line.
    answer: { 'en-US': blank(s) ? `(${JSON.stringify(s)})` : s },
    ...(blank(s) ? {} : { keywords: { 'en-US': [fit(s, 80)] } }),
    needs_person: i % 7 === 0,
  }));
  faq.push({
    id: 'many-words',
    topic: 'fees',
    question: { 'en-US': MANY_WORDS },
    answer: { 'en-US': 'They are listed on the fees page.' },
  });
  faq.push({
    id: 'long',
    topic: 'other',
    question: { 'en-US': `Long answer ${fit(pick('WWWW'), 200)}` },
    answer: { 'en-US': Array.from(HUNDRED_KB).slice(0, 20000).join('') },
  });
  return {
    platform: {
      name: fit(NAMES[v % NAMES.length], 80),
      official_origins: [origin],
      help_centre_url: 'https://help.example.com/',
      account_freeze_url: 'https://help.example.com/freeze',
    },
    channels: [
      { id: 'email', kind: 'email', email: 'support@example.com', hours: 'always', attachments: true, label: { 'en-US': email } },
      { id: 'chat', kind: 'live_chat', url: 'https://chat.example.com/start', hours: 'always', label: { 'en-US': chat }, summary_params: { subject: 's', body: 'b' } },
      { id: 'phone', kind: 'phone', phone: '+442079460123', hours: 'always', label: { 'en-US': phone } },
      { id: 'forum', kind: 'community', url: 'https://community.example.com/', hours: 'always', label: { 'en-US': community } },
      { id: 'ticket', kind: 'ticket', url: 'https://help.example.com/ticket', hours: 'always', label: { 'en-US': ticket } },
    ],
    faq,
    checklists: {
      other: [{ field: 'account_id' }, { field: 'transaction_id', formats: ['evm_tx_hash', 'hex64'] }, { field: 'amount' }, { field: 'time' }, { field: 'error_text' }],
      security: [{ field: 'account_id', formats: ['email', 'digits'] }],
    },
    never_share: [{ 'en-US': fit(pick('<img src="x"'), 120) }, { 'en-US': fit(pick('Ṱ̺̺̕o'), 120) }],
    theme: { launcher_label: { 'en-US': fit(v === 0 ? pick('﷽﷽') : NAMES[v % NAMES.length], 40) } },
  };
}

let browser, site;

before(async () => {
  browser = await launch();
  site = await serveDist({
    // /content.html?v=N&csp=0 embeds /content.json?v=N; the strict CSP unless csp=0.
    '/content.html': (req, res) => {
      const q = new URL(req.url, 'http://x').searchParams;
      const headers = { 'content-type': 'text/html; charset=utf-8' };
      if (q.get('csp') !== '0') headers['content-security-policy'] = STRICT_CSP;
      res.writeHead(200, headers);
      res.end(hostPage({ attrs: `data-config-url="/content.json?v=${Number(q.get('v')) || 0}"` }));
    },
    '/content.json': (req, res) => {
      const v = Number(new URL(req.url, 'http://x').searchParams.get('v')) || 0;
      res.writeHead(200, { 'content-type': 'application/json', 'cache-control': 'no-cache' });
      res.end(JSON.stringify(contentConfig(`http://127.0.0.1:${req.socket.localPort}`, v)));
    },
  });
});

after(async () => {
  await browser?.close();
  await site?.close();
});

// ------------------------------------------------------------------ what is watched and checked

/**
 * Installed before the page loads: records writes to window.pwned, dialogs
 * and CSP violations, and offers the in-page checks as window.__hostile.
 */
function watch() {
  const seen = { pwned: [], dialogs: [], csp: [] };
  let pwned;
  Object.defineProperty(window, 'pwned', {
    get: () => pwned,
    set: (v) => {
      pwned = v;
      seen.pwned.push(String(v));
    },
  });
  for (const name of ['alert', 'confirm', 'prompt', 'print']) {
    window[name] = (...args) => seen.dialogs.push(`${name}(${args.map(String).join(', ')})`);
  }
  document.addEventListener('securitypolicyviolation', (e) => seen.csp.push(`${e.violatedDirective} blocked ${e.blockedURI} ${e.sample}`), true);

  const root = () => document.querySelector('signpost-widget')?.shadowRoot;
  const HTML = 'http://www.w3.org/1999/xhtml';
  const FORBIDDEN = 'script, iframe, frame, object, embed, svg, math, style, img, picture, video, audio, source, base, meta, template, link';
  const URL_ATTRIBUTES = ['src', 'srcdoc', 'srcset', 'action', 'formaction', 'xlink:href', 'background', 'poster', 'data', 'ping'];

  /** Markup, scripts and links: what must never come from content. */
  function audit() {
    const r = root();
    const problems = [];
    if (!r) return ['no shadow root'];
    for (const el of r.querySelectorAll(FORBIDDEN)) {
      const ownSheet = el.localName === 'link' && el.rel === 'stylesheet' && new URL(el.href).pathname === '/signpost.css';
      if (!ownSheet) problems.push(`element ${el.outerHTML.slice(0, 100)}`);
    }
    for (const el of r.querySelectorAll('*')) {
      if (el.namespaceURI !== HTML) problems.push(`element in ${el.namespaceURI}: ${el.localName}`);
      for (const a of el.attributes) {
        if (/^on/i.test(a.name)) problems.push(`<${el.localName} ${a.name}="${a.value.slice(0, 60)}">`);
        if (URL_ATTRIBUTES.includes(a.name.toLowerCase())) problems.push(`<${el.localName} ${a.name}="${a.value.slice(0, 60)}">`);
      }
    }
    for (const el of r.querySelectorAll('[href]')) {
      if (el.localName === 'link') continue;
      const href = el.getAttribute('href');
      if (el.localName !== 'a' || !/^(https:|mailto:|tel:)/i.test(href)) problems.push(`<${el.localName} href="${href.slice(0, 100)}">`);
    }
    // Nothing leaks into the host page either.
    for (const el of document.querySelectorAll('iframe, object, embed, img, svg, style, body > script:not([src$="/signpost.js"])')) {
      problems.push(`host page gained ${el.outerHTML.slice(0, 100)}`);
    }
    return problems;
  }

  /** The innermost elements that stick out of `box` on the right or left, for the message. */
  function culprits(box) {
    const b = box.getBoundingClientRect();
    const out = [...box.querySelectorAll('*')].filter((el) => {
      const e = el.getBoundingClientRect();
      return e.width && (e.right > b.right + 1 || e.left < b.left - 1) && ![...el.children].some((c) => c.getBoundingClientRect().right > b.right + 1);
    });
    return out.slice(0, 3).map((el) => `; <${el.localName} class="${el.className}"> in #${el.closest("[id]")?.id} ${el.getBoundingClientRect().width.toFixed(0)} px wide: ${JSON.stringify(el.textContent.slice(0, 50))}`).join('');
  }

  /** The panel in the viewport, and nothing in it wider than its box. */
  function layout() {
    const r = root();
    const problems = [];
    const vw = document.documentElement.clientWidth;
    const vh = document.documentElement.clientHeight;
    const inside = (what, b) => {
      if (b.left < -0.5 || b.top < -0.5 || b.right > vw + 0.5 || b.bottom > vh + 0.5) {
        problems.push(`${what} at x ${b.left.toFixed(1)}..${b.right.toFixed(1)}, y ${b.top.toFixed(1)}..${b.bottom.toFixed(1)} outside the ${vw}×${vh} viewport`);
      }
    };
    const panel = r.querySelector('.sp-panel');
    if (panel && !panel.hidden) {
      inside('the panel', panel.getBoundingClientRect());
      for (const sel of ['.sp-header', '.sp-title', '.sp-body', '.sp-footer']) {
        const el = r.querySelector(sel);
        if (el && el.scrollWidth > el.clientWidth + 1) problems.push(`${sel} overflows sideways: scrollWidth ${el.scrollWidth} > clientWidth ${el.clientWidth}${culprits(el)}`);
      }
    }
    const launcher = r.querySelector('.sp-launcher');
    if (launcher && launcher.getClientRects().length) inside('the launcher', launcher.getBoundingClientRect());
    return problems;
  }

  const settle = () => new Promise((ok) => requestAnimationFrame(() => setTimeout(ok)));

  /** Opens every FAQ entry in turn (after "Show more" until all are listed), checking after each. */
  async function everyEntry() {
    const r = root();
    for (let n = 0; n < 100 && r.querySelector('.sp-more'); n++) {
      r.querySelector('.sp-more').click();
      await settle();
    }
    const problems = [];
    const buttons = [...r.querySelectorAll('.sp-question')];
    for (const b of buttons) {
      b.click();
      await settle();
      const region = r.getElementById(b.getAttribute('aria-controls'));
      if (b.getAttribute('aria-expanded') !== 'true' || !region || region.hidden) problems.push(`${b.id} did not open`);
      else if (!region.textContent.trim()) problems.push(`${b.id}: the answer is empty`);
      for (const p of [...audit(), ...layout()]) problems.push(`${b.id}: ${p}`);
    }
    return { opened: buttons.length, problems };
  }

  Object.defineProperty(window, '__hostile', { value: { seen, audit, layout, everyEntry } });
}

/** Opens the content page with the watcher installed, and the panel once the FAQ index is ready. */
async function openContent({ v = 0, viewport, csp = true }) {
  const context = await browser.newContext({ viewport });
  const page = await context.newPage();
  const log = { pageErrors: [], cspConsole: [], dialogs: [] };
  page.on('pageerror', (e) => log.pageErrors.push(String(e)));
  page.on('console', (m) => /Content Security Policy|Refused to/i.test(m.text()) && log.cspConsole.push(m.text()));
  page.on('dialog', (d) => {
    log.dialogs.push(`${d.type()}: ${d.message()}`);
    d.dismiss().catch(() => {});
  });
  await page.addInitScript(watch);
  await page.goto(`${site.url}content.html?v=${v}${csp ? '' : '&csp=0'}`);
  const launcher = await widgetReady(page);
  await launcher.click();
  await page.getByRole('dialog').waitFor({ state: 'visible' });
  await page.locator('signpost-widget .sp-question').first().waitFor();
  await settled(page);
  return { page, context, log };
}

/** After the panel's entrance animation and a frame. */
async function settled(page) {
  await page.evaluate(async () => {
    const panel = document.querySelector('signpost-widget').shadowRoot.querySelector('.sp-panel');
    await Promise.all(panel.getAnimations().map((a) => a.finished));
    await new Promise((ok) => requestAnimationFrame(() => setTimeout(ok)));
  });
}

/** Every check, labelled with the step, into `problems`. */
async function checkpoint(page, step, problems) {
  await settled(page);
  const found = await page.evaluate(() => [...window.__hostile.audit(), ...window.__hostile.layout()]);
  for (const p of found) problems.push(`${step}: ${p}`);
}

/** What must hold at the end of every test. */
async function finalChecks(page, log, problems) {
  const seen = await page.evaluate(() => ({ ...window.__hostile.seen, pwned: window.pwned, writes: window.__hostile.seen.pwned }));
  assert.equal(seen.pwned, undefined, 'window.pwned was set');
  assert.deepEqual(seen.writes, [], 'something wrote window.pwned');
  assert.deepEqual(seen.dialogs, [], 'alert, confirm, prompt or print was called');
  assert.deepEqual(log.dialogs, [], 'a dialog opened');
  assert.deepEqual(seen.csp, [], 'the CSP was violated');
  assert.deepEqual(log.cspConsole, [], 'the console reported a CSP violation');
  assert.deepEqual(log.pageErrors, [], 'the page threw');
  assert.deepEqual(problems, [], `${problems.length} problem(s):\n${problems.join('\n')}`);
}

const shadow = (page, selector) => page.locator(`signpost-widget ${selector}`);

// ------------------------------------------------------------------ the tests

// The 100 KB query highlights many words of one question; the question must
// still wrap inside the panel (see the "many highlighted words" test).
const QUERIES = [
  pick('<script>window.pwned=1</script>'),
  pick('[x](javascript:'),
  pick('\u202etxt.exe'),
  pick('Ṱ̺̺̕o'),
  pick('田中さん'),
  pick('{ $x }'),
  pick('%s%n{0}'),
  pick('" onmouseover='),
  pick('👨‍👩‍👧‍👦'),
  HUNDRED_KB,
];

const DESCRIPTIONS = [
  pick('<img src=x onerror'),
  pick('</textarea><script>'),
  pick('line\nbreak'),
  pick('\u2069\u202e escapes'),
  pick('WWWW'),
  pick('mailto:x@example.com%0D%0ABcc'),
  HUNDRED_KB,
];

for (const [viewport, csp] of [
  [{ width: 1280, height: 800 }, true],
  [{ width: 375, height: 740 }, true],
  [{ width: 1280, height: 800 }, false],
]) {
  const name = `${viewport.width}×${viewport.height}${csp ? '' : ', no CSP'}`;

  test(`hostile FAQ, names and labels at ${name}: searched, every entry opened, advisor and hand-off; nothing runs, no markup, only allowed links, nothing overflows`, async () => {
    const { page, context, log } = await openContent({ viewport, csp });
    const problems = [];
    await checkpoint(page, 'panel open', problems);

    // Searching with hostile queries, opening the best result.
    const box = shadow(page, '#sp-q');
    for (const q of QUERIES) {
      await box.fill(q);
      await settled(page);
      const first = shadow(page, '.sp-question').first();
      if (await first.count()) await first.click();
      await checkpoint(page, `search ${show(q)}`, problems);
      assert.equal((await box.inputValue()).length, q.length, `the query ${show(q)} is kept as typed`);
    }
    await box.fill(pick('<img src=x onerror'));
    await box.fill('');
    await settled(page);

    // Every entry, opened in turn.
    const { opened, problems: entryProblems } = await page.evaluate(() => window.__hostile.everyEntry());
    assert.equal(opened, CORPUS.length + 2, 'every entry is listed and opened: the corpus, many-words and long');
    problems.push(...entryProblems);

    // The advisor, with the never-share warning (security, right now) and the ranking.
    await shadow(page, '.sp-contact .sp-button').click();
    await shadow(page, '.sp-advisor').waitFor();
    await checkpoint(page, 'advisor', problems);
    await page.evaluate(() => window.Signpost('openAdvisor', { topic: 'security', urgency: 'right_now' }));
    await shadow(page, '.sp-warning').first().waitFor();
    await checkpoint(page, 'advisor, security right now', problems);
    await page.evaluate(() => window.Signpost('openAdvisor', { topic: 'other', urgency: 'today' }));
    await checkpoint(page, 'advisor, other today', problems);
    const names = await shadow(page, '.sp-channel-name').allTextContents();
    assert.equal(names.length, 5, `every channel is listed: ${names.map(show).join(', ')}`);

    // The hand-off to the e-mail channel, whose label is the first of labels(0).
    const emailLabel = fit(labels(0)[0], 60);
    const chosen = await page.evaluate((label) => {
      const r = document.querySelector('signpost-widget').shadowRoot;
      const channel = [...r.querySelectorAll('.sp-channel')].find((c) => c.querySelector('.sp-channel-name').textContent === label.trim());
      channel?.querySelector('button.sp-button')?.click();
      return !!channel;
    }, emailLabel);
    assert.ok(chosen, `the e-mail channel ${show(emailLabel)} is listed`);
    await shadow(page, '.sp-handoff').waitFor();
    await checkpoint(page, 'hand-off', problems);

    // Typing hostile text: the checklist fields and the description.
    const fields = shadow(page, '.sp-handoff input.sp-input[type=text]');
    const count = await fields.count();
    assert.ok(count >= 4, `${count} checklist fields`);
    for (let k = 0; k < count; k++) await fields.nth(k).fill(CORPUS[(k * 41) % CORPUS.length]);
    const description = page.getByRole('textbox', { name: 'Describe the problem' });
    await description.pressSequentially(pick('<svg onload'), { delay: 5 });
    await checkpoint(page, 'description typed', problems);
    for (const d of DESCRIPTIONS) {
      await description.fill(d);
      await settled(page);
      // Kept as typed, up to the box's maxlength (in UTF-16 code units).
      const max = Number(await description.getAttribute('maxlength'));
      assert.equal((await description.inputValue()).length, Math.min(d.replace(/\r\n?/g, '\n').length, max), `the description ${show(d)} is kept`);
      const href = await shadow(page, '.sp-handoff a.sp-button').first().getAttribute('href');
      if (!href.startsWith('mailto:support@example.com?')) problems.push(`description ${show(d)}: link ${href.slice(0, 80)}`);
      if (/[^A-Za-z0-9\-._~%@?=&:]/.test(href)) problems.push(`description ${show(d)}: raw character in ${href.slice(0, 80)}…`);
      if (href.length > 1900) problems.push(`description ${show(d)}: mailto link of ${href.length} bytes`);
      const subject = decodeURIComponent(/[?&]subject=([^&]*)/.exec(href)?.[1] ?? '');
      if (/[\r\n]/.test(subject)) problems.push(`description ${show(d)}: line break in the subject ${JSON.stringify(subject)}`);
      await checkpoint(page, `description ${show(d)}`, problems);
    }
    await finalChecks(page, log, problems);
    await context.close();
  });
}

test('hostile platform names: title, intro, contact hint and never-share warning stay text and in the box, on a phone and a desktop', async () => {
  const problems = [];
  for (let v = 0; v < NAMES.length; v++) {
    for (const viewport of [{ width: 375, height: 740 }, { width: 1280, height: 800 }]) {
      const { page, context, log } = await openContent({ v, viewport });
      const step = `name ${show(NAMES[v])} at ${viewport.width}`;
      const title = await shadow(page, '#sp-title').textContent();
      if (!title.replace(/[\u2068\u2069]/g, '').includes(fit(NAMES[v], 80).trim().replace(/[\u2068\u2069]/g, ''))) problems.push(`${step}: title ${show(title)}`);
      await checkpoint(page, step, problems);
      await page.evaluate(() => window.Signpost('openAdvisor', { topic: 'security', urgency: 'right_now' }));
      await shadow(page, '.sp-warning').first().waitFor();
      await checkpoint(page, `${step}, advisor`, problems);
      // Closed: the launcher with its hostile label stays on screen.
      await page.evaluate(() => window.Signpost('close'));
      await checkpoint(page, `${step}, closed`, problems);
      const seen = await page.evaluate(() => window.__hostile.seen);
      if (seen.pwned.length || seen.dialogs.length || seen.csp.length) problems.push(`${step}: ${JSON.stringify(seen)}`);
      if (log.pageErrors.length || log.cspConsole.length || log.dialogs.length) problems.push(`${step}: ${JSON.stringify(log)}`);
      await context.close();
    }
  }
  assert.deepEqual(problems, [], `${problems.length} problem(s):\n${problems.join('\n')}`);
});

// Found by this corpus: the question's text and its <mark> highlights were
// flex items of the question button, so the row could not wrap between them
// and a question with many highlights was drawn one letter per line, wider
// than the panel. They now sit in one inline box.
test('a question with many highlighted words wraps as text and stays inside the panel', async () => {
  const problems = [];
  for (const viewport of [{ width: 1280, height: 800 }, { width: 375, height: 740 }]) {
    const { page, context, log } = await openContent({ viewport });
    await shadow(page, '#sp-q').fill('fees deposits withdrawals euros dollars pounds yen francs pesos rupees rubles lira dong');
    await page.waitForFunction(() => document.querySelector('signpost-widget').shadowRoot.querySelectorAll('#sp-faq-q-many-words mark').length === 13);
    const step = `many highlighted words at ${viewport.width}`;
    await checkpoint(page, step, problems);
    const height = await shadow(page, '#sp-faq-q-many-words').evaluate((b) => b.getBoundingClientRect().height);
    if (height > 120) problems.push(`${step}: the question is ${height.toFixed(0)} px high (a letter or word per line)`);
    await finalChecks(page, log, []);
    await context.close();
  }
  assert.deepEqual(problems, [], `${problems.length} problem(s):\n${problems.join('\n')}`);
});
