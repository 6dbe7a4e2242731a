// Saved answers: the versioned format and the migration from the one before
// it, 30 days without a change, Forget clearing memory as well as storage,
// and two tabs that agree.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { start, stop, open, assertClean } from './harness.mjs';
import { runCheck, readResults, savedAnswers, PATTERN, EN } from './person.mjs';

before(start);
after(stop);

const DAY = 24 * 60 * 60 * 1000;
const RESUME = 'Carry on where you left off';

/** Opens the widget with `text` saved before it starts (once per context). */
async function openWith(text) {
  const opened = await open();
  const { page, context } = opened;
  const origin = new URL(page.url()).origin;
  await context.addInitScript(([t, o]) => {
    if (location.origin === o && !sessionStorage.getItem('seeded')) {
      localStorage.setItem('rls-check.answers', t.replace('NOW', String(Date.now())).replace(/AGO\((\d+)\)/, (_, ms) => String(Date.now() - Number(ms))));
      sessionStorage.setItem('seeded', '1');
    }
  }, [text, origin]);
  await page.reload();
  await page.getByRole('heading', { level: 1, name: EN.startHeading }).waitFor();
  return opened;
}

const stored = (page) => page.evaluate(() => localStorage.getItem('rls-check.answers'));

test('answers saved in the format before versions still open, and are rewritten in the current one', async () => {
  const { page, context, problems } = await openWith(savedAnswers());
  await page.getByRole('button', { name: RESUME }).click();
  await page.getByRole('heading', { level: 1, name: 'Check your answers' }).waitFor();
  assert.match(await stored(page), /^v2\|\d{13}\|age=adult;/);
  assertClean(problems);
  await context.close();
});

test('answers untouched for 30 days are forgotten; 29 days are kept', async () => {
  const old = await openWith(`v2|AGO(${31 * DAY})|${savedAnswers()}`);
  await old.page.getByRole('button', { name: EN.start }).waitFor();
  assert.equal(await old.page.getByRole('button', { name: RESUME }).count(), 0);
  assert.equal(await stored(old.page), null);
  await old.context.close();

  const recent = await openWith(`v2|AGO(${29 * DAY})|${savedAnswers()}`);
  await recent.page.getByRole('button', { name: RESUME }).waitFor();
  // Only opening the page does not start the 30 days again.
  assert.match(await stored(recent.page), new RegExp(`^v2\\|\\d+\\|`));
  const savedAt = Number((await stored(recent.page)).split('|')[1]);
  assert.ok(Date.now() - savedAt > 28 * DAY, 'a visit without a change renewed the answers');
  // Forgetting here: focus is not lost with the button that was pressed.
  await recent.page.getByRole('button', { name: 'Forget my answers' }).click();
  await recent.page.getByRole('status').filter({ hasText: 'Your answers have been removed from this browser.' }).waitFor();
  assert.equal(await recent.page.evaluate(() => document.activeElement.textContent.trim()), EN.start);
  await recent.context.close();
});

test('Forget my answers clears memory as well as storage: the next answer saves nothing older', async () => {
  const { page, context, problems } = await open();
  await runCheck(page, { ...PATTERN });
  await readResults(page);
  assert.ok((await stored(page)).includes('urge=yes'));
  await page.getByRole('button', { name: 'Forget my answers' }).click();
  await page.getByRole('status').filter({ hasText: 'Your answers have been removed from this browser.' }).waitFor();
  assert.equal(await stored(page), null);
  // Focus moves to the new page's heading.
  assert.equal(await page.evaluate(() => document.activeElement.textContent.trim()), EN.startHeading);
  await page.getByRole('button', { name: EN.start }).click();
  const adult = page.getByRole('radio', { name: 'Yes, 18 or older' });
  assert.equal(await adult.isChecked(), false);
  await adult.check();
  await page.getByRole('button', { name: 'Continue' }).click();
  await page.waitForFunction(() => /^v2\|\d+\|age=adult$/.test(localStorage.getItem('rls-check.answers') ?? ''));
  assertClean(problems);
  await context.close();
});

test('two tabs agree: answers forgotten in one are gone from the other, which does not save them again', async () => {
  const { page: one, context, problems } = await open();
  await runCheck(one, { ...PATTERN });
  await readResults(one);
  const two = await context.newPage();
  await two.goto(one.url().split('#')[0]);
  await two.getByRole('button', { name: RESUME }).click();
  await two.getByRole('heading', { level: 1, name: 'Check your answers' }).waitFor();

  await one.getByRole('button', { name: 'Forget my answers' }).click();
  await two.getByRole('heading', { level: 1, name: EN.startHeading }).waitFor();
  assert.equal(await two.getByRole('button', { name: RESUME }).count(), 0);
  await two.getByRole('button', { name: EN.start }).click();
  await two.getByRole('radio', { name: 'Yes, 18 or older' }).check();
  await two.getByRole('button', { name: 'Continue' }).click();
  await two.waitForFunction(() => localStorage.getItem('rls-check.answers')?.endsWith('|age=adult'));

  // And an answer given in one tab reaches the other.
  await one.getByRole('heading', { level: 1, name: EN.startHeading }).waitFor();
  await one.getByRole('button', { name: RESUME }).waitFor();
  assertClean(problems);
  await context.close();
});
