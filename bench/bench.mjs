// make bench: the widget and the same questionnaire in SurveyJS, side by
// side in one run. Both are served on loopback and loaded cold (a fresh
// browser context, nothing cached, service workers blocked so that only
// what the page itself fetches is counted), alternating, LOADS times each:
// first on the desktop (a full path through the questions), then on an
// emulated phone on slow 4G with a slowed CPU (the start only; see PHONE
// below). Figures are measured in the page by bench/probe.js. Prints a
// table for each run with the ratio ours/peer, the size of a minimal Yew
// app built the same way (bench/minimal-yew) and three budgets (reported,
// not judged: the exit status is 0 unless something went wrong), and writes
// target/bench/bench.json. DIST=path benches another build of the widget
// than dist/.
import { chromium } from 'playwright-core';
import { copyFile, mkdir, readFile, rm, writeFile } from 'node:fs/promises';
import { gzipSync } from 'node:zlib';
import { execFileSync } from 'node:child_process';
import { resolve } from 'node:path';
import { serve } from '../tests/e2e/server.mjs';
import { CHROMIUM_ARGS } from '../tests/e2e/harness.mjs';
import * as minify from '../scripts/minify.mjs';
import { gzipServing } from './gzip.mjs';

const repo = new URL('../', import.meta.url).pathname;
const out = `${repo}target/bench/`;
const peerDir = `${out}peer/`;
const dist = process.env.DIST ? `${resolve(process.env.DIST)}/` : `${repo}dist/`;
const LOADS = Number(process.env.LOADS ?? 10);
if (!Number.isInteger(LOADS) || LOADS < 1) throw new Error(`LOADS must be a whole number of at least 1, not "${process.env.LOADS}"`);

// --- the peer page: library files, the exported survey, the page itself ---
await mkdir(peerDir, { recursive: true });
const survey = execFileSync('cargo', ['run', '-q', '--locked', '-p', 'screening', '--example', 'surveyjs', 'en'], {
  cwd: repo,
  encoding: 'utf8',
});
JSON.parse(survey); // fails loudly if the exporter wrote anything but JSON
await writeFile(`${peerDir}survey-data.js`, `window.RLS_SURVEY = ${survey.trim()};\n`);
await writeFile(`${out}survey.json`, survey);
for (const [from, name] of [
  ['node_modules/survey-core/survey.core.min.js', 'survey.core.min.js'],
  ['node_modules/survey-core/survey-core.min.css', 'survey-core.min.css'],
  ['node_modules/survey-js-ui/survey-js-ui.min.js', 'survey-js-ui.min.js'],
  ['bench/peer/index.html', 'index.html'],
  ['bench/peer/start.js', 'start.js'],
]) {
  await copyFile(`${repo}${from}`, `${peerDir}${name}`);
}

// --- serving, with a count of every byte each page is sent ---
const gz = new Map();
const gzipSize = (rel, body) => {
  const key = `${rel}:${body.length}`;
  if (!gz.has(key)) gz.set(key, gzipSync(body, { level: 9 }).length);
  return gz.get(key);
};
let served = [];
const onServe = (rel, body) => served.push({ rel, raw: body.length, gzip: gzipSize(rel, body) });
// Within one load the browser may cache (as with any real server); every load
// starts from an empty cache in a new context.
const headers = { 'cache-control': 'max-age=3600' };
const ours = await serve(dist, { basePath: '/ours/', onServe, headers });
const peer = await serve(peerDir, { basePath: '/peer/', onServe, headers });
// The phone run's servers send what the hosted build's server sends,
// gzip-compressed (bench/gzip.mjs), since there the bytes cost time; both
// pages alike.
let sent = [];
const onSend = (rel, raw, bytes) => sent.push({ rel, raw, sent: bytes });
const oursGz = await serve(dist, { basePath: '/ours/', ...gzipServing({ headers, onServe: onSend }) });
const peerGz = await serve(peerDir, { basePath: '/peer/', ...gzipServing({ headers, onServe: onSend }) });

const SUBJECTS = {
  ours: { url: ours.url, phoneUrl: oursGz.url, title: 'h1', next: 'Continue', finish: null },
  peer: { url: peer.url, phoneUrl: peerGz.url, title: '.sd-question__title', next: 'Continue', finish: 'See your results' },
};

// The phone: Lighthouse's mobile profile (its "slow 4G" and Moto G Power
// screen), applied through the DevTools protocol before the page is
// navigated. Chromium's DevTools throttling works per request, not per
// packet: each response's body starts no sooner than `latency` ms after its
// request was sent (its headers are not held back, so a page's resource
// timing shows the wait in responseEnd, not responseStart), and the bodies
// in flight share the throughput. There
// is no TCP or TLS handshake to pay for (loopback, plain HTTP, connections
// kept alive) and no slow start, so a figure here is what the page costs on
// a 150 ms, 1.6 Mbit/s link with the connection already open: a lower bound
// for a real first visit over slow 4G, which would add a round trip or
// three for DNS, TCP and TLS before the first byte (Lighthouse's own
// DevTools throttling puts 562.5 ms on every request for that reason).
// The CPU is slowed 4× relative to this machine, whatever its speed.
const PHONE = {
  context: { viewport: { width: 412, height: 823 }, deviceScaleFactor: 1.75, isMobile: true, hasTouch: true },
  network: {
    offline: false,
    latency: 150, // ms added to every request
    downloadThroughput: (1.6 * 1024 * 1024) / 8, // bytes/s: 1.6 Mbit/s
    uploadThroughput: (750 * 1024) / 8, // bytes/s: 750 kbit/s
  },
  cpuSlowdown: 4,
};

// Only loopback resolves: SurveyJS's default theme asks fonts.gstatic.com
// for Open Sans (in @font-face rules with no font-display), which the
// benchmark must not depend on. The request fails at once and the next font
// of its list is used, as offline. (Over a real connection that font would
// hold back SurveyJS's text until it arrived, for up to 3 s.)
const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM ?? '/usr/bin/chromium',
  args: [...CHROMIUM_ARGS, '--host-resolver-rules=MAP * ~NOTFOUND, EXCLUDE 127.0.0.1'],
});

/**
 * A cold load of `name` in a new context; resolves when the probe has its
 * start figures: { context, page, errors, start }.
 */
async function open(name, { phone = false } = {}) {
  const subject = SUBJECTS[name];
  const context = await browser.newContext({
    ...(phone ? PHONE.context : { viewport: { width: 1280, height: 900 } }),
    locale: 'en-US',
    serviceWorkers: 'block',
  });
  await context.addInitScript({ path: `${repo}bench/probe.js` });
  const page = await context.newPage();
  const errors = [];
  page.on('pageerror', (e) => errors.push(e.message));
  if (phone) {
    const cdp = await context.newCDPSession(page);
    await cdp.send('Network.enable');
    await cdp.send('Network.emulateNetworkConditions', PHONE.network);
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: PHONE.cpuSlowdown });
  }
  served = [];
  sent = [];
  await page.goto(phone ? subject.phoneUrl : subject.url);
  try {
    await page.waitForFunction(
      () => ['startScreen', 'startWorks', 'firstQuestion'].every((k) => window.__rlsProbe[k] !== null),
      null,
      { timeout: phone ? 90000 : 30000, polling: 50 },
    );
  } catch (e) {
    const p = await page.evaluate(() => JSON.parse(JSON.stringify(window.__rlsProbe))).catch(() => null);
    const hint = p?.startPressedOn === 'prerender' && p.firstQuestion === null ? '; Start was pressed on the prerendered page and never honoured' : '';
    throw new Error(`${name}${phone ? ' on the phone' : ''}: the start figures never all came (${JSON.stringify(p)})${hint}; ${errors.join('; ') || e.message}`);
  }
  const start = await page.evaluate(() => {
    const p = window.__rlsProbe;
    const nav = performance.getEntriesByType('navigation')[0];
    return {
      startScreen: p.startScreen,
      startScreenBy: p.startScreenBy,
      startScreenFrame: p.startScreenFrame,
      startScreenPaintEnd: p.startScreenPaintEnd,
      startWorks: p.startWorks,
      firstQuestion: p.firstQuestion,
      startPressedAt: p.startPressedAt,
      startPressedOn: p.startPressedOn,
      firstContentfulPaint: p.firstContentfulPaint,
      htmlFetch: nav.responseEnd - nav.requestStart,
    };
  });
  // The throttling must have reached the page's requests (Chromium holds
  // back the body, not the headers, so responseStart comes at once).
  if (phone && start.htmlFetch < PHONE.network.latency) {
    throw new Error(`${name} on the phone: the page's HTML came ${start.htmlFetch.toFixed(0)} ms after its request, not throttled`);
  }
  return { context, page, errors, start };
}

async function run(name) {
  const subject = SUBJECTS[name];
  const { context, page, errors, start } = await open(name);

  const steps = [];
  let questions = 1;
  for (;;) {
    await page.evaluate(() => window.__rlsProbe.answer());
    const hasNext = await page.evaluate((label) =>
      [...document.querySelectorAll('button, input[type=button], input[type=submit]')].some(
        (b) => (b.value || b.textContent).trim() === label && b.checkVisibility(),
      ), subject.next);
    if (!hasNext) break;
    const step = await page.evaluate(([label, sel]) => window.__rlsProbe.step(label, sel), [subject.next, subject.title]);
    if (step.error) throw new Error(`${name}: ${step.error}`);
    if (!(await page.evaluate(() => window.__rlsProbe.isQuestion()))) break;
    steps.push(step.ms);
    questions += 1;
    if (questions > 60) throw new Error(`${name}: the questionnaire never ends`);
  }
  if (subject.finish) await page.getByRole('button', { name: subject.finish }).click();

  const cdp = await context.newCDPSession(page);
  await cdp.send('HeapProfiler.collectGarbage');
  const heap = await cdp.send('Runtime.getHeapUsage');
  const wasm = await page.evaluate(() => window.__rlsProbe.wasmMemory?.buffer.byteLength ?? null);
  await context.close();
  if (errors.length) throw new Error(`${name}: ${errors.join('\n')}`);
  if (name === 'ours' && wasm === null) throw new Error('ours: the wasm memory could not be read from the start event');
  const files = served;
  return {
    ...start,
    steps,
    questions,
    heap: heap.usedSize,
    wasm,
    raw: files.reduce((n, f) => n + f.raw, 0),
    gzip: files.reduce((n, f) => n + f.gzip, 0),
    files: files.map((f) => f.rel),
  };
}

/** The start only, on the phone. */
async function runPhone(name) {
  const { context, errors, start } = await open(name, { phone: true });
  const files = sent;
  await context.close();
  if (errors.length) throw new Error(`${name} on the phone: ${errors.join('\n')}`);
  return { ...start, sent: files.reduce((n, f) => n + f.sent, 0), files: files.map((f) => f.rel) };
}

const seconds = (t0) => ((performance.now() - t0) / 1000).toFixed(0);
const loads = async (label, fn) => {
  const t0 = performance.now();
  const rs = { ours: [], peer: [] };
  for (let i = 0; i < LOADS; i++) {
    const order = i % 2 === 0 ? ['ours', 'peer'] : ['peer', 'ours'];
    for (const name of order) rs[name].push(await fn(name));
    process.stdout.write(`\r${label}: load ${i + 1} of ${LOADS} done (${seconds(t0)} s)`);
  }
  process.stdout.write('\n');
  return rs;
};
const results = await loads('desktop', run);
const phoneResults = await loads('phone', runPhone);
await browser.close();
await Promise.all([ours, peer, oursGz, peerGz].map((s) => s.close()));

// --- figures ---
const quantile = (xs, q) => {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.ceil(q * s.length) - 1)];
};
const median = (xs) => quantile(xs, 0.5);
// How often each value came, over the loads: "prerender ×10"...
const tally = (rs, key) => {
  const n = {};
  for (const r of rs) n[r[key] ?? 'none'] = (n[r[key] ?? 'none'] ?? 0) + 1;
  return Object.entries(n).map(([k, v]) => `${k} ×${v}`).join(', ');
};
const standalone = `${dist}rls-check.html`;
const standaloneBytes = await readFile(standalone);

// The start figures, the same in both runs (see bench/probe.js).
const startFigures = (rs) => ({
  startScreenMs: median(rs.map((r) => r.startScreen)),
  startWorksMs: median(rs.map((r) => r.startWorks)),
  firstQuestionMs: median(rs.map((r) => r.firstQuestion)),
  firstContentfulPaintMs: median(rs.map((r) => r.firstContentfulPaint).filter((t) => t !== null)),
  startPressedOn: tally(rs, 'startPressedOn'),
  startScreenBy: tally(rs, 'startScreenBy'),
});

const figure = (name) => {
  const rs = results[name];
  return {
    loads: rs.length,
    questions: rs[0].questions,
    downloadRaw: median(rs.map((r) => r.raw)),
    downloadGzip: median(rs.map((r) => r.gzip)),
    ...startFigures(rs),
    stepP50Ms: median(rs.flatMap((r) => r.steps)),
    stepP95Ms: quantile(rs.flatMap((r) => r.steps), 0.95),
    stepMaxMs: Math.max(...rs.flatMap((r) => r.steps)),
    jsHeapBytes: median(rs.map((r) => r.heap)),
    wasmMemoryBytes: rs[0].wasm,
    files: rs[0].files,
  };
};
const f = { ours: figure('ours'), peer: figure('peer') };
f.ours.standaloneRaw = standaloneBytes.length;
f.ours.standaloneGzip = gzipSync(standaloneBytes, { level: 9 }).length;
if (f.ours.questions !== f.peer.questions) {
  throw new Error(`the two asked different numbers of questions: ${f.ours.questions} and ${f.peer.questions}`);
}

// Start screen painted, Start works and first question after Start: see
// bench/probe.js.
const rows = [
  ['Downloaded by the page, raw (KB)', 'downloadRaw', 1000],
  ['Downloaded by the page, gzip -9 (KB)', 'downloadGzip', 1000],
  ['Standalone file, raw (KB)', 'standaloneRaw', 1000],
  ['Standalone file, gzip -9 (KB)', 'standaloneGzip', 1000],
  ['Start screen painted, median (ms)', 'startScreenMs', 1],
  ['Start works (live code takes a press), median (ms)', 'startWorksMs', 1],
  ['First question after Start, median (ms)', 'firstQuestionMs', 1],
  ['Continue to next question painted, p50 (ms)', 'stepP50Ms', 1],
  ['Continue to next question painted, p95 (ms)', 'stepP95Ms', 1],
  ['Continue to next question painted, max (ms)', 'stepMaxMs', 1],
  ['JS heap after a full run (MB)', 'jsHeapBytes', 1e6],
  ['Wasm memory after a full run (MB)', 'wasmMemoryBytes', 1e6],
];
const cell = (v, div) => (v === undefined || v === null ? '-' : (v / div).toFixed(div === 1 ? 1 : div === 1e6 ? 2 : 1));
const tabulate = (rows, f) => rows.map(([label, key, div]) => {
  const a = f.ours[key];
  const b = f.peer[key];
  const ratio = a != null && b != null && b !== 0 ? (a / b).toFixed(2) : '-';
  return { label, ours: cell(a, div), peer: cell(b, div), ratio };
});
const table = tabulate(rows, f);

const phoneFigure = (name) => {
  const rs = phoneResults[name];
  return {
    loads: rs.length,
    sent: median(rs.map((r) => r.sent)),
    ...startFigures(rs),
  };
};
const phone = { ours: phoneFigure('ours'), peer: phoneFigure('peer') };
const phoneTable = tabulate([
  ['Sent over the network, gzip (KB)', 'sent', 1000],
  ['Start screen painted, median (ms)', 'startScreenMs', 1],
  ['Start works (live code takes a press), median (ms)', 'startWorksMs', 1],
  ['First question after Start, median (ms)', 'firstQuestionMs', 1],
], phone);

const budget = (label, figure, limit, shown) => ({ label, figure, limit, pass: figure <= limit, shown });
const startRatio = f.ours.startScreenMs / f.peer.startScreenMs;
// How far that ratio moves with other loads like these: the loads drawn
// again with replacement 2,000 times (a fixed seed, so a run's figure can
// be checked), the ratio of medians each time, and the middle 95% of them.
const resampledRatio = (a, b, times = 2000) => {
  let seed = 1;
  const random = () => (seed = (seed * 48271) % 2147483647) / 2147483647;
  const draw = (xs) => xs.map(() => xs[Math.floor(random() * xs.length)]);
  const ratios = Array.from({ length: times }, () => median(draw(a)) / median(draw(b)));
  return [quantile(ratios, 0.025), quantile(ratios, 0.975)];
};
const startRatioRange = resampledRatio(results.ours.map((r) => r.startScreen), results.peer.map((r) => r.startScreen));
f.startScreenRatio = { ratio: startRatio, resampled95: startRatioRange };
const budgets = [
  budget('start screen painted: ours/peer ≤ 0.25', startRatio, 0.25,
    `${startRatio.toFixed(2)} (${f.ours.startScreenMs.toFixed(1)} / ${f.peer.startScreenMs.toFixed(1)} ms, desktop; `
    + `${startRatioRange.map((r) => r.toFixed(2)).join('–')} over 95% of the loads resampled)`),
  budget('start screen painted on the phone ≤ 1000 ms', phone.ours.startScreenMs, 1000, `${phone.ours.startScreenMs.toFixed(0)} ms`),
  budget('step p95 ≤ 16.7 ms (one 60 Hz frame)', f.ours.stepP95Ms, 1000 / 60, `${f.ours.stepP95Ms.toFixed(1)} ms`),
];
// --- the floor: a minimal Yew app through the widget's release steps ---
// (cargo with the same profile, wasm-bindgen, wasm-opt -Oz, short names,
// esbuild), so the widget's own share of its size is known.
const minimalDir = `${out}minimal-yew/`;
await rm(minimalDir, { recursive: true, force: true });
await mkdir(minimalDir, { recursive: true });
const sh = (cmd, args) => execFileSync(cmd, args, { cwd: repo, stdio: ['ignore', 'ignore', 'inherit'] });
sh('cargo', ['build', '-q', '--locked', '--release', '--target', 'wasm32-unknown-unknown',
  '--manifest-path', 'bench/minimal-yew/Cargo.toml', '--target-dir', 'target']);
sh('wasm-bindgen', ['--target', 'web', '--out-dir', minimalDir, 'target/wasm32-unknown-unknown/release/minimal-yew.wasm']);
const minimalWasm = `${minimalDir}minimal-yew_bg.wasm`;
sh(`${repo}node_modules/.bin/wasm-opt`, ['-Oz', minimalWasm, '-o', minimalWasm]);
const minimalJs = await minify.js(minify.shortNames(minimalWasm, await readFile(`${minimalDir}minimal-yew.js`, 'utf8')));
const minimal = {
  wasmGzip: gzipSync(await readFile(minimalWasm), { level: 9 }).length,
  jsGzip: gzipSync(minimalJs, { level: 9 }).length,
};
f.minimalYew = minimal;

const w = Math.max(...[...table, ...phoneTable].map((r) => r.label.length));
const print = (t) => {
  console.log(`${'figure'.padEnd(w)}  ${'ours'.padStart(9)}  ${'SurveyJS'.padStart(9)}  ${'ours/peer'.padStart(9)}`);
  for (const r of t) console.log(`${r.label.padEnd(w)}  ${r.ours.padStart(9)}  ${r.peer.padStart(9)}  ${r.ratio.padStart(9)}`);
};
console.log(`\nSide by side: this widget and SurveyJS 2.5.38 (survey-core + survey-js-ui), ${LOADS} cold loads each, alternating;`);
console.log(`both ask the same ${f.ours.questions} questions on the path (first option of each). Chromium, loopback.`);
console.log('Times from navigation start (bench/probe.js). Start is pressed as soon as a frame shows it;');
console.log(`ours was pressed on: ${f.ours.startPressedOn} (desktop), ${phone.ours.startPressedOn} (phone); "prerender" is its`);
console.log(`prerendered page. Start screen painted, taken from: ${tally([...Object.values(results), ...Object.values(phoneResults)].flat(), 'startScreenBy')}.\n`);
print(table);
console.log(`\nphone (slow 4G, 4× CPU): ${PHONE.context.viewport.width}×${PHONE.context.viewport.height} at ${PHONE.context.deviceScaleFactor}×, touch;`);
console.log('150 ms added to each request, 1.6 Mbit/s down, 750 kbit/s up (DevTools throttling: no');
console.log(`handshakes, so a lower bound for a first visit), files gzip -9, ${LOADS} cold loads each, the start only.\n`);
print(phoneTable);
const kb = (n) => (n / 1000).toFixed(1);
console.log(`\nA minimal Yew 0.23 app (bench/minimal-yew) through the same release steps: ${kb(minimal.wasmGzip + minimal.jsGzip)} KB gzip -9`);
const floorShare = ((minimal.wasmGzip + minimal.jsGzip) / f.ours.downloadGzip).toFixed(2);
console.log(`(wasm ${kb(minimal.wasmGzip)} KB, JS ${kb(minimal.jsGzip)} KB): ${floorShare} of what this widget's page downloads.`);

console.log('\nBudgets (reported, not judged):');
for (const b of budgets) console.log(`  ${b.pass ? 'PASS' : 'FAIL'}  ${b.label}: ${b.shown}`);

await writeFile(`${out}bench.json`, `${JSON.stringify({
  date: new Date().toISOString(),
  loads: LOADS,
  dist,
  figures: f,
  table,
  phone: { profile: PHONE, figures: phone, table: phoneTable },
  budgets,
  runs: results,
  phoneRuns: phoneResults,
}, null, 2)}\n`);
console.log(`\nWritten to target/bench/bench.json`);
