// Offline: the hosted build under its service worker, updates between
// releases, and the standalone file opened from disk.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { cp, mkdtemp, readFile, writeFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium } from 'playwright-core';
import { nextWorker } from './server.mjs';
import { serveNginx } from './nginx.mjs';
import { CHROMIUM_ARGS } from './harness.mjs';
import { runCheck, readResults } from './person.mjs';

const dist = new URL('../../dist/', import.meta.url).pathname;
let browser, server, copy;

before(async () => {
  // A copy of dist/, so one test can publish a "new release" into it.
  copy = await mkdtemp(join(tmpdir(), 'rls-dist-'));
  await cp(dist, copy, { recursive: true });
  // Served as a site would serve it: nginx with examples/nginx.conf.
  server = await serveNginx(copy);
  browser = await chromium.launch({ executablePath: process.env.CHROMIUM ?? '/usr/bin/chromium', args: CHROMIUM_ARGS });
});

after(async () => {
  await browser?.close();
  await server?.close();
  await rm(copy, { recursive: true, force: true });
});

const IRON = {
  'Do you get an urge to move your legs?': ['Yes'],
  'Does the urge start, or get worse, when you rest?': ['Yes'],
  'Does moving ease the feeling?': ['Yes'],
  'Is it worse in the evening or at night, or does it only happen then?': ['Yes'],
  'Have any of these applied to you in the past year?': ['I give blood 3 or more times a year'],
};

/** Records every request a page makes, and where its answer came from. */
function record(page) {
  const log = [];
  page.on('request', (r) => log.push({ url: r.url(), request: r }));
  page.on('requestfailed', (r) => log.push({ url: r.url(), failed: r.failure()?.errorText }));
  return log;
}

const controlled = (page) => page.waitForFunction(() => navigator.serviceWorker.controller !== null, null, { timeout: 15000 });

test('after one visit the hosted check works offline, share links included', async () => {
  const context = await browser.newContext();
  const page = await context.newPage();
  const errors = [];
  page.on('pageerror', (e) => errors.push(e.message));
  const online = record(page);
  await page.goto(server.url);
  await page.getByRole('button', { name: 'Start now' }).waitFor();
  await controlled(page);
  assert.deepEqual(online.filter((r) => !r.url.startsWith(server.origin)).map((r) => r.url), []);

  await context.setOffline(true);
  const offline = record(page);
  await page.reload();
  await runCheck(page, IRON);
  const mine = await readResults(page);
  assert.ok(mine.causes.slice(0, 2).includes('Your iron may be low'), mine.causes.join(', '));
  const link = await page.getByRole('textbox', { name: 'Link to these results' }).inputValue();

  const other = await context.newPage();
  const otherLog = record(other);
  await other.goto(link);
  await other.getByText('These results come from a shared link.').waitFor();
  assert.deepEqual(await readResults(other), mine);

  // Nothing reached the network while offline: every request was answered
  // by the service worker, and none failed.
  for (const entry of [...offline, ...otherLog]) {
    assert.equal(entry.failed, undefined, `${entry.url} failed: ${entry.failed}`);
    const response = await entry.request.response();
    assert.ok(response?.fromServiceWorker(), `${entry.url} did not come from the service worker`);
  }
  assert.deepEqual(errors, []);
  await context.close();
});

test('a new release is served on the next visit and the old cache is removed', async () => {
  const context = await browser.newContext();
  const first = await context.newPage();
  await first.goto(server.url);
  await controlled(first);
  const oldCaches = await first.evaluate(() => caches.keys());
  assert.equal(oldCaches.length, 1);
  await first.close();

  // Publish a "new release": a changed page, and a worker with its hash and
  // a new release id.
  const scope = `rls-check:${new URL(server.url).pathname}:`;
  assert.ok(oldCaches[0].startsWith(scope), `${oldCaches[0]} is named after the path`);
  const index = join(copy, 'index.html');
  const page2 = (await readFile(index, 'utf8')).replace('</head>', '<meta name="release" content="2"></head>');
  const worker2 = await nextWorker(copy, { 'index.html': page2 }, 'second-release');
  await writeFile(index, page2);
  await writeFile(join(copy, 'sw.js'), worker2);

  // The visit that finds the update still runs the old release throughout.
  const second = await context.newPage();
  await second.goto(server.url);
  await second.getByRole('button', { name: 'Start now' }).waitFor();
  const release = (page) => page.evaluate(() => document.querySelector('meta[name=release]')?.content ?? '1');
  assert.equal(await release(second), '1', 'the old release is kept for this visit');
  await second.evaluate(async () => (await navigator.serviceWorker.getRegistration()).update());
  await second.waitForFunction(async () => Boolean((await navigator.serviceWorker.getRegistration())?.waiting), null, { timeout: 15000 });
  assert.equal(await release(second), '1', 'an update waits; it never switches in the middle of a visit');
  await second.close();

  // With no page of the old release open, the new one takes over and removes
  // the old cache (watched from a page of the same origin outside the scope).
  const probe = await context.newPage();
  await probe.goto(`${server.origin}/outside-the-widget`);
  await probe.waitForFunction(async (name) => {
    const keys = await caches.keys();
    return keys.length === 1 && keys[0] === name;
  }, `${scope}second-release`, { timeout: 15000 });
  await probe.close();

  // The next visit gets the new release, and only its cache remains.
  const third = await context.newPage();
  await third.goto(server.url);
  await third.getByRole('button', { name: 'Start now' }).waitFor();
  assert.equal(await release(third), '2', 'the new release is served');
  await third.waitForFunction(async () => (await caches.keys()).length === 1, null, { timeout: 15000 });
  assert.deepEqual(await third.evaluate(() => caches.keys()), [`${scope}second-release`]);
  await context.close();
});

test('the standalone file runs the whole check from disk, share links included', async () => {
  const context = await browser.newContext();
  const page = await context.newPage();
  const errors = [];
  page.on('pageerror', (e) => errors.push(e.message));
  page.on('console', (m) => m.type() === 'error' && errors.push(m.text()));
  const log = record(page);
  const file = `file://${dist}rls-check.html`;
  await page.goto(file);
  await runCheck(page, IRON);
  const mine = await readResults(page);
  assert.ok(mine.causes.slice(0, 2).includes('Your iron may be low'), mine.causes.join(', '));
  const link = await page.getByRole('textbox', { name: 'Link to these results' }).inputValue();
  assert.ok(link.startsWith(`${file}#rls=`), link);
  assert.equal(await page.evaluate(() => navigator.serviceWorker?.controller ?? null), null);

  const other = await context.newPage();
  const otherLog = record(other);
  await other.goto(link);
  await other.getByText('These results come from a shared link.').waitFor();
  assert.deepEqual(await readResults(other), mine);
  const foreign = [...log, ...otherLog].filter((r) => !r.url.startsWith('file://') && !r.url.startsWith('data:'));
  assert.deepEqual(foreign.map((r) => r.url), []);
  assert.deepEqual(errors, []);
  await context.close();
});

test('a standalone file built with RLS_PUBLIC_URL shares links to the public copy', async () => {
  // Rebuild the standalone file with the build hook, from a staging copy
  // that looks as Trunk leaves it (the start-up script still inline).
  const { execFile } = await import('node:child_process');
  const { readdir } = await import('node:fs/promises');
  const staging = await mkdtemp(join(tmpdir(), 'rls-staging-'));
  await cp(dist, staging, { recursive: true });
  const index = join(staging, 'index.html');
  // Trunk's own start-up script, which the hook rewrites.
  const bindings = (await readdir(staging)).find((f) => /^rls-check-[0-9a-f]+\.js$/.test(f));
  const script = [
    `import init, * as bindings from './${bindings}';`,
    `const wasm = await init({ module_or_path: './${bindings.replace(/\.js$/, '_bg.wasm')}' });`,
    'window.wasmBindings = bindings;',
    'dispatchEvent(new CustomEvent("TrunkApplicationStarted", {detail: {wasm}}));',
  ].join('\n');
  // What the hook adds goes too: the early script, the start page's copies,
  // the message where the check has not loaded.
  await writeFile(index, (await readFile(index, 'utf8'))
    .replace(/<script src="\.\/early-[0-9a-f]+\.js"><\/script>\s*/, `<script type="module">${script}</script>\n`)
    .replace(/<main data-rls-fallback=""[\s\S]*?<\/main>/, '<main data-rls-fallback></main>')
    .replace(/<main data-rls-boot="[a-z]+"[\s\S]*?<\/main>\s*/g, ''));
  for (const f of await readdir(staging)) if (/^early-[0-9a-f]+\.js$/.test(f)) await rm(join(staging, f));
  const repo = new URL('../../', import.meta.url).pathname;
  await new Promise((ok, fail) =>
    execFile('node', [join(repo, 'scripts/postbuild.mjs')], {
      env: { ...process.env, TRUNK_STAGING_DIR: staging, TRUNK_SOURCE_DIR: repo, RLS_PUBLIC_URL: 'https://health.example/rls-check/' },
    }, (err) => (err ? fail(err) : ok())),
  );

  const context = await browser.newContext();
  const page = await context.newPage();
  await page.goto(`file://${staging}/rls-check.html`);
  await runCheck(page, IRON);
  const link = await page.getByRole('textbox', { name: 'Link to these results' }).inputValue();
  assert.match(link, /^https:\/\/health\.example\/rls-check\/#rls=[A-Za-z0-9_-]{29}$/);
  await context.close();
  await rm(staging, { recursive: true, force: true });
});
