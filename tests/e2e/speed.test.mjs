// The speed budget, a guard against gross regressions only: over a full
// path, the median press of Continue paints the next question within
// STEP_BUDGET_MS, and none takes over three times that (a busy machine can
// stall one step; a slow step in the code stalls them all). Measured in the
// page by bench/probe.js, the benchmark's own probe; `make bench` holds the
// figures.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { start, stop, open, assertClean } from './harness.mjs';

export const STEP_BUDGET_MS = 50;
const probe = new URL('../../bench/probe.js', import.meta.url).pathname;

before(start);
after(stop);

test(`Continue shows the next question within ${STEP_BUDGET_MS} ms (median), ${3 * STEP_BUDGET_MS} ms at most`, async (t) => {
  const { page, context, problems } = await open('', { serviceWorkers: 'block' });
  await context.addInitScript({ path: probe });
  await page.reload();
  await page.waitForFunction(() => window.__rlsProbe.firstQuestion !== null);
  const steps = [];
  while (await page.evaluate(() => window.__rlsProbe.isQuestion())) {
    const title = (await page.getByRole('heading', { level: 1 }).textContent()).trim();
    await page.evaluate(() => window.__rlsProbe.answer());
    const step = await page.evaluate(() => window.__rlsProbe.step('Continue', 'h1'));
    assert.equal(step.error, undefined, step.error);
    steps.push({ title, ms: step.ms });
    assert.ok(steps.length < 40, 'the questionnaire never ends');
  }
  assert.equal((await page.getByRole('heading', { level: 1 }).textContent()).trim(), 'Check your answers');
  const ms = steps.map((s) => s.ms).sort((a, b) => a - b);
  t.diagnostic(`${steps.length} steps: median ${ms[Math.floor(ms.length / 2)].toFixed(1)} ms, slowest ${ms.at(-1).toFixed(1)} ms`);
  const median = ms[Math.floor(ms.length / 2)];
  assert.ok(median <= STEP_BUDGET_MS, `the median step took ${median.toFixed(1)} ms`);
  const slow = steps.filter((s) => s.ms > 3 * STEP_BUDGET_MS);
  assert.deepEqual(slow, [], `steps over ${3 * STEP_BUDGET_MS} ms:\n${slow.map((s) => `${s.ms.toFixed(1)} ms after "${s.title}"`).join('\n')}`);
  assertClean(problems);
  await context.close();
});
