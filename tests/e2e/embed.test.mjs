// Embedding on a host site: the one-tag iframe across origins, the inline
// element on a page with aggressive styles, strict CSP, hostile settings.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { chromium } from 'playwright-core';
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import AxeBuilder from '@axe-core/playwright';
import { serve } from './server.mjs';
import { serveNginx } from './nginx.mjs';
import { CHROMIUM_ARGS, AXE_TAGS, openShadowRoots } from './harness.mjs';
import { runCheck, readResults, nextHeading, PATTERN } from './person.mjs';

const repo = new URL('../../', import.meta.url).pathname;
const dist = new URL('../../dist/', import.meta.url).pathname;

// The policy examples/nginx.conf sends, which these tests are served under.
export const STRICT_CSP =
  "default-src 'self'; script-src 'self' 'wasm-unsafe-eval'; style-src 'self'; img-src 'self' data:; " +
  "connect-src 'self'; object-src 'none'; base-uri 'self'; form-action 'none'; frame-ancestors *";

let browser, widget, host, evil, strict;

before(async () => {
  // The widget as a site would serve it: nginx with examples/nginx.conf.
  widget = await serveNginx(dist);
  strict = widget;
  const toWidget = (rel, text) => text.replaceAll('../../../dist/', widget.url).replaceAll('../dist/', widget.url);
  host = await serve(repo, { basePath: '/', host: 'localhost', rewrite: toWidget });
  evil = await serve(new URL('./fixtures/', import.meta.url).pathname, { basePath: '/' });
  browser = await chromium.launch({ executablePath: process.env.CHROMIUM ?? '/usr/bin/chromium', args: CHROMIUM_ARGS });
});

after(async () => {
  await browser?.close();
  await Promise.all([widget, host, evil].map((s) => s?.close()));
});

/** Opens a URL, collecting console messages and page errors. */
async function visit(url, options = {}) {
  const context = await browser.newContext({ viewport: { width: 1000, height: 900 }, ...options });
  await context.addInitScript(openShadowRoots);
  const page = await context.newPage();
  const errors = [];
  const warnings = [];
  page.on('console', (m) => {
    if (m.type() === 'error') errors.push(m.text());
    if (m.type() === 'warning') warnings.push(m.text());
  });
  page.on('pageerror', (e) => errors.push(e.message));
  await page.goto(url);
  return { page, context, errors, warnings };
}

const HOST_PAGE = () => `${host.url}examples/host.html`;
const FIT_PAGE = () => `${host.url}tests/e2e/fixtures/fit-host.html`;
const frameOf = (page) => page.frameLocator('iframe[title="Restless legs check"]');

/** The iframe's height and its content's, and whether it scrolls inside. */
async function fit(page) {
  const iframe = page.locator('iframe[title="Restless legs check"]');
  const outer = (await iframe.boundingBox()).height;
  const frame = await (await iframe.elementHandle()).contentFrame();
  const inner = await frame.evaluate(() => ({
    content: document.querySelector('.rls-app').getBoundingClientRect().height,
    scrolls: document.documentElement.scrollHeight > document.documentElement.clientHeight + 1,
  }));
  return { outer, ...inner };
}

async function settledFit(page) {
  let last;
  for (let i = 0; i < 100; i++) {
    last = await fit(page);
    if (Math.abs(last.outer - last.content) <= 3 && !last.scrolls) return last;
    await page.waitForTimeout(30);
  }
  assert.fail(`the frame is ${last.outer}px for ${last.content}px of content (scrolls: ${last.scrolls})`);
}

test('the host\'s region reaches the iframe and the inline element', async () => {
  const { page, context, errors } = await visit(HOST_PAGE());
  // data-region="uk" on the embed script, data-region="au" on the element.
  await frameOf(page).getByText(/^Do not use this check\. Call 999 /).waitFor();
  await page.locator('rls-check').getByText(/^Do not use this check\. Call 000 /).waitFor();
  assert.deepEqual(errors, []);
  await context.close();
});

test('the iframe embed completes a check across origins and, asked to, fits its content', async () => {
  const { page, context, errors } = await visit(FIT_PAGE());
  const frame = frameOf(page);
  await frame.getByRole('heading', { level: 1, name: 'Check your restless legs symptoms' }).waitFor();
  const startFit = await settledFit(page);
  await runCheck(page, { ...PATTERN, 'Have any of these applied to you in the past year?': ['I have heavy periods'], 'If you have had a ferritin blood test in the past 12 months, what was the result?': { number: 20 } }, { scope: frame });
  const resultsFit = await settledFit(page);
  assert.ok(resultsFit.outer > startFit.outer + 200, `grew from ${startFit.outer} to ${resultsFit.outer}`);
  assert.equal((await readResults(frame)).causes[0], 'Low iron');

  // The share link opens the widget's own page with the results.
  const link = await frame.getByRole('textbox', { name: 'Link to these results' }).inputValue();
  assert.ok(link.startsWith(`${widget.url}index.html#rls=`), link);
  await frame.getByRole('button', { name: 'Start again' }).click();
  await frame.getByRole('heading', { level: 1, name: 'Check your restless legs symptoms' }).waitFor();
  const shrunk = await settledFit(page);
  assert.ok(shrunk.outer < resultsFit.outer - 200, `shrank from ${resultsFit.outer} to ${shrunk.outer}`);
  assert.deepEqual(errors, []);
  await context.close();

  const other = await visit(link);
  await other.page.getByText('These results come from a shared link.').waitFor();
  assert.equal((await readResults(other.page)).causes[0], 'Low iron');
  assert.deepEqual(other.errors, []);
  await other.context.close();
});

test('height messages from another origin are ignored', async () => {
  const { page, context } = await visit(FIT_PAGE());
  await frameOf(page).getByRole('heading', { level: 1 }).waitFor();
  const before = (await settledFit(page)).outer;
  await page.evaluate((src) => {
    const f = document.createElement('iframe');
    f.src = src;
    f.title = 'Another site';
    document.body.append(f);
  }, `${evil.url}evil.html`);
  await page.waitForTimeout(400);
  const after = (await fit(page)).outer;
  assert.equal(after, before, 'a third origin changed the frame height');
  assert.notEqual(after, 123);
  await context.close();
});

test('the inline element completes a check and leaves the host page styles alone', async () => {
  const context = await browser.newContext({ viewport: { width: 1000, height: 900 } });
  await context.addInitScript(openShadowRoots);
  const page = await context.newPage();
  const errors = [];
  page.on('pageerror', (e) => errors.push(e.message));
  page.on('console', (m) => m.type() === 'error' && errors.push(m.text()));
  const snapshot = () => {
    const pick = (sel) => {
      const cs = getComputedStyle(document.querySelector(sel));
      return ['font-family', 'font-size', 'color', 'background-color', 'margin-top', 'text-transform', 'border-radius', 'width', 'letter-spacing']
        .map((p) => `${sel} ${p}: ${cs.getPropertyValue(p)}`);
    };
    return ['body', 'h1', 'h2', 'p', 'button', 'input', 'a'].flatMap(pick);
  };
  // The host's own look, from the same page with the widget left out.
  await page.route(HOST_PAGE(), async (route) => {
    const response = await route.fetch();
    const text = (await response.text())
      .replace(/<script[^>]*rls-check[^>]*><\/script>/g, '')
      .replace(/<script[^>]*embed\.js[^>]*><\/script>/g, '')
      .replace(/<rls-check[^>]*><\/rls-check>/, '');
    await route.fulfill({ response, body: text });
  });
  await page.goto(HOST_PAGE());
  const beforeStyles = await page.evaluate(snapshot);
  assert.equal(await page.locator('rls-check').count(), 0);
  await page.unroute(HOST_PAGE());
  await page.goto(HOST_PAGE());
  const inline = page.locator('rls-check');
  await inline.getByRole('heading', { level: 1, name: 'Check your restless legs symptoms' }).waitFor();
  await frameOf(page).getByRole('heading', { level: 1 }).waitFor();
  const afterStyles = await page.evaluate(snapshot);
  assert.deepEqual(afterStyles, beforeStyles);

  // The host's rules do not reach in: the widget's button keeps its own look.
  const look = await inline.getByRole('button', { name: 'Start now' }).evaluate((b) => {
    const cs = getComputedStyle(b);
    return { radius: cs.borderRadius, transform: cs.textTransform, background: cs.backgroundColor };
  });
  assert.equal(look.radius, '0px');
  assert.notEqual(look.background, 'rgb(138, 28, 124)');

  await runCheck(page, { ...PATTERN, 'Are you pregnant, or have you given birth in the past 6 weeks?': ['Yes, I am pregnant now'], 'How far along is your pregnancy?': ['13 to 27 weeks'] }, { scope: inline });
  const r = await readResults(inline);
  assert.ok(r.causes.includes('Pregnancy or a recent birth'), r.causes.join(', '));
  assert.ok(!page.url().includes('#/'), 'the inline widget leaves the host address alone');
  assert.equal(await page.title(), 'Why are my legs restless at night? – Example Health');
  assert.deepEqual(errors, []);
  await context.close();
});

test('the host page with both embeds has no accessibility violations', async () => {
  const { page, context } = await visit(HOST_PAGE());
  await frameOf(page).getByRole('heading', { level: 1 }).waitFor();
  await page.locator('rls-check').getByRole('heading', { level: 1 }).waitFor();
  const { violations } = await new AxeBuilder({ page }).withTags(AXE_TAGS).analyze();
  assert.deepEqual(violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`), []);
  await context.close();
});

test('hostile settings are refused with one warning and never run', async () => {
  const { page, context, warnings, errors } = await visit(`${host.url}tests/e2e/fixtures/malicious-host.html`);
  const frame = frameOf(page);
  await frame.getByRole('heading', { level: 1 }).waitFor();
  // The widget checks the settings and names every one it refused, once.
  const said = warnings.filter((w) => w.includes('Restless legs check'));
  assert.equal(said.length, 1, warnings.join('\n'));
  for (const name of ['accent', 'scheme', 'share-base']) assert.ok(said[0].includes(name), said[0]);
  const framed = await frame.locator('main').evaluate((m) => m.style.getPropertyValue('--rls-color-accent'));
  assert.equal(framed, '');
  assert.equal(await page.evaluate(() => window.__pwned), undefined);
  assert.deepEqual(errors, []);
  await context.close();

  // The same values sent straight to the widget's address.
  const query = new URLSearchParams({
    embed: '1',
    accent: 'red;}</style><script>window.__pwned=1</script>',
    'share-base': 'javascript:window.__pwned=2',
  });
  const direct = await visit(`${widget.url}index.html?${query}`);
  await direct.page.getByRole('heading', { level: 1 }).waitFor();
  assert.equal(direct.warnings.filter((w) => w.includes('Restless legs check')).length, 1, direct.warnings.join('\n'));
  await runCheck(direct.page, {});
  const link = await direct.page.getByRole('textbox', { name: 'Link to these results' }).inputValue();
  assert.ok(link.startsWith(widget.url), link);
  assert.equal(await direct.page.evaluate(() => window.__pwned), undefined);
  const accent = await direct.page.locator('main').evaluate((m) => m.style.getPropertyValue('--rls-color-accent'));
  assert.equal(accent, '');
  await direct.context.close();
});

test('a language the widget lacks is refused once, by the widget, and the frame stays in English', async () => {
  const context = await browser.newContext({ viewport: { width: 1000, height: 900 } });
  const p = await context.newPage();
  const said = [];
  const errors = [];
  p.on('console', (m) => {
    if (m.type() === 'error') errors.push(m.text());
    if (m.type() === 'warning' && m.text().includes('Restless legs check')) said.push({ text: m.text(), from: m.location().url });
  });
  await p.goto(`${host.url}tests/e2e/fixtures/lang-host.html`);
  const frame = frameOf(p);
  await frame.getByRole('heading', { level: 1, name: 'Check your restless legs symptoms' }).waitFor();
  assert.equal(said.length, 1, JSON.stringify(said));
  assert.match(said[0].text, /lang/);
  // Said by the widget's module in the frame, not by the embed script.
  assert.ok(said[0].from.startsWith(widget.url) && !said[0].from.includes('embed'), said[0].from);
  assert.ok(new URL(await p.locator('iframe').getAttribute('src')).searchParams.has('lang'), 'the value never reached the widget');
  assert.equal(await frame.locator('html').getAttribute('lang'), 'en');
  assert.deepEqual(errors, []);
  await context.close();
});

test('the embed scripts hold no copy of what the widget owns: the build writes it in', async () => {
  const facts = JSON.parse(execFileSync('cargo', ['run', '--quiet', '--locked', '-p', 'screening', '--example', 'host_facts'],
    { cwd: repo, encoding: 'utf8' }));
  const owned = [...Object.values(facts.titles), facts.link, facts.height];
  for (const file of ['embed/embed.js', 'embed/element.js']) {
    const source = readFileSync(`${repo}${file}`, 'utf8');
    assert.ok(source.includes('__FACTS__'), `${file} does not take the facts from the build`);
    for (const fact of owned) {
      const quoted = [`'${fact}`, `"${fact}`, `\`${fact}`];
      assert.ok(!quoted.some((q) => source.includes(q)), `${file} holds its own copy of ${JSON.stringify(fact)}`);
    }
    // A list of setting names in the script is a copy too.
    assert.ok(!/['"]accent['"]/.test(source), `${file} lists the settings itself`);
  }
  for (const file of ['embed.js', 'rls-check-element.js']) {
    const built = readFileSync(`${dist}${file}`, 'utf8');
    assert.ok(!built.includes('__FACTS__'), `dist/${file} was built without the facts`);
    for (const fact of [...facts.settings, ...owned]) {
      if (file === 'rls-check-element.js' && Object.values(facts.titles).includes(fact)) continue;
      // The minifier writes characters outside ASCII as escapes.
      const escaped = JSON.stringify(fact).replace(/[^\x00-\x7f]/g, (c) => `\\x${c.charCodeAt(0).toString(16).toUpperCase().padStart(2, '0')}`);
      assert.ok(built.includes(JSON.stringify(fact)) || built.includes(escaped),
        `dist/${file} lacks ${JSON.stringify(fact)}: build and widget disagree`);
    }
  }
});

test('a good accent colour and scheme reach the widget', async () => {
  const query = new URLSearchParams({ embed: '1', accent: '#005ea5', scheme: 'dark' });
  const { page, context, warnings } = await visit(`${widget.url}index.html?${query}`);
  const start = page.getByRole('button', { name: 'Start now' });
  await start.waitFor();
  assert.equal(await start.evaluate((b) => getComputedStyle(b).backgroundColor), 'rgb(0, 94, 165)');
  // The shadow under the button is a darker accent, not the text colour.
  assert.match(await start.evaluate((b) => getComputedStyle(b).boxShadow), /^rgb\(0, 38, 66\) 0px 2px 0px/);
  assert.equal(await page.locator('main').evaluate((m) => getComputedStyle(m).colorScheme), 'dark');
  assert.deepEqual(warnings.filter((w) => w.includes('Restless legs check')), []);
  await context.close();
});

test('under the strict Content-Security-Policy a full check runs with no violation', async () => {
  const context = await browser.newContext();
  const page = await context.newPage();
  const errors = [];
  page.on('console', (m) => m.type() === 'error' && errors.push(m.text()));
  page.on('pageerror', (e) => errors.push(e.message));
  await page.addInitScript(() => {
    window.__violations = [];
    document.addEventListener('securitypolicyviolation', (e) => window.__violations.push(`${e.violatedDirective} ${e.blockedURI}`));
  });
  const response = await page.goto(strict.url);
  assert.equal(response.headers()['content-security-policy'], STRICT_CSP);
  await runCheck(page, { ...PATTERN, 'Do you take any of these medicines for mood, mental health, sleep, nerve pain or seizures?': ['Mirtazapine'] });
  assert.equal((await readResults(page)).causes[0], 'A medicine you take');
  await page.getByRole('button', { name: 'Copy link' }).click();
  await page.getByRole('status').filter({ hasText: /Link copied|copy it yourself/ }).waitFor();
  assert.deepEqual(await page.evaluate(() => window.__violations), []);
  assert.deepEqual(errors, []);
  await context.close();
});

void nextHeading;
