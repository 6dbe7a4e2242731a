// Drives the questionnaire the way a person does: reads the heading, finds
// answers by their visible labels, presses Continue. A scenario maps a
// question (its heading) to the labels to choose, or to { number }; every
// other question gets its way out ("No", "None of these", "Not sure",
// "I do not know").
import assert from 'node:assert/strict';

export const REVIEW = 'Check your answers';
export const RESULTS = 'Your results';

/** The words the helpers look for, per language. */
export const EN = {
  start: 'Start now',
  startHeading: 'Check your restless legs symptoms',
  continue: 'Continue',
  seeResults: 'See your results',
  review: REVIEW,
  results: RESULTS,
  wayOut: [['radio', 'No'], ['checkbox', 'None of these'], ['radio', 'Not sure'], ['checkbox', 'Not sure'], ['checkbox', /I do not know my result/]],
  // Questions with no way out, and what a scenario answers by default.
  defaults: { 'Are you 18 or older?': ['Yes, 18 or older'] },
  regions: {
    emergency: 'Get help now',
    urgent: 'Get medical help today',
    soon: 'See a doctor soon',
    causes: 'Possible causes to talk about with a doctor',
    pattern: 'Do your symptoms fit the pattern?',
    tests: 'Tests to ask your doctor about',
  },
};

export const ES = {
  start: 'Empezar',
  startHeading: 'Compruebe sus síntomas de piernas inquietas',
  continue: 'Continuar',
  seeResults: 'Ver sus resultados',
  review: 'Revise sus respuestas',
  results: 'Sus resultados',
  wayOut: [['radio', 'No'], ['checkbox', 'Ninguna de estas'], ['radio', 'No lo sé'], ['checkbox', 'No lo sé'], ['checkbox', /No sé mi resultado/]],
  defaults: { '¿Tiene 18 años o más?': ['Sí, 18 años o más'] },
  regions: {
    emergency: 'Busque ayuda ahora',
    urgent: 'Busque ayuda médica hoy',
    soon: 'Consulte pronto a un médico',
    causes: 'Posibles causas para hablar con un médico',
    pattern: '¿Encajan sus síntomas con el patrón?',
    tests: 'Pruebas por las que puede preguntar a su médico',
  },
};

/** The four symptom features, answered Yes: legs that fit the pattern. */
export const PATTERN = {
  'Do you get an urge to move your legs?': ['Yes'],
  'Does the urge start, or get worse, when you rest?': ['Yes'],
  'Does moving ease the feeling?': ['Yes'],
  'Is it worse in the evening or at night, or does it only happen then?': ['Yes'],
};

/** A scenario used across suites: the RLS pattern, low ferritin after heavy
 * periods, and late pregnancy (shows the iron and pregnancy causes). */
export const IRON_AND_PREGNANCY = {
  'Do you get an urge to move your legs?': ['Yes'],
  'Does the urge start, or get worse, when you rest?': ['Yes'],
  'Does moving ease the feeling?': ['Yes'],
  'Is it worse in the evening or at night, or does it only happen then?': ['Yes'],
  'Have any of these applied to you in the past year?': ['I have heavy periods'],
  'If you have had a ferritin blood test in the past 12 months, what was the result?': { number: 22 },
  'Are you pregnant, or have you given birth in the past 6 weeks?': ['Yes, I am pregnant now'],
  'How far along is your pregnancy?': ['28 weeks or more'],
};

// `scope` below is a Page, or a Locator or FrameLocator holding the widget
// (an inline element, an iframe), so the same steps work wherever it runs.

/**
 * Clicks a control. It is scrolled into view first: Playwright's own
 * scrolling misses controls inside a shadow root when the page around them
 * moves (an iframe above fitting its content).
 */
export async function press(control, how = 'click') {
  // The start page drawn into the HTML gives way to the app's own, which
  // looks the same: a control replaced while being reached is found again,
  // as a person would simply press what they see.
  for (let attempt = 1; ; attempt++) {
    try {
      await control.scrollIntoViewIfNeeded();
      await control[how]();
      return;
    } catch (e) {
      if (!/not attached to the DOM/.test(e?.message ?? '') || attempt >= 3) throw e;
    }
  }
}

export async function heading(scope) {
  const h1 = scope.getByRole('heading', { level: 1 });
  await h1.waitFor();
  return (await h1.textContent()).trim();
}

/** Waits until the widget's heading is no longer `previous`. */
export async function nextHeading(scope, previous, timeout = 10000) {
  const until = Date.now() + timeout;
  for (;;) {
    const text = await scope.getByRole('heading', { level: 1 }).textContent({ timeout }).catch(() => null);
    if (text !== null && text.trim() !== previous) return text.trim();
    if (Date.now() > until) throw new Error(`the heading stayed "${previous}"`);
    await new Promise((ok) => setTimeout(ok, 10));
  }
}

async function wayOut(scope, words) {
  for (const [role, name] of words.wayOut) {
    const option = scope.getByRole(role, { name, exact: typeof name === 'string' });
    if (await option.count()) return option;
  }
  throw new Error(`no way out on "${await heading(scope)}"`);
}

/** The controls to use for one question under a scenario. */
async function controls(scope, scenario, h1, words) {
  const want = scenario[h1] ?? words.defaults?.[h1];
  if (want === undefined) return [await wayOut(scope, words)];
  if (want.number !== undefined) return [{ textbox: scope.getByRole('textbox'), value: String(want.number) }];
  const out = [];
  for (const label of want) {
    const option = scope.getByRole('radio', { name: label, exact: true })
      .or(scope.getByRole('checkbox', { name: label, exact: true }));
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
export async function answerAll(page, scenario = {}, { keyboard = false, onPage, scope = page, words = EN } = {}) {
  const seen = [];
  let h1 = await heading(scope);
  while (h1 !== words.review) {
    assert.ok(seen.length < 40, 'the questionnaire never ends');
    seen.push(h1);
    if (onPage) await onPage(page, h1);
    for (const c of await controls(scope, scenario, h1, words)) {
      if (keyboard) await byKeyboard(page, c);
      else if (c.textbox) await c.textbox.fill(c.value);
      else await press(c, 'check');
    }
    if (keyboard) {
      await tabTo(page, new Function('el', `return el.tagName === 'BUTTON' && el.textContent.trim() === ${JSON.stringify(words.continue)}`));
      await page.keyboard.press('Enter');
    } else {
      await press(scope.getByRole('button', { name: words.continue, exact: true }));
    }
    h1 = await nextHeading(scope, h1);
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
  const scope = options.scope ?? page;
  const words = options.words ?? EN;
  if (options.keyboard) {
    await tabTo(page, (el) => el.tagName === 'BUTTON' && el.textContent.includes('Start now'));
    await page.keyboard.press('Enter');
  } else {
    await press(scope.getByRole('button', { name: words.start }));
  }
  await nextHeading(scope, words.startHeading);
  const seen = await answerAll(page, scenario, { ...options, scope, words });
  if (options.keyboard) {
    await tabTo(page, (el) => el.tagName === 'BUTTON' && el.textContent.includes('See your results'));
    await page.keyboard.press('Enter');
  } else {
    await press(scope.getByRole('button', { name: words.seeResults }));
  }
  await scope.getByRole('heading', { level: 1, name: words.results }).waitFor();
  return seen;
}

/** What the results page says, read by role. */
export async function readResults(scope, words = EN) {
  const section = (name) => scope.getByRole('region', { name });
  const titles = async (region) =>
    (await region.count()) ? (await region.getByRole('heading', { level: 3 }).allTextContents()).map((s) => s.trim()) : [];
  const tests = section(words.regions.tests);
  return {
    verdict: (await section(words.regions.pattern).locator('p').first().textContent()).trim(),
    emergency: await titles(section(words.regions.emergency)),
    urgent: await titles(section(words.regions.urgent)),
    soon: await titles(section(words.regions.soon)),
    causes: await titles(section(words.regions.causes)),
    tests: (await tests.count()) ? (await tests.getByRole('listitem').allTextContents()).map((s) => s.trim()) : [],
  };
}

/** An adult whose legs fit the pattern and who reports nothing else. */
export const SAVED_BASE = [
  'age=adult', 'warning_signs=none', 'body_signs=none', 'self_harm=no', 'urge=yes', 'rest=yes', 'movement=yes', 'evening=yes', 'frequency=persistent',
  'impact=poor_sleep', 'nights=not_sure', 'bother=not_sure', 'sleep_lost=lost_none', 'course=same', 'onset_age=from_45', 'mimics=none', 'family=no', 'blood=none',
  'ferritin=dont_know', 'diet=none', 'nutrients=not_sure', 'pregnant=no', 'conditions=none',
  'nerve_sleep_vein=none', 'snoring=no', 'mind_medicines=none', 'other_medicines=none',
  'medicine_timing=no', 'withdrawal=no', 'lifestyle=none',
];

/** The saved-answers text (the form before versions, still read) for SAVED_BASE with some answers replaced. */
export function savedAnswers(changes = []) {
  const out = new Map(SAVED_BASE.map((p) => p.split('=')));
  for (const p of changes) {
    const [q, a] = p.split('=');
    out.set(q, a);
  }
  // The danger signs of pregnancy are asked after the pregnancy question.
  const pairs = [...out].map(([q, a]) => `${q}=${a}`);
  const signs = pairs.findIndex((p) => p.startsWith('pregnancy_signs='));
  if (signs >= 0) {
    const [moved] = pairs.splice(signs, 1);
    pairs.splice(pairs.findIndex((p) => p.startsWith('pregnant=')) + 1, 0, moved);
  }
  return pairs.join(';');
}
