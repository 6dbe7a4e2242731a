// axe-core (WCAG 2.0 A/AA, 2.1 AA, 2.2 AA) on every kind of page, in light
// and dark colour schemes, and no horizontal scrolling at 320 CSS px.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { start, stop, open, assertClean, assertAccessible } from './harness.mjs';
import { answerAll, heading, nextHeading } from './person.mjs';

before(start);
after(stop);

const URGENT = {
  'Have you noticed any of these?': ['The feelings came on suddenly, or got much worse within a few days', 'Pain in my neck or back (new or long-standing)', 'The feelings are in one leg only'],
  'In the past two weeks, have you had thoughts of harming yourself or ending your life?': ['Yes'],
  'In the past few weeks, have you had any of these?': ['Sudden breathlessness, chest pain, or coughing up blood'],
  'Are you pregnant, or have you given birth in the past 6 weeks?': ['Yes, I am pregnant now'],
  'How far along is your pregnancy?': ['13 to 27 weeks'],
};

async function noSideways(page, where) {
  const { scroll, client } = await page.evaluate(() => ({
    scroll: document.documentElement.scrollWidth,
    client: document.documentElement.clientWidth,
  }));
  assert.ok(scroll <= client, `${where}: page is ${scroll}px wide in a ${client}px viewport`);
}

for (const colorScheme of ['light', 'dark']) {
  test(`every page of a full path passes axe (${colorScheme})`, async () => {
    const { page, context, problems } = await open('', { colorScheme });
    await page.getByRole('button', { name: 'Start now' }).click();
    await nextHeading(page, 'Check your restless legs symptoms');
    // The error state first.
    await page.getByRole('button', { name: 'Continue' }).click();
    await page.getByRole('heading', { name: 'There is a problem' }).waitFor();
    await assertAccessible(page, `error state (${colorScheme})`);
    const seen = await answerAll(page, URGENT, {
      onPage: (p, h1) => assertAccessible(p, `"${h1}" (${colorScheme})`),
    });
    assert.ok(seen.length >= 24);
    await assertAccessible(page, `check your answers (${colorScheme})`);
    await page.getByRole('button', { name: 'See your results' }).click();
    await page.getByRole('region', { name: 'Get help now' }).waitFor();
    await page.getByRole('region', { name: 'Get medical help today' }).waitFor();
    await page.getByRole('region', { name: 'See a doctor soon' }).waitFor();
    await assertAccessible(page, `results with warning signs at every level (${colorScheme})`);
    // Open the folded causes and check again.
    await page.locator('summary').first().click();
    await assertAccessible(page, `results, all causes open (${colorScheme})`);
    assertClean(problems);
    await context.close();
  });

  test(`results without warning signs pass axe (${colorScheme})`, async () => {
    const { page, context, problems } = await open('', { colorScheme });
    await page.getByRole('button', { name: 'Start now' }).click();
    await nextHeading(page, 'Check your restless legs symptoms');
    await answerAll(page, {});
    await page.getByRole('button', { name: 'See your results' }).click();
    await page.getByRole('heading', { level: 1, name: 'Your results' }).waitFor();
    assert.equal(await page.getByRole('region', { name: 'Get medical help today' }).count(), 0);
    await assertAccessible(page, `results without flags (${colorScheme})`);
    assertClean(problems);
    await context.close();
  });
}

test('nothing scrolls sideways at 320 CSS px, on any page', async () => {
  const { page, context, problems } = await open('', { viewport: { width: 320, height: 640 } });
  await page.getByRole('button', { name: 'Start now' }).waitFor();
  await noSideways(page, 'start page');
  await page.getByRole('button', { name: 'Start now' }).click();
  await nextHeading(page, 'Check your restless legs symptoms');
  await page.getByRole('button', { name: 'Continue' }).click();
  await page.getByRole('heading', { name: 'There is a problem' }).waitFor();
  await noSideways(page, 'error state');
  await answerAll(page, URGENT, { onPage: (p, h1) => noSideways(p, h1) });
  await noSideways(page, 'check your answers');
  await page.getByRole('button', { name: 'See your results' }).click();
  await page.getByRole('heading', { level: 1, name: 'Your results' }).waitFor();
  await page.locator('summary').first().click();
  await noSideways(page, 'results');
  assertClean(problems);
  await context.close();
});

test('text at 200% zoom still fits 640 CSS px without sideways scrolling', async () => {
  // 200% zoom of a 1280 px window is a 640 px layout viewport with text at
  // twice the size; the widget's sizes are in rem, so doubling the root
  // font size gives the same effect.
  const { page, context, problems } = await open('', { viewport: { width: 640, height: 800 } });
  await page.addStyleTag({ content: 'html { font-size: 200% !important; }' });
  await page.getByRole('button', { name: 'Start now' }).click();
  await nextHeading(page, 'Check your restless legs symptoms');
  await answerAll(page, URGENT, { onPage: (p, h1) => noSideways(p, `${h1} at 200%`) });
  await page.getByRole('button', { name: 'See your results' }).click();
  await page.getByRole('heading', { level: 1, name: 'Your results' }).waitFor();
  await noSideways(page, 'results at 200%');
  assertClean(problems);
  await context.close();
});

test('touch targets are at least 24 by 24 CSS px', async () => {
  const { page, context } = await open('', { viewport: { width: 320, height: 640 } });
  await page.getByRole('button', { name: 'Start now' }).click();
  await nextHeading(page, 'Check your restless legs symptoms');
  for (const name of ['Yes, 18 or older', 'No, under 18']) {
    const box = await page.getByRole('radio', { name, exact: true }).boundingBox();
    assert.ok(box.width >= 24 && box.height >= 24, `${name}: ${box.width}x${box.height}`);
  }
  const back = await page.getByRole('link', { name: 'Back' }).boundingBox();
  assert.ok(back.height >= 24, `Back link is ${back.height}px high`);
  assert.equal(await heading(page), 'Are you 18 or older?');
  await context.close();
});
