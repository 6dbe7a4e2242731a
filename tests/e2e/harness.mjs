// Shared set-up for the browser tests: one Chromium per test file, a fresh
// context per test, and guards that fail a test on any console error,
// uncaught exception or request to another origin.
import { chromium } from 'playwright-core';
import AxeBuilder from '@axe-core/playwright';
import assert from 'node:assert/strict';
import { serve } from './server.mjs';

export const CHROMIUM_ARGS = [
  '--headless=new',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--disable-dev-shm-usage',
];

/**
 * A test hook, added with `context.addInitScript`: shadow roots are made
 * open, so that the tests (and axe) can reach into the inline element, whose
 * root is closed. It stands for a host script that runs before the widget,
 * which docs/privacy.md says inline mode cannot guard against.
 */
export function openShadowRoots() {
  const attach = Element.prototype.attachShadow;
  Element.prototype.attachShadow = function (init) {
    return attach.call(this, { ...init, mode: 'open' });
  };
}

export const AXE_TAGS = ['wcag2a', 'wcag2aa', 'wcag21aa', 'wcag22aa'];

let browser;
let server;

export async function start() {
  server = await serve(new URL('../../dist/', import.meta.url).pathname);
  browser = await chromium.launch({
    executablePath: process.env.CHROMIUM ?? '/usr/bin/chromium',
    args: CHROMIUM_ARGS,
  });
  return server;
}

export async function stop() {
  await browser?.close();
  await server?.close();
}

/**
 * Opens the widget in a fresh context and returns { page, context, problems }.
 * `problems` collects console errors, page errors and foreign requests;
 * call `assertClean(problems)` at the end of a test. `messages` holds
 * every console message. `prepare(context)`, if given, runs before the
 * page is first opened (routes, init scripts).
 */
export async function open(path = '', contextOptions = {}, { prepare } = {}) {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 }, ...contextOptions });
  const page = await context.newPage();
  const problems = [];
  const messages = [];
  page.on('console', (msg) => {
    messages.push(`${msg.type()}: ${msg.text()}`);
    if (msg.type() === 'error') problems.push(`console error: ${msg.text()}`);
  });
  page.on('response', (res) => {
    if (res.status() >= 400) problems.push(`HTTP ${res.status()} for ${res.url()}`);
  });
  page.on('pageerror', (err) => problems.push(`uncaught: ${err.message}`));
  page.on('request', (req) => {
    const url = req.url();
    if (!url.startsWith(server.origin) && !url.startsWith('data:') && !url.startsWith('blob:')) {
      problems.push(`request to another origin: ${url}`);
    }
  });
  await prepare?.(context);
  await page.goto(server.url + path);
  return { page, context, problems, messages };
}

export function assertClean(problems) {
  assert.deepEqual(problems, [], problems.join('\n'));
}

/** Runs axe-core on the page and fails with a readable list of violations. */
export async function assertAccessible(page, label) {
  const { violations } = await new AxeBuilder({ page }).withTags(AXE_TAGS).analyze();
  const text = violations
    .map((v) => `${v.id}: ${v.help}\n  ${v.nodes.map((n) => n.target.join(' ')).join('\n  ')}`)
    .join('\n');
  assert.equal(violations.length, 0, `${label}: axe found\n${text}`);
}
