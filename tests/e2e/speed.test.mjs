// The speed budget: over a full path, no press of Continue may take longer
// than STEP_BUDGET_MS until the next question is painted (measured in the
// page by bench/probe.js, the benchmark's own probe).
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { start, stop, open, assertClean } from './harness.mjs';

export const STEP_BUDGET_MS = 50;
const probe = new URL('../../bench/probe.js', import.meta.url).pathname;

before(start);
after(stop);

test(`every Continue shows the next question within ${STEP_BUDGET_MS} ms`, async (t) => {
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
  const slow = steps.filter((s) => s.ms > STEP_BUDGET_MS);
  assert.deepEqual(slow, [], `steps over ${STEP_BUDGET_MS} ms:\n${slow.map((s) => `${s.ms.toFixed(1)} ms after "${s.title}"`).join('\n')}`);
  assertClean(problems);
  await context.close();
});
