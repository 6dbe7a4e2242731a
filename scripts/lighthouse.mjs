// Runs Lighthouse on the hosted build (dist/ on loopback) with the local
// Chromium, three times each (LIGHTHOUSE_RUNS) with Lighthouse's desktop settings (its desktop config:
// a 1350×940 screen, no CPU slowdown, simulated 40 ms / 10 Mbit/s) and with
// its default, mobile, settings (a Moto G Power's screen, simulated slow 4G:
// 150 ms round trips, 1.6 Mbit/s down, 750 kbit/s up, and a 4× slower CPU).
// Both throttle by simulation: the page loads at full speed and Lighthouse
// works out from the trace what the times would have been. Prints the
// category scores and the timing figures of each median run, each run's
// performance score, and the installability
// facts. No thresholds: the figures are reported, not judged. Writes them
// all to target/lighthouse.json.
//
// The files go out gzip-compressed, as the hosted build's server sends them
// (examples/nginx.conf; bench/gzip.mjs), since the simulated times follow
// from the bytes transferred.
import { mkdir, writeFile, readFile } from 'node:fs/promises';
import lighthouse from 'lighthouse';
import desktopConfig from 'lighthouse/core/config/desktop-config.js';
import { computeMedianRun } from 'lighthouse/core/lib/median-run.js';
import * as chromeLauncher from 'chrome-launcher';
import { serve } from '../tests/e2e/server.mjs';
import { CHROMIUM_ARGS } from '../tests/e2e/harness.mjs';
import { gzipServing } from '../bench/gzip.mjs';

const dist = new URL('../dist/', import.meta.url).pathname;
const server = await serve(dist, gzipServing());
const chrome = await chromeLauncher.launch({
  chromePath: process.env.CHROMIUM ?? '/usr/bin/chromium',
  chromeFlags: CHROMIUM_ARGS,
});

// Runs of each form factor. Lighthouse's scores vary from run to run with
// the machine's load (on two CPUs, a long task observed 30 ms longer is
// 120 ms longer once slowed 4×); its documentation advises several runs
// and the median one, which its `computeMedianRun` picks (the run nearest
// the median first contentful paint and time to interactive). Every run's
// performance score is printed too.
const RUNS = Number(process.env.LIGHTHOUSE_RUNS ?? 3);
if (!Number.isInteger(RUNS) || RUNS < 1) throw new Error(`LIGHTHOUSE_RUNS must be a whole number of at least 1, not "${process.env.LIGHTHOUSE_RUNS}"`);

/** `RUNS` Lighthouse runs with `config` (undefined: the default, mobile),
 * summed up by the median run. */
async function audit(config) {
  const runs = [];
  for (let i = 0; i < RUNS; i++) runs.push(await once(config));
  return { ...summary(computeMedianRun(runs)), runs: runs.map((lhr) => Math.round(lhr.categories.performance.score * 100)) };
}

/** One Lighthouse run. */
async function once(config) {
  const result = await lighthouse(
    server.url,
    {
      port: chrome.port,
      output: 'json',
      logLevel: 'error',
      onlyCategories: ['performance', 'accessibility', 'best-practices', 'seo'],
    },
    config,
  );
  const lhr = result.lhr;
  if (lhr.runtimeError) throw new Error(`Lighthouse: ${lhr.runtimeError.code} ${lhr.runtimeError.message}`);
  return lhr;
}

/** The figures of one run. */
function summary(lhr) {
  const ms = (id) => Math.round(lhr.audits[id].numericValue);
  const { throttling, screenEmulation } = lhr.configSettings;
  return {
    formFactor: lhr.configSettings.formFactor,
    throttlingMethod: lhr.configSettings.throttlingMethod,
    throttling: { rttMs: throttling.rttMs, throughputKbps: throttling.throughputKbps, cpuSlowdownMultiplier: throttling.cpuSlowdownMultiplier },
    screen: `${screenEmulation.width}×${screenEmulation.height} at ${screenEmulation.deviceScaleFactor}×`,
    scores: Object.fromEntries(Object.values(lhr.categories).map((c) => [c.id, c.score === null ? null : Math.round(c.score * 100)])),
    firstContentfulPaintMs: ms('first-contentful-paint'),
    largestContentfulPaintMs: ms('largest-contentful-paint'),
    totalBlockingTimeMs: ms('total-blocking-time'),
    cumulativeLayoutShift: Number(lhr.audits['cumulative-layout-shift'].numericValue.toFixed(3)),
    speedIndexMs: ms('speed-index'),
    runWarnings: lhr.runWarnings,
    version: lhr.lighthouseVersion,
  };
}

try {
  // One after the other: the machine's CPUs are shared with the trace.
  const desktop = await audit(desktopConfig);
  const mobile = await audit(undefined);
  const manifest = JSON.parse(await readFile(`${dist}manifest.webmanifest`, 'utf8'));
  const figures = {
    lighthouse: desktop.version,
    desktop,
    mobile,
    // Lighthouse 12 has no PWA category; these are the facts it used to check.
    installable: {
      manifest: Boolean(manifest.name && manifest.short_name && manifest.start_url && manifest.display),
      icons: manifest.icons.map((i) => `${i.sizes}${i.purpose ? ` ${i.purpose}` : ''}`),
      serviceWorkerFiles: (await readFile(`${dist}sw.js`, 'utf8')).match(/"\.\/[^"]*":"/g)?.length ?? 0,
      themeColor: manifest.theme_color,
    },
  };
  await mkdir(new URL('../target/', import.meta.url), { recursive: true });
  await writeFile(new URL('../target/lighthouse.json', import.meta.url), JSON.stringify(figures, null, 2));

  const block = (title, r) => {
    console.log(`\n${title}`);
    console.log(`  ${r.screen}, ${r.throttlingMethod} throttling: ${r.throttling.rttMs} ms round trips, ${(r.throttling.throughputKbps / 1024).toFixed(1)} Mbit/s, ${r.throttling.cpuSlowdownMultiplier > 1 ? `CPU ${r.throttling.cpuSlowdownMultiplier}× slower` : 'CPU not slowed'}`);
    console.log(`  the median of ${r.runs.length} runs (performance in each: ${r.runs.join(', ')}):`);
    for (const [id, score] of Object.entries(r.scores)) console.log(`  ${id.padEnd(16)} ${score ?? '-'}`);
    console.log(`  first contentful paint ${r.firstContentfulPaintMs} ms, largest ${r.largestContentfulPaintMs} ms, speed index ${r.speedIndexMs} ms`);
    console.log(`  total blocking time ${r.totalBlockingTimeMs} ms, cumulative layout shift ${r.cumulativeLayoutShift}`);
    for (const w of r.runWarnings) console.log(`  warning: ${w}`);
  };
  console.log(`\nLighthouse ${figures.lighthouse} on the hosted build (headless Chromium, loopback, files gzip-compressed)`);
  block('Desktop (Lighthouse desktop config)', desktop);
  block('Mobile (Lighthouse default: Moto G Power, slow 4G, 4× CPU)', mobile);
  console.log(`\n  installable: manifest ${figures.installable.manifest ? 'complete' : 'INCOMPLETE'}, icons ${figures.installable.icons.join(', ')}, service worker precaching ${figures.installable.serviceWorkerFiles} files`);
  console.log(`\n  >>> MOBILE PERFORMANCE SCORE: ${mobile.scores.performance ?? '-'} / 100, the median run of ${mobile.runs.length} (desktop ${desktop.scores.performance ?? '-'}) <<<\n`);
} finally {
  await chrome.kill();
  await server.close();
}
