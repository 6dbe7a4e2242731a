// examples/nginx.conf, run in Debian's nginx over dist/: the type, cache
// and security headers of every file, then the widget in Chromium under
// those headers.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { readdir } from 'node:fs/promises';
import { extname, join, relative } from 'node:path';
import { chromium } from 'playwright-core';
import { serveNginx } from './nginx.mjs';
import { CHROMIUM_ARGS } from './harness.mjs';
import { runCheck, PATTERN } from './person.mjs';

const dist = new URL('../../dist/', import.meta.url).pathname;

export const CSP =
  "default-src 'self'; script-src 'self' 'wasm-unsafe-eval'; style-src 'self'; img-src 'self' data:; " +
  "connect-src 'self'; object-src 'none'; base-uri 'self'; form-action 'none'; frame-ancestors *";

// Names that carry the content's hash: Trunk's rls-check-<hash>.js and
// rls-check-<hash>_bg.wasm, the build hook's early-<hash>.js,
// rls-check-<hash>.css and embed-<hash>.js. Trunk writes its hash without
// leading zeros, so its names hold 16 hex digits or, now and then, fewer.
const HASHED = /^[a-z][a-z0-9-]*-[0-9a-f]{8,16}(_bg)?\.(css|js|wasm)$/;
// Names that stay the same from release to release. A file in neither list
// fails the test, so that a new file gets a decision.
const FIXED = new Set([
  'index.html',
  'rls-check.html',
  'embed.js',
  'rls-check-element.js',
  'sw.js',
  'manifest.webmanifest',
  'icon.svg',
  'icon-192.png',
  'icon-512.png',
  'icon-maskable-512.png',
  // The pinned embed script's name and integrity value, for host pages.
  'embed-integrity.json',
  // The FHIR Questionnaire for clinics; its version is inside it.
  'fhir/Questionnaire-rls-check.json',
]);
const IMMUTABLE = 'public, max-age=31536000, immutable';
const REVALIDATE = 'no-cache';

const TYPES = {
  '.html': /^text\/html(;|$)/,
  '.js': /^(text|application)\/javascript(;|$)/,
  '.css': /^text\/css(;|$)/,
  '.wasm': /^application\/wasm$/,
  '.webmanifest': /^application\/manifest\+json(;|$)/,
  '.svg': /^image\/svg\+xml$/,
  '.png': /^image\/png$/,
  '.json': /^application\/json(;|$)/,
};

// Off unless listed here with its allowlist.
const ALLOWED_FEATURES = { 'clipboard-write': '(self)', 'web-share': '(self)' };
const DENIED_FEATURES = ['camera', 'microphone', 'geolocation', 'payment', 'usb', 'browsing-topics'];

let server, files, responses;

before(async () => {
  server = await serveNginx(dist);
  // Every file, in folders too (fhir/), by its path under dist/.
  files = (await readdir(dist, { recursive: true, withFileTypes: true }))
    .filter((e) => e.isFile())
    .map((e) => relative(dist, join(e.parentPath, e.name)))
    .sort();
  responses = new Map();
  // '' is the folder itself, answered with index.html.
  for (const name of ['', ...files]) {
    const response = await fetch(server.url + name);
    await response.arrayBuffer();
    responses.set(name, response);
  }
});

after(() => server?.close());

const label = (name) => name || '(the folder)';

/** "a b; c d" → { a: 'b', c: 'd' }, failing on a directive given twice. */
function directives(csp) {
  const map = {};
  for (const part of csp.split(';').map((p) => p.trim()).filter(Boolean)) {
    const [name, ...values] = part.split(/\s+/);
    assert.equal(map[name], undefined, `${name} is given twice in ${csp}`);
    map[name] = values.join(' ');
  }
  return map;
}

/** "a=(), b=(self)" → { a: '()', b: '(self)' }. */
function features(policy) {
  const map = {};
  for (const part of policy.split(',').map((p) => p.trim()).filter(Boolean)) {
    const [, name, allow] = part.match(/^([a-z-]+)=(.*)$/) ?? assert.fail(`cannot read "${part}" in ${policy}`);
    assert.equal(map[name], undefined, `${name} is given twice in ${policy}`);
    map[name] = allow;
  }
  return map;
}

test('every file in dist/ is served, with a type its extension allows', () => {
  for (const [name, response] of responses) {
    assert.equal(response.status, 200, `${label(name)}: HTTP ${response.status}`);
    const type = response.headers.get('content-type');
    const want = TYPES[extname(name || 'index.html')];
    assert.ok(want, `${name}: no expected type for ${extname(name)}; add one to TYPES`);
    assert.match(type ?? '', want, `${label(name)} is served as ${type}`);
  }
});

test('hashed files are kept for a year, fixed names are asked again each time', () => {
  const unclassified = files.filter((f) => !HASHED.test(f) && !FIXED.has(f));
  assert.deepEqual(unclassified, [], 'files with neither a hashed nor a known fixed name: add them to HASHED or FIXED (and to examples/nginx.conf)');
  const hashed = files.filter((f) => HASHED.test(f));
  assert.ok(hashed.some((f) => f.endsWith('_bg.wasm')) && hashed.some((f) => /^early-/.test(f)), hashed.join(', '));
  for (const [name, response] of responses) {
    const want = HASHED.test(name) ? IMMUTABLE : REVALIDATE;
    assert.equal(response.headers.get('cache-control'), want, `Cache-Control of ${label(name)}`);
  }
});

test('every file but the PNG icons goes out gzip-compressed to a browser that accepts it', async () => {
  for (const name of ['', ...files]) {
    const response = await fetch(server.url + name, { headers: { 'accept-encoding': 'gzip' } });
    await response.arrayBuffer();
    const compressed = response.headers.get('content-encoding') === 'gzip';
    assert.equal(compressed, !name.endsWith('.png'), `${label(name)}: content-encoding ${response.headers.get('content-encoding')}`);
    if (compressed) assert.match(response.headers.get('vary') ?? '', /Accept-Encoding/i, `${label(name)}: no Vary`);
  }
});

test('a missing hashed file is a 404 that is not kept', async () => {
  const response = await fetch(`${server.url}rls-check-0123456789abcdef_bg.wasm`);
  assert.equal(response.status, 404);
  assert.doesNotMatch(response.headers.get('cache-control') ?? '', /immutable|max-age/);
});

test('every file, and a 404, has the security headers', async () => {
  const missing = await fetch(`${server.url}no-such-file.js`);
  assert.equal(missing.status, 404);
  for (const [name, response] of [...responses, ['(a 404)', missing]]) {
    const h = response.headers;
    const csp = h.get('content-security-policy');
    assert.ok(csp, `${label(name)} has no Content-Security-Policy`);
    assert.deepEqual(directives(csp), directives(CSP), `Content-Security-Policy of ${label(name)}`);
    assert.equal(h.get('referrer-policy'), 'no-referrer', `Referrer-Policy of ${label(name)}`);
    assert.equal(h.get('x-content-type-options'), 'nosniff', `X-Content-Type-Options of ${label(name)}`);
    const policy = h.get('permissions-policy');
    assert.ok(policy, `${label(name)} has no Permissions-Policy`);
    const granted = features(policy);
    for (const [feature, allow] of Object.entries(ALLOWED_FEATURES)) {
      assert.equal(granted[feature], allow, `${feature} in the Permissions-Policy of ${label(name)}`);
    }
    for (const feature of DENIED_FEATURES) {
      assert.equal(granted[feature], '()', `${feature} in the Permissions-Policy of ${label(name)}`);
    }
    for (const [feature, allow] of Object.entries(granted)) {
      if (!(feature in ALLOWED_FEATURES)) assert.equal(allow, '()', `${feature} is allowed for ${label(name)}`);
    }
    assert.equal(h.get('access-control-allow-origin'), '*', `Access-Control-Allow-Origin of ${label(name)}`);
  }
});

test('a site\'s own regex locations do not take the widget\'s files', async () => {
  // A rule many sites have, which would otherwise win over a prefix location.
  const site = await serveNginx(dist, { extraConf: 'location ~* \\.(css|js|wasm|html)$ { root /nonexistent; }' });
  try {
    for (const name of ['', 'rls-check-element.js', ...files.filter((f) => HASHED.test(f))]) {
      const response = await fetch(site.url + name);
      assert.equal(response.status, 200, `${label(name)}: HTTP ${response.status}`);
      assert.equal(response.headers.get('content-security-policy'), CSP, label(name));
    }
  } finally {
    await site.close();
  }
});

test('the inline element\'s files can be loaded from another origin', () => {
  // The module, the wasm-bindgen module it imports, the wasm and the stylesheet.
  const needed = [
    'rls-check-element.js',
    ...files.filter((f) => /^rls-check-[0-9a-f]{8,16}(\.js|_bg\.wasm|\.css)$/.test(f)),
  ];
  assert.equal(needed.length, 4, needed.join(', '));
  for (const name of needed) {
    assert.equal(responses.get(name).headers.get('access-control-allow-origin'), '*', name);
  }
});

test('in Chromium the widget runs a full check under these headers, with no violation', async () => {
  const browser = await chromium.launch({ executablePath: process.env.CHROMIUM ?? '/usr/bin/chromium', args: CHROMIUM_ARGS });
  try {
    const context = await browser.newContext({ permissions: ['clipboard-read', 'clipboard-write'] });
    const page = await context.newPage();
    const problems = [];
    const unrecognized = [];
    page.on('console', (m) => {
      const unknown = m.text().match(/^Error with Permissions-Policy header: Unrecognized feature: '([a-z-]+)'\.$/);
      if (unknown) unrecognized.push(unknown[1]);
      else if (m.type() === 'error' || /Permissions-Policy|Content.Security.Policy|Refused/i.test(m.text())) {
        problems.push(`console ${m.type()}: ${m.text()}`);
      }
    });
    page.on('pageerror', (e) => problems.push(`uncaught: ${e.message}`));
    page.on('response', (r) => r.status() >= 400 && problems.push(`HTTP ${r.status()} for ${r.url()}`));
    page.on('requestfailed', (r) => problems.push(`failed: ${r.url()} ${r.failure()?.errorText}`));
    await page.addInitScript(() => {
      window.__violations = [];
      document.addEventListener('securitypolicyviolation', (e) => window.__violations.push(`${e.violatedDirective} ${e.blockedURI}`));
    });
    const response = await page.goto(server.url);
    assert.equal(response.headers()['content-security-policy'], CSP);
    await page.getByRole('heading', { level: 1, name: 'Check your restless legs symptoms' }).waitFor({ timeout: 15000 });

    // The browser read the Permissions-Policy as meant. Chromium on Linux
    // has no Web Share, so it does not know "web-share" and says so once;
    // any other feature it does not know is a mistake in the header.
    const { known, allowed, share } = await page.evaluate((names) => ({
      known: document.featurePolicy.features(),
      allowed: Object.fromEntries(names.map((n) => [n, document.featurePolicy.allowsFeature(n)])),
      share: 'share' in navigator,
    }), [...Object.keys(ALLOWED_FEATURES), ...DENIED_FEATURES]);
    assert.deepEqual(unrecognized, share ? [] : ['web-share'], 'features the browser does not know');
    for (const feature of Object.keys(ALLOWED_FEATURES)) {
      if (known.includes(feature)) assert.equal(allowed[feature], true, `${feature} is off in the page`);
    }
    assert.ok(known.includes('clipboard-write'), 'Chromium knows clipboard-write');
    for (const feature of DENIED_FEATURES) assert.equal(allowed[feature], false, `${feature} is on in the page`);

    // The service worker (sw.js, under nosniff) installs and takes over.
    await page.waitForFunction(() => navigator.serviceWorker.controller !== null, null, { timeout: 15000 });

    // Every question is a form: form-action 'none' leaves the handled ones alone.
    await runCheck(page, PATTERN);
    await page.getByRole('button', { name: 'Copy link' }).click();
    await page.getByRole('status').filter({ hasText: 'Link copied' }).waitFor();
    assert.deepEqual(await page.evaluate(() => window.__violations), []);
    assert.deepEqual(problems, [], problems.join('\n'));
    await context.close();
  } finally {
    await browser.close();
  }
});
