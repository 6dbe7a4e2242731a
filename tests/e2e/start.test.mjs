// The widget loads from dist/ under a sub-path and shows its start page,
// cleanly and accessibly.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { start, stop, open, assertClean, assertAccessible } from './harness.mjs';

before(start);
after(stop);

test('the start page says what the check is and offers Start', async () => {
  const { page, context, problems } = await open();
  const heading = page.getByRole('heading', { level: 1, name: 'Check your restless legs symptoms' });
  await heading.waitFor();
  await assert.doesNotReject(page.getByText('It takes about 5 minutes.').waitFor());
  await assert.doesNotReject(page.getByText('Your answers stay on this device.').waitFor());
  await assert.doesNotReject(page.getByText('This check is not a diagnosis.').waitFor());
  assert.equal(await page.getByRole('button', { name: 'Start now' }).isVisible(), true);
  assert.equal(await page.title(), 'Restless legs check');
  assertClean(problems);
  await context.close();
});

test('the start page has no accessibility violations, light and dark', async () => {
  for (const colorScheme of ['light', 'dark']) {
    const { page, context, problems } = await open('', { colorScheme });
    await page.getByRole('button', { name: 'Start now' }).waitFor();
    await assertAccessible(page, `start page (${colorScheme})`);
    assertClean(problems);
    await context.close();
  }
});
