// The service worker's integrity: installs that fail leave nothing behind,
// every file is checked against the build's hash and fetched past the HTTP
// cache, copies of the widget on one origin keep their own caches; and the
// pinned embed script with Subresource Integrity.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { cp, mkdtemp, readFile, readdir, writeFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium } from 'playwright-core';
import { serve, nextWorker, DROP } from './server.mjs';
import { CHROMIUM_ARGS } from './harness.mjs';

const dist = new URL('../../dist/', import.meta.url).pathname;
const START = 'Start now';
const FIRST_QUESTION = 'Are you 18 or older?';
let browser;
const temporary = [];

before(async () => {
  browser = await chromium.launch({ executablePath: process.env.CHROMIUM ?? '/usr/bin/chromium', args: CHROMIUM_ARGS });
});

after(async () => {
  await browser?.close();
  await Promise.all(temporary.map((dir) => rm(dir, { recursive: true, force: true })));
});

/** A copy of dist/ that a test may change. */
async function copyOfDist() {
  const dir = await mkdtemp(join(tmpdir(), 'rls-sw-'));
  temporary.push(dir);
  await cp(dist, dir, { recursive: true });
  return dir;
}

const distFile = async (pattern) => {
  const name = (await readdir(dist)).find((f) => pattern.test(f));
  assert.ok(name, `dist/ has a file matching ${pattern}`);
  return name;
};

/** Whether the service worker (not a page) made this request: its referrer is the worker's script. */
const fromWorker = (req) => new URL(req.headers.referer ?? 'http://x/').pathname.endsWith('/sw.js');

async function until(check, what, timeout = 15000) {
  const end = Date.now() + timeout;
  while (!(await check())) {
    if (Date.now() > end) throw new Error(`timed out waiting until ${what}`);
    await new Promise((ok) => setTimeout(ok, 50));
  }
}

const controlled = (page) => page.waitForFunction(() => navigator.serviceWorker.controller !== null, null, { timeout: 15000 });

/** Waits for the first install, started by the page itself, to end: 'installed' (or later) or 'failed'. */
async function firstInstall(page) {
  await page.waitForFunction(async () => {
    const r = await navigator.serviceWorker.getRegistration();
    return !r || !r.installing;
  }, null, { timeout: 15000 });
  return page.evaluate(async () => {
    const r = await navigator.serviceWorker.getRegistration();
    return r?.waiting || r?.active ? 'installed' : 'failed';
  });
}

/** Asks for an update and waits for the new worker's install to end: 'installed' or 'redundant'. */
function update(page) {
  return page.evaluate(async () => {
    const r = await navigator.serviceWorker.getRegistration();
    const found = new Promise((ok) => r.addEventListener('updatefound', () => ok(r.installing), { once: true }));
    await r.update().catch(() => {});
    const worker = await Promise.race([found, new Promise((ok) => setTimeout(() => ok(null), 10000))]);
    if (!worker) return 'no update found';
    while (worker.state === 'installing') await new Promise((ok) => worker.addEventListener('statechange', ok, { once: true }));
    return worker.state === 'redundant' ? 'redundant' : 'installed';
  });
}

/** Every cache of the origin and the paths it holds, as seen from a page. */
const cachesOf = (page) =>
  page.evaluate(async () => {
    const out = {};
    for (const name of await caches.keys()) {
      const cache = await caches.open(name);
      out[name] = (await cache.keys()).map((r) => new URL(r.url).pathname).sort();
    }
    return out;
  });

/** The text a cache of the origin holds for a URL, or null. */
const cachedText = (page, cacheName, url) =>
  page.evaluate(async ([name, u]) => {
    const hit = await caches.match(u, { cacheName: name });
    return hit ? hit.text() : null;
  }, [cacheName, url]);

/** Runs the first step of the check: the start page, then the first question. */
/**
 * Waits until the app itself runs (the start page drawn into the HTML shows
 * before it, and the app is what registers the worker).
 */
async function appStarted(page) {
  await page.getByRole('button', { name: START }).waitFor();
  await page.waitForFunction(() => !document.querySelector('[data-rls-boot], [data-rls-fallback]') && document.querySelector('main.rls-app'));
}

async function startCheck(page) {
  await page.getByRole('button', { name: START }).click();
  await page.getByRole('heading', { level: 1, name: FIRST_QUESTION }).waitFor();
}

/** Fails unless every response the page received came from its service worker. */
function allFromWorker(page) {
  const seen = [];
  page.on('requestfinished', (r) => seen.push(r));
  page.on('requestfailed', (r) => seen.push(r));
  return async () => {
    assert.ok(seen.length > 0, 'the page made requests');
    for (const r of seen) {
      const response = await r.response();
      assert.ok(response?.fromServiceWorker(), `${r.url()} did not come from the service worker (${r.failure()?.errorText ?? 'network'})`);
    }
  };
}

test('an install cut short leaves no cache behind, and a later visit installs and works offline', async () => {
  const wasm = await distFile(/\.wasm$/);
  let broken = true;
  let dropped = 0;
  const server = await serve(dist, {
    mutate: (rel, body, req) => {
      if (broken && rel === wasm && fromWorker(req)) {
        dropped += 1;
        return DROP;
      }
    },
  });
  const context = await browser.newContext();
  try {
    // First visit: the page gets the wasm, the worker's copy is cut off half-way.
    const page = await context.newPage();
    await page.goto(server.url);
    await appStarted(page);
    await until(() => dropped > 0, 'the worker asked for the wasm');
    assert.equal(await firstInstall(page), 'failed');
    assert.deepEqual(await cachesOf(page), {}, 'no cache, not even a partial one');
    assert.equal(await page.evaluate(() => navigator.serviceWorker.controller), null);
    // Online, the page works without its worker.
    await startCheck(page);
    await page.close();

    // A later visit with the file whole: the worker installs and the widget works offline.
    broken = false;
    const again = await context.newPage();
    await again.goto(server.url);
    await controlled(again);
    const stored = await cachesOf(again);
    const names = Object.keys(stored);
    assert.equal(names.length, 1, names.join(', '));
    assert.match(names[0], /^rls-check:\/health\/rls-check\/:[0-9a-f]{16}$/);
    const base = new URL(server.url).pathname;
    const { file: pinned } = JSON.parse(await readFile(join(dist, 'embed-integrity.json'), 'utf8'));
    for (const f of ['', 'index.html', wasm]) assert.ok(stored[names[0]].includes(base + f), `${f || './'} is cached`);
    // What only host pages load is not: the worker never controls them.
    for (const f of [pinned, 'embed.js', 'rls-check-element.js']) assert.ok(!stored[names[0]].includes(base + f), `${f} is cached`);

    await context.setOffline(true);
    const offline = await context.newPage();
    const check = allFromWorker(offline);
    await offline.goto(server.url);
    await startCheck(offline);
    await check();
  } finally {
    await context.close();
    await server.close();
  }
});

test('a file that does not match its hash fails the install; the release before keeps serving', async () => {
  const css = await distFile(/^rls-check-.*\.css$/);
  const original = await readFile(join(dist, css), 'utf8');
  const TAMPERED = '.rls-page{background:#f0f}/* tampered */';
  const served = new Map([[css, original + TAMPERED]]);
  let workerAskedForCss = 0;
  const server = await serve(dist, {
    mutate: (rel, body, req) => {
      if (rel === css && fromWorker(req)) workerAskedForCss += 1;
      return served.get(rel);
    },
  });
  const context = await browser.newContext();
  try {
    // The first visit gets a changed stylesheet: the worker refuses the release.
    const page = await context.newPage();
    await page.goto(server.url);
    await appStarted(page);
    await until(() => workerAskedForCss > 0, 'the worker asked for the stylesheet');
    assert.equal(await firstInstall(page), 'failed');
    assert.deepEqual(await cachesOf(page), {}, 'nothing of the release is cached');
    await context.setOffline(true);
    await assert.rejects(page.reload(), /ERR_INTERNET_DISCONNECTED/, 'offline, nothing serves the page');
    await context.setOffline(false);
    await page.close();

    // The true files: release 1 installs.
    served.clear();
    const good = await context.newPage();
    await good.goto(server.url);
    await controlled(good);
    const [release1] = Object.keys(await cachesOf(good));
    await good.close();

    // Release 2 changes the page, and its stylesheet arrives changed.
    const page2 = (await readFile(join(dist, 'index.html'), 'utf8')).replace('</head>', '<meta name="release" content="2"></head>');
    served.set('index.html', page2);
    served.set('sw.js', await nextWorker(dist, { 'index.html': page2 }, 'second-release'));
    served.set(css, original + TAMPERED);
    const visit = await context.newPage();
    await visit.goto(server.url);
    await appStarted(visit);
    assert.equal(await update(visit), 'redundant', 'release 2 does not install');
    assert.deepEqual(Object.keys(await cachesOf(visit)), [release1], 'only release 1 is cached');
    assert.equal(await cachedText(visit, release1, `${server.url}${css}`), original);
    await visit.close();

    // Offline, release 1 serves its own bytes.
    await context.setOffline(true);
    const offline = await context.newPage();
    const check = allFromWorker(offline);
    await offline.goto(server.url);
    await startCheck(offline);
    assert.equal(await offline.evaluate(() => document.querySelector('meta[name=release]')), null, 'release 1 page');
    const sheet = await offline.evaluate(async (url) => (await fetch(url)).text(), `${server.url}${css}`);
    assert.equal(sheet, original, 'the stylesheet of release 1, not the changed one');
    await check();
  } finally {
    await context.close();
    await server.close();
  }
});

test('two copies on one origin keep their own caches; a new release at one leaves the other alone', async () => {
  const [a, b] = [await copyOfDist(), await copyOfDist()];
  const server = await serve(a, { basePath: '/a/rls-check/', mounts: { '/b/rls-check/': b } });
  const urlA = `${server.origin}/a/rls-check/`;
  const urlB = `${server.origin}/b/rls-check/`;
  const context = await browser.newContext();
  try {
    // Caches of the earlier naming (`rls-check-<release>`): one of /a/'s,
    // one of a copy at another path.
    const probe = await context.newPage();
    await probe.goto(`${server.origin}/outside-both`);
    const OLD_ELSEWHERE = 'rls-check-fedcba9876543210';
    await probe.evaluate(async ([a, elsewhere]) => {
      await (await caches.open('rls-check-0123456789abcdef')).put(a, new Response('an old release of /a/'));
      await (await caches.open(elsewhere)).put(new URL('/elsewhere/rls-check/', a).href, new Response('an old release elsewhere'));
    }, [urlA, OLD_ELSEWHERE]);

    for (const url of [urlA, urlB]) {
      const page = await context.newPage();
      await page.goto(url);
      await controlled(page);
      await page.close();
    }
    const names = Object.keys(await cachesOf(probe)).sort();
    assert.deepEqual(names.filter((n) => n.startsWith('rls-check-')), [OLD_ELSEWHERE], "/a/'s cache of the earlier naming goes, the other path's stays");
    const before = names.filter((n) => n.startsWith('rls-check:'));
    assert.equal(before.length, 2, before.join(', '));
    assert.ok(before[0].startsWith('rls-check:/a/rls-check/:'), before[0]);
    assert.ok(before[1].startsWith('rls-check:/b/rls-check/:'), before[1]);

    // Publish release 2 at /b/ only.
    const index = join(b, 'index.html');
    const page2 = (await readFile(index, 'utf8')).replace('</head>', '<meta name="release" content="2"></head>');
    const worker2 = await nextWorker(b, { 'index.html': page2 }, 'second-release');
    await writeFile(index, page2);
    await writeFile(join(b, 'sw.js'), worker2);
    const visitB = await context.newPage();
    await visitB.goto(urlB);
    await appStarted(visitB);
    assert.equal(await update(visitB), 'installed');
    await visitB.close();

    // With no page of /b/'s old release open, release 2 takes over there.
    const after = [OLD_ELSEWHERE, before[0], 'rls-check:/b/rls-check/:second-release'];
    // The old worker at /b/ gives way once its last page is closed, which a
    // busy machine can take a while to notice; where it has not after 20 s,
    // a visit to /b/ and its close give the browser the same cue again.
    // Then what the caches were, if the wait ends.
    const settled = async () => JSON.stringify(Object.keys(await cachesOf(probe)).sort()) === JSON.stringify(after);
    await until(settled, 'the caches settle', 20000).catch(async () => {
      const again = await context.newPage();
      await again.goto(urlB);
      await again.close();
      await until(settled, `the caches are ${after.join(', ')}`, 30000)
        .catch(async (e) => assert.fail(`${e.message}; they are ${Object.keys(await cachesOf(probe)).sort().join(', ')}`));
    });

    // Offline, /a/ still runs from its own cache and /b/ runs release 2.
    await context.setOffline(true);
    for (const [url, release] of [[urlA, null], [urlB, '2']]) {
      const page = await context.newPage();
      const check = allFromWorker(page);
      await page.goto(url);
      await startCheck(page);
      assert.equal(await page.evaluate(() => document.querySelector('meta[name=release]')?.content ?? null), release, url);
      await check();
      await page.close();
    }
    assert.deepEqual(Object.keys(await cachesOf(probe)).sort(), after);
  } finally {
    await context.close();
    await server.close();
  }
});

test('the install fetches past the HTTP cache, so a file changed under the same name is stored new', async () => {
  // Everything but the worker is served as fresh for a year, so the browser
  // keeps it in its HTTP cache from the first visit.
  const served = new Map();
  let workerAskedForPage = 0;
  const server = await serve(dist, {
    headers: (rel) => (rel === 'sw.js' ? {} : { 'cache-control': 'public, max-age=31536000' }),
    mutate: (rel, body, req) => {
      if (rel === 'index.html' && fromWorker(req)) workerAskedForPage += 1;
      return served.get(rel);
    },
  });
  const context = await browser.newContext();
  try {
    const first = await context.newPage();
    await first.goto(server.url);
    await controlled(first);
    await first.close();

    // Release 2 changes index.html under its same name; the HTTP cache
    // still holds release 1's copy as fresh.
    const page2 = (await readFile(join(dist, 'index.html'), 'utf8')).replace('</head>', '<meta name="release" content="2"></head>');
    served.set('index.html', page2);
    served.set('sw.js', await nextWorker(dist, { 'index.html': page2 }, 'second-release'));
    const asked = workerAskedForPage;
    const visit = await context.newPage();
    await visit.goto(server.url);
    await appStarted(visit);
    assert.equal(await update(visit), 'installed', 'release 2 installs');
    assert.equal(workerAskedForPage - asked, 2, 'the worker asked the server for ./ and index.html');
    const name = `rls-check:${new URL(server.url).pathname}:second-release`;
    assert.equal(await cachedText(visit, name, server.url), page2);
    assert.equal(await cachedText(visit, name, `${server.url}index.html`), page2);
  } finally {
    await context.close();
    await server.close();
  }
});

test('the pinned embed script loads with its integrity value, and a wrong value blocks it', async () => {
  const { file, integrity } = JSON.parse(await readFile(join(dist, 'embed-integrity.json'), 'utf8'));
  assert.match(file, /^embed-[0-9a-f]{16}\.js$/);
  const pinned = await readFile(join(dist, file));
  assert.deepEqual(pinned, await readFile(join(dist, 'embed.js')), 'the same bytes as embed.js');
  assert.equal(integrity, `sha384-${createHash('sha384').update(pinned).digest('base64')}`);

  const widget = await serve(dist, { headers: { 'access-control-allow-origin': '*' } });
  const pages = await mkdtemp(join(tmpdir(), 'rls-host-'));
  temporary.push(pages);
  const wrong = `sha384-${createHash('sha384').update(Buffer.concat([pinned, Buffer.from('\n')])).digest('base64')}`;
  const article = (value) =>
    `<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><link rel="icon" href="data:,"><title>Article</title></head><body><h1>Article</h1>` +
    `<script src="${widget.url}${file}" integrity="${value}" crossorigin="anonymous" async></script></body></html>`;
  await writeFile(join(pages, 'pinned.html'), article(integrity));
  await writeFile(join(pages, 'wrong.html'), article(wrong));
  const host = await serve(pages, { basePath: '/', host: 'localhost' });
  const context = await browser.newContext();
  try {
    const page = await context.newPage();
    const errors = [];
    page.on('console', (m) => m.type() === 'error' && errors.push(m.text()));
    page.on('pageerror', (e) => errors.push(e.message));
    await page.goto(`${host.url}pinned.html`);
    const frame = page.frameLocator('iframe[title="Restless legs check"]');
    await frame.getByRole('heading', { level: 1, name: 'Check your restless legs symptoms' }).waitFor();
    assert.deepEqual(errors, []);

    const blocked = await context.newPage();
    const refused = blocked.waitForEvent('console', { predicate: (m) => m.type() === 'error' && /integrity/.test(m.text()), timeout: 10000 });
    await blocked.goto(`${host.url}wrong.html`);
    await refused;
    await blocked.getByRole('heading', { level: 1, name: 'Article' }).waitFor();
    assert.equal(await blocked.locator('iframe').count(), 0, 'no widget from a script that fails its integrity check');
  } finally {
    await context.close();
    await Promise.all([widget.close(), host.close()]);
  }
});
