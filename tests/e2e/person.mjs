// Drives the questionnaire the way a person does: reads the heading, finds
// answers by their visible labels, presses Continue. A scenario maps a
// question (its heading) to the labels to choose, or to { number }; every
// other question gets its way out ("No", "None of these", "I do not know").
import assert from 'node:assert/strict';

export const REVIEW = 'Check your answers';
export const RESULTS = 'Your results';

export async function heading(page) {
  const h1 = page.getByRole('heading', { level: 1 });
  await h1.waitFor();
  return (await h1.textContent()).trim();
}

/** Waits until the page heading is no longer `previous`. */
export async function nextHeading(page, previous) {
  await page.waitForFunction((prev) => {
    const h = document.querySelector('h1');
    return h && h.textContent.trim() !== prev;
  }, previous);
  return heading(page);
}

async function wayOut(page) {
  for (const [role, name] of [
    ['radio', 'No'],
    ['checkbox', 'None of these'],
    ['radio', 'Not sure'],
    ['checkbox', /I do not know my result/],
  ]) {
    const option = page.getByRole(role, { name, exact: typeof name === 'string' });
    if (await option.count()) return option;
  }
  throw new Error(`no way out on "${await heading(page)}"`);
}

/** The controls to use for one question under a scenario. */
async function controls(page, scenario, h1) {
  const want = scenario[h1];
  if (want === undefined) return [await wayOut(page)];
  if (want.number !== undefined) return [{ textbox: page.getByRole('textbox'), value: String(want.number) }];
  const out = [];
  for (const label of want) {
    const option = page.getByRole('radio', { name: label, exact: true })
      .or(page.getByRole('checkbox', { name: label, exact: true }));
    assert.equal(await option.count(), 1, `"${label}" on "${h1}"`);
    out.push(option);
  }
  return out;
}

/**
 * Answers from the current question to the review page, with the mouse or
 * (`keyboard: true`) with the keyboard alone. `onPage` runs on each question
 * page before it is answered. Returns the headings seen.
 */
export async function answerAll(page, scenario = {}, { keyboard = false, onPage } = {}) {
  const seen = [];
  let h1 = await heading(page);
  while (h1 !== REVIEW) {
    assert.ok(seen.length < 40, 'the questionnaire never ends');
    seen.push(h1);
    if (onPage) await onPage(page, h1);
    for (const c of await controls(page, scenario, h1)) {
      if (keyboard) await byKeyboard(page, c);
      else if (c.textbox) await c.textbox.fill(c.value);
      else await c.check();
    }
    if (keyboard) {
      await tabTo(page, (el) => el.tagName === 'BUTTON' && el.textContent.trim() === 'Continue');
      await page.keyboard.press('Enter');
    } else {
      await page.getByRole('button', { name: 'Continue' }).click();
    }
    h1 = await nextHeading(page, h1);
  }
  return seen;
}

/** Presses Tab until `test(document.activeElement)` holds. */
export async function tabTo(page, test, limit = 60) {
  for (let i = 0; i < limit; i++) {
    await page.keyboard.press('Tab');
    if (await page.evaluate(`(${test})(document.activeElement)`)) return;
  }
  throw new Error(`Tab never reached ${test}`);
}

async function byKeyboard(page, control) {
  if (control.textbox) {
    await tabTo(page, (el) => el.tagName === 'INPUT' && el.type === 'text');
    await page.keyboard.type(control.value);
    return;
  }
  const id = await control.getAttribute('id');
  const type = await control.getAttribute('type');
  if (type === 'radio') {
    // Tab reaches the radio group; arrows then move the choice.
    await tabTo(page, (el) => el.type === 'radio');
    for (let i = 0; i < 12 && !(await control.isChecked()); i++) {
      const current = await page.evaluate(() => document.activeElement.id);
      if (current === id) await page.keyboard.press('Space');
      else await page.keyboard.press('ArrowDown');
    }
  } else {
    await tabTo(page, new Function('el', `return el.id === ${JSON.stringify(id)}`));
    await page.keyboard.press('Space');
  }
  assert.ok(await control.isChecked(), `${id} was not chosen with the keyboard`);
}

/** From the start page to the results, answering as the scenario says. */
export async function runCheck(page, scenario, options = {}) {
  if (options.keyboard) {
    await tabTo(page, (el) => el.tagName === 'BUTTON' && el.textContent.includes('Start now'));
    await page.keyboard.press('Enter');
  } else {
    await page.getByRole('button', { name: 'Start now' }).click();
  }
  await nextHeading(page, 'Check your restless legs symptoms');
  const seen = await answerAll(page, scenario, options);
  if (options.keyboard) {
    await tabTo(page, (el) => el.tagName === 'BUTTON' && el.textContent.includes('See your results'));
    await page.keyboard.press('Enter');
  } else {
    await page.getByRole('button', { name: 'See your results' }).click();
  }
  await page.getByRole('heading', { level: 1, name: RESULTS }).waitFor();
  return seen;
}

/** What the results page says, read by role. */
export async function readResults(page) {
  const section = (name) => page.getByRole('region', { name });
  const urgent = section('Get medical help today');
  const soon = section('See a doctor soon');
  const causes = section('Possible causes to talk about with a doctor');
  const titles = async (region) =>
    (await region.count()) ? (await region.getByRole('heading', { level: 3 }).allTextContents()).map((s) => s.trim()) : [];
  return {
    verdict: (await section('Do your symptoms fit the pattern?').locator('p').first().textContent()).trim(),
    urgent: await titles(urgent),
    soon: await titles(soon),
    causes: await titles(causes),
    tests: (await section('Tests to ask your doctor about').getByRole('listitem').allTextContents()).map((s) => s.trim()),
  };
}
