// make bench: the widget and the same questionnaire in SurveyJS, side by
// side in one run. Both are served on loopback and loaded cold (a fresh
// browser context, nothing cached, service workers blocked so that only
// what the page itself fetches is counted), alternating, LOADS times each.
// Prints one table with the ratio ours/peer, then the size of a minimal Yew
// app built the same way (bench/minimal-yew), and writes
// target/bench/bench.json.
import { chromium } from 'playwright-core';
import { copyFile, mkdir, readFile, rm, writeFile } from 'node:fs/promises';
import { gzipSync } from 'node:zlib';
import { execFileSync } from 'node:child_process';
import { serve } from '../tests/e2e/server.mjs';
import { CHROMIUM_ARGS } from '../tests/e2e/harness.mjs';
import * as minify from '../scripts/minify.mjs';

const repo = new URL('../', import.meta.url).pathname;
const out = `${repo}target/bench/`;
const peerDir = `${out}peer/`;
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
const ours = await serve(`${repo}dist/`, { basePath: '/ours/', onServe, headers });
const peer = await serve(peerDir, { basePath: '/peer/', onServe, headers });

const SUBJECTS = {
  ours: { url: ours.url, title: 'h1', next: 'Continue', finish: null },
  peer: { url: peer.url, title: '.sd-question__title', next: 'Continue', finish: 'See your results' },
};

const browser = await chromium.launch({ executablePath: process.env.CHROMIUM ?? '/usr/bin/chromium', args: CHROMIUM_ARGS });

async function run(name) {
  const subject = SUBJECTS[name];
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 }, serviceWorkers: 'block' });
  await context.addInitScript({ path: `${repo}bench/probe.js` });
  const page = await context.newPage();
  const errors = [];
  page.on('pageerror', (e) => errors.push(e.message));
  served = [];
  await page.goto(subject.url);
  await page.waitForFunction(() => window.__rlsProbe.firstQuestion !== null, null, { timeout: 30000 });
  const firstQuestion = await page.evaluate(() => window.__rlsProbe.firstQuestion);

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
    firstQuestion,
    steps,
    questions,
    heap: heap.usedSize,
    wasm,
    raw: files.reduce((n, f) => n + f.raw, 0),
    gzip: files.reduce((n, f) => n + f.gzip, 0),
    files: files.map((f) => f.rel),
  };
}

const results = { ours: [], peer: [] };
for (let i = 0; i < LOADS; i++) {
  const order = i % 2 === 0 ? ['ours', 'peer'] : ['peer', 'ours'];
  for (const name of order) results[name].push(await run(name));
  process.stdout.write(`\rload ${i + 1} of ${LOADS} done`);
}
process.stdout.write('\n');
await browser.close();
await Promise.all([ours.close(), peer.close()]);

// --- figures ---
const quantile = (xs, q) => {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.ceil(q * s.length) - 1)];
};
const median = (xs) => quantile(xs, 0.5);
const standalone = `${repo}dist/rls-check.html`;
const standaloneBytes = await readFile(standalone);

const figure = (name) => {
  const rs = results[name];
  return {
    loads: rs.length,
    questions: rs[0].questions,
    downloadRaw: median(rs.map((r) => r.raw)),
    downloadGzip: median(rs.map((r) => r.gzip)),
    firstQuestionMs: median(rs.map((r) => r.firstQuestion)),
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

const rows = [
  ['Downloaded by the page, raw (KB)', 'downloadRaw', 1000],
  ['Downloaded by the page, gzip -9 (KB)', 'downloadGzip', 1000],
  ['Standalone file, raw (KB)', 'standaloneRaw', 1000],
  ['Standalone file, gzip -9 (KB)', 'standaloneGzip', 1000],
  ['Navigation to first question, median (ms)', 'firstQuestionMs', 1],
  ['Continue to next question painted, p50 (ms)', 'stepP50Ms', 1],
  ['Continue to next question painted, p95 (ms)', 'stepP95Ms', 1],
  ['Continue to next question painted, max (ms)', 'stepMaxMs', 1],
  ['JS heap after a full run (MB)', 'jsHeapBytes', 1e6],
  ['Wasm memory after a full run (MB)', 'wasmMemoryBytes', 1e6],
];
const cell = (v, div) => (v === undefined || v === null ? '-' : (v / div).toFixed(div === 1 ? 1 : div === 1e6 ? 2 : 1));
const table = rows.map(([label, key, div]) => {
  const a = f.ours[key];
  const b = f.peer[key];
  const ratio = a != null && b != null && b !== 0 ? (a / b).toFixed(2) : '-';
  return { label, ours: cell(a, div), peer: cell(b, div), ratio };
});
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

const w = Math.max(...table.map((r) => r.label.length));
console.log(`\nSide by side: this widget and SurveyJS 2.5.38 (survey-core + survey-js-ui), ${LOADS} cold loads each, alternating;`);
console.log(`both ask the same ${f.ours.questions} questions on the path (first option of each). Chromium, loopback.\n`);
console.log(`${'figure'.padEnd(w)}  ${'ours'.padStart(9)}  ${'SurveyJS'.padStart(9)}  ${'ours/peer'.padStart(9)}`);
for (const r of table) console.log(`${r.label.padEnd(w)}  ${r.ours.padStart(9)}  ${r.peer.padStart(9)}  ${r.ratio.padStart(9)}`);
const kb = (n) => (n / 1000).toFixed(1);
console.log(`\nA minimal Yew 0.23 app (bench/minimal-yew) through the same release steps: ${kb(minimal.wasmGzip + minimal.jsGzip)} KB gzip -9`);
const floorShare = ((minimal.wasmGzip + minimal.jsGzip) / f.ours.downloadGzip).toFixed(2);
console.log(`(wasm ${kb(minimal.wasmGzip)} KB, JS ${kb(minimal.jsGzip)} KB): ${floorShare} of what this widget's page downloads.`);
await writeFile(`${out}bench.json`, `${JSON.stringify({ date: new Date().toISOString(), loads: LOADS, figures: f, table, runs: results }, null, 2)}\n`);
console.log(`\nWritten to target/bench/bench.json`);
