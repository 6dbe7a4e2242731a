// Moving around: the browser's Back and Forward buttons, reloads, the Back
// link, Change links, focus after each step and the error pattern.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { start, stop, open, assertClean } from './harness.mjs';
import { answerAll, heading, nextHeading, REVIEW } from './person.mjs';

before(start);
after(stop);

const Q0 = 'Are you 18 or older?';
const Q1 = 'Do you get an urge to move your legs?';
const Q2 = 'Does the urge start, or get worse, when you rest?';
const Q3 = 'Does moving ease the feeling?';

/** From the start page to the first symptom question: an adult with no
 * warning signs (those are asked first). */
async function begin(page) {
  await page.getByRole('button', { name: 'Start now' }).click();
  let h1 = await nextHeading(page, 'Check your restless legs symptoms');
  assert.equal(h1, Q0);
  for (const [role, name] of [['radio', 'Yes, 18 or older'], ['checkbox', 'None of these'], ['checkbox', 'None of these'], ['radio', 'No']]) {
    await page.getByRole(role, { name, exact: true }).check();
    await page.getByRole('button', { name: 'Continue' }).click();
    h1 = await nextHeading(page, h1);
  }
  assert.equal(h1, Q1);
}

async function choose(page, name) {
  const h1 = await heading(page);
  const address = await page.evaluate(() => location.href);
  await page.getByRole('radio', { name, exact: true }).check();
  await page.getByRole('button', { name: 'Continue' }).click();
  const next = await nextHeading(page, h1);
  // Each step's history entry is written once its page has been painted
  // (`use_address_bar` in ARCHITECTURE.md): Back is pressed after it is there,
  // as a person pressing it after seeing the question would.
  await page.waitForFunction((before) => location.href !== before, address);
  return next;
}

const focusedTag = (page) => page.evaluate(() => document.activeElement?.tagName);

test('browser Back, Forward and reload keep the step and the answers', async () => {
  const { page, context, problems } = await open();
  await begin(page);
  assert.equal(await choose(page, 'Yes'), Q2);
  assert.equal(await choose(page, 'No'), Q3);

  await page.goBack();
  assert.equal(await nextHeading(page, Q3), Q2);
  assert.ok(await page.getByRole('radio', { name: 'No', exact: true }).isChecked());
  await page.goBack();
  assert.equal(await nextHeading(page, Q2), Q1);
  assert.ok(await page.getByRole('radio', { name: 'Yes', exact: true }).isChecked());
  await page.goForward();
  assert.equal(await nextHeading(page, Q1), Q2);

  await page.reload();
  assert.equal(await heading(page), Q2);
  assert.ok(await page.getByRole('radio', { name: 'No', exact: true }).isChecked());
  assert.equal(await page.title(), `Question 6 of 26 \u2013 ${Q2} \u2013 Restless legs check`);
  assertClean(problems);
  await context.close();
});

test('browser Back pressed as the next question appears goes back one step, not two', async () => {
  const { page, context, problems } = await open();
  await begin(page);
  assert.equal(await choose(page, 'Yes'), Q2);
  const atQ2 = await page.evaluate(() => location.href);
  await page.getByRole('radio', { name: 'No', exact: true }).check();
  // Back pressed the moment the next question is drawn, before its page is
  // painted and so before its history entry is written.
  const resumed = await page.getByRole('button', { name: 'Continue' }).evaluate(
    (button) =>
      new Promise((done) => {
        const observer = new MutationObserver(() => {
          const shown = document.querySelector('h1')?.textContent.trim();
          if (shown === before) return;
          observer.disconnect();
          const address = location.href;
          history.back();
          done({ shown, address });
        });
        const before = document.querySelector('h1')?.textContent.trim();
        observer.observe(document.body, { subtree: true, childList: true, characterData: true });
        // Where the browser's Back lands, before the app has acted on it.
        addEventListener('popstate', () => (window.__landed = location.href), { once: true, capture: true });
        button.click();
      }),
  );
  assert.equal(resumed.shown, Q3, 'Continue showed the next question at once');
  assert.equal(resumed.address, atQ2, 'Back came before the next question had its entry');
  assert.equal(await nextHeading(page, Q3), Q2);
  assert.ok(await page.getByRole('radio', { name: 'No', exact: true }).isChecked());
  await page.waitForFunction((address) => location.href === address, atQ2);
  await page.goBack();
  assert.equal(await nextHeading(page, Q2), Q1);
  // The race was real: the browser's Back had landed on Q1's entry.
  const atQ1 = await page.evaluate(() => location.href);
  assert.equal(await page.evaluate(() => window.__landed), atQ1);
  await page.goForward();
  assert.equal(await nextHeading(page, Q1), Q2);
  assertClean(problems);
  await context.close();
});

test('an address changed before the next question has its entry is kept, not written over', async () => {
  const { page, context, problems } = await open();
  await begin(page);
  await page.getByRole('radio', { name: 'Yes', exact: true }).check();
  // The address changes (as by a link, an edit or Back) in the frame that
  // paints the next question, after the app has asked for that frame and
  // before it has heard of the change (replaceState fires no event).
  const changedTo = await page.getByRole('button', { name: 'Continue' }).evaluate(
    (button) =>
      new Promise((done) => {
        const before = document.querySelector('h1')?.textContent.trim();
        const observer = new MutationObserver(() => {
          if (document.querySelector('h1')?.textContent.trim() === before) return;
          observer.disconnect();
          requestAnimationFrame(() => {
            history.replaceState(null, '', `${location.href.split('#')[0]}#/start`);
            done(location.href);
          });
        });
        observer.observe(document.body, { subtree: true, childList: true, characterData: true });
        button.click();
      }),
  );
  assert.equal(await heading(page), Q2);
  // Long enough for the step's entry to have been written: two more frames.
  await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(() => setTimeout(r, 50)))));
  assert.equal(await page.evaluate(() => location.href), changedTo);
  assertClean(problems);
  await context.close();
});

test('the Back link goes to the previous question with its answer', async () => {
  const { page, context, problems } = await open();
  await begin(page);
  assert.equal(await choose(page, 'Not sure'), Q2);
  await page.getByRole('link', { name: 'Back' }).click();
  assert.equal(await nextHeading(page, Q2), Q1);
  assert.ok(await page.getByRole('radio', { name: 'Not sure', exact: true }).isChecked());
  assertClean(problems);
  await context.close();
});

test('focus moves to the heading after every step, and the title names the step', async () => {
  const { page, context, problems } = await open();
  await begin(page);
  assert.equal(await focusedTag(page), 'H1');
  await answerAll(page, {}, {
    onPage: async (p, h1) => {
      assert.equal(await focusedTag(p), 'H1', `focus on "${h1}"`);
      assert.match(await p.title(), /^Question \d+ of \d+ \u2013 /);
    },
  });
  assert.equal(await focusedTag(page), 'H1');
  assert.equal(await page.title(), 'Check your answers \u2013 Restless legs check');
  assertClean(problems);
  await context.close();
});

test('Continue with nothing chosen shows the error pattern, and its link reaches the field', async () => {
  const { page, context, problems } = await open();
  await begin(page);
  await page.getByRole('button', { name: 'Continue' }).click();
  const summary = page.getByRole('alert');
  await summary.getByRole('heading', { name: 'There is a problem' }).waitFor();
  assert.equal(await page.evaluate(() => document.activeElement.id), 'rls-error-summary');
  assert.match(await page.title(), /^Error: Question 5 of 26/);
  const yes = page.getByRole('radio', { name: 'Yes', exact: true });
  assert.equal(await yes.getAttribute('aria-invalid'), 'true');
  const group = page.getByRole('group', { name: Q1 });
  assert.match(await group.getAttribute('aria-describedby'), /rls-urge-error/);
  assert.equal((await page.locator('#rls-urge-error').textContent()).trim(), 'Error: Choose one answer.');
  await summary.getByRole('link', { name: 'Choose one answer.' }).click();
  assert.equal(await page.evaluate(() => document.activeElement.id), 'rls-urge-yes');
  assert.ok(page.url().endsWith('#/q/urge'), 'the link does not change the address');
  assertClean(problems);
  await context.close();
});

test('the error summary link brings the question into view, then focuses its first answer', async () => {
  // A short window, so that the page scrolls: focusing the radio alone
  // would leave the question it answers above the window.
  const { page, context, problems } = await open('', { viewport: { width: 320, height: 360 } });
  await begin(page);
  await page.getByRole('button', { name: 'Continue' }).click();
  const link = page.getByRole('alert').getByRole('link', { name: 'Choose one answer.' });
  await link.waitFor();
  await link.click();
  assert.equal(await page.evaluate(() => document.activeElement.id), 'rls-urge-yes');
  const top = await page.locator('legend').evaluate((legend) => legend.getBoundingClientRect().top);
  assert.ok(Math.abs(top) <= 1, `the question's legend is ${top}px from the top of the window`);
  assertClean(problems);
  await context.close();
});

test('a number that is not a number, or out of range, is explained', async () => {
  const { page, context, problems } = await open();
  await begin(page);
  const ferritin = 'If you have had a ferritin blood test in the past 12 months, what was the result?';
  await answerAll(page, {}, {
    onPage: async (p, h1) => {
      if (h1 !== ferritin) return;
      const box = p.getByRole('textbox', { name: ferritin });
      for (const [typed, message] of [
        ['', 'Enter a number, or tick the box below it.'],
        ['forty', 'Use digits only, like 4 or 45.'],
        ['0', 'Enter a number from 1 to 3000.'],
      ]) {
        await box.fill(typed);
        await p.getByRole('button', { name: 'Continue' }).click();
        await p.getByRole('alert').getByRole('link', { name: message }).click();
        assert.equal(await box.getAttribute('aria-invalid'), 'true');
        assert.equal(await p.evaluate(() => document.activeElement.id), 'rls-ferritin-number');
      }
      await box.fill('');
    },
  });
  assertClean(problems);
  await context.close();
});

test('"None of these" clears the other ticks, and a tick clears it', async () => {
  const { page, context } = await open();
  await begin(page);
  await answerAll(page, {}, {
    onPage: async (p, h1) => {
      if (h1 !== 'How do these feelings affect you?') return;
      const sleep = p.getByRole('checkbox', { name: 'They make it hard to fall asleep or stay asleep' });
      const none = p.getByRole('checkbox', { name: 'None of these' });
      await sleep.check();
      await none.check();
      assert.equal(await sleep.isChecked(), false);
      await sleep.check();
      assert.equal(await none.isChecked(), false);
      await sleep.uncheck();
    },
  });
  await context.close();
});

test('Change on the review page returns there, asking any question the change opens', async () => {
  const { page, context, problems } = await open();
  await begin(page);
  await answerAll(page, {});
  assert.equal(await heading(page), REVIEW);
  const pregnant = 'Are you pregnant, or have you given birth in the past 6 weeks?';
  const change = page.getByRole('link', { name: 'Change pregnancy or recent birth' });
  await change.click();
  assert.equal(await nextHeading(page, REVIEW), pregnant);
  assert.equal(await page.getByText('Question 18 of 26').count(), 1);
  await page.getByRole('radio', { name: 'Yes, I am pregnant now', exact: true }).check();
  await page.getByRole('button', { name: 'Continue' }).click();
  assert.equal(await nextHeading(page, pregnant), 'How far along is your pregnancy?');
  assert.equal(await page.getByText('Question 19 of 28').count(), 1);
  await page.getByRole('radio', { name: 'Up to 12 weeks' }).check();
  await page.getByRole('button', { name: 'Continue' }).click();
  const signs = 'Have you had any of these in the past few days?';
  assert.equal(await nextHeading(page, 'How far along is your pregnancy?'), signs);
  await page.getByRole('checkbox', { name: 'None of these' }).check();
  await page.getByRole('button', { name: 'Continue' }).click();
  assert.equal(await nextHeading(page, signs), REVIEW);
  const row = page.getByRole('term').filter({ hasText: 'Stage of pregnancy' });
  assert.equal(await row.count(), 1);
  assertClean(problems);
  await context.close();
});

test('Start again forgets the answers', async () => {
  const { page, context, problems } = await open();
  await begin(page);
  await answerAll(page, {});
  await page.getByRole('button', { name: 'See your results' }).click();
  await page.getByRole('button', { name: 'Start again' }).click();
  assert.equal(await nextHeading(page, 'Your results'), 'Check your restless legs symptoms');
  assert.equal(await page.evaluate(() => localStorage.length), 0);
  await begin(page);
  assert.equal(await page.getByRole('radio', { checked: true }).count(), 0);
  assertClean(problems);
  await context.close();
});
