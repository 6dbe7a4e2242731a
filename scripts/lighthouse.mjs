// Runs Lighthouse on the hosted build (dist/ on loopback) with the local
// Chromium and prints the category scores and the installability facts.
// No thresholds: the figures are reported, not judged. Writes the full
// figures to target/lighthouse.json.
import { mkdir, writeFile, readFile } from 'node:fs/promises';
import lighthouse from 'lighthouse';
import * as chromeLauncher from 'chrome-launcher';
import { serve } from '../tests/e2e/server.mjs';
import { CHROMIUM_ARGS } from '../tests/e2e/harness.mjs';

const dist = new URL('../dist/', import.meta.url).pathname;
const server = await serve(dist);
const chrome = await chromeLauncher.launch({
  chromePath: process.env.CHROMIUM ?? '/usr/bin/chromium',
  chromeFlags: CHROMIUM_ARGS,
});
try {
  const result = await lighthouse(server.url, {
    port: chrome.port,
    output: 'json',
    logLevel: 'error',
    onlyCategories: ['performance', 'accessibility', 'best-practices', 'seo'],
  });
  const lhr = result.lhr;
  const manifest = JSON.parse(await readFile(`${dist}manifest.webmanifest`, 'utf8'));
  const figures = {
    lighthouse: lhr.lighthouseVersion,
    scores: Object.fromEntries(Object.values(lhr.categories).map((c) => [c.id, Math.round(c.score * 100)])),
    firstContentfulPaintMs: Math.round(lhr.audits['first-contentful-paint'].numericValue),
    largestContentfulPaintMs: Math.round(lhr.audits['largest-contentful-paint'].numericValue),
    totalBlockingTimeMs: Math.round(lhr.audits['total-blocking-time'].numericValue),
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
  console.log('\nLighthouse %s on the hosted build (headless Chromium, loopback)', figures.lighthouse);
  for (const [id, score] of Object.entries(figures.scores)) console.log(`  ${id.padEnd(16)} ${score}`);
  console.log(`  first contentful paint ${figures.firstContentfulPaintMs} ms, largest ${figures.largestContentfulPaintMs} ms, total blocking ${figures.totalBlockingTimeMs} ms`);
  console.log(`  installable: manifest ${figures.installable.manifest ? 'complete' : 'INCOMPLETE'}, icons ${figures.installable.icons.join(', ')}, service worker precaching ${figures.installable.serviceWorkerFiles} files`);
} finally {
  await chrome.kill();
  await server.close();
}
