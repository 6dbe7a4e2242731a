// What a person takes to an appointment: the severity picture on the
// results, the ferritin scale, the one-page summary for the clinician and
// the two-week diary, found by role and name as a person finds them, and
// printed through Chromium's PDF output.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { start, stop, open, assertClean, assertAccessible } from './harness.mjs';
import { runCheck, PATTERN, EN, ES } from './person.mjs';

before(start);
after(stop);

const SEVERE = {
  ...PATTERN,
  'In a usual week, on how many evenings or nights do you get these feelings?': { number: 5 },
  'How much do these feelings bother you, from 0 to 10?': { number: 7 },
  'On a bad night, how much sleep do these feelings cost you?': ['One to two hours'],
  'Over the past few months, have these feelings got better, stayed the same or got worse?': ['Worse'],
};

/** A long check: many medicines, conditions, habits and a warning sign. */
const HEAVY = {
  ...SEVERE,
  'How often do you have these feelings?': ['At least twice a week, for most of the past year'],
  'How do these feelings affect you?': ['They make it hard to fall asleep or stay asleep', 'I feel tired or low on energy in the day'],
  'Have any of these applied to you in the past year?': ['I have heavy periods'],
  'If you have had a ferritin blood test in the past 12 months, what was the result?': { number: 60 },
  'Has a doctor told you that you have any of these long-term conditions?': ['Long-term kidney disease', 'Kidney failure treated with dialysis'],
  'Do you take any of these medicines for mood, mental health, sleep, nerve pain or seizures?': [
    'Mirtazapine',
    'An SSRI or SNRI antidepressant, such as sertraline, citalopram, escitalopram, fluoxetine, venlafaxine or duloxetine',
  ],
  'Do you take any of these other medicines?': [
    'A medicine for feeling sick, such as metoclopramide or prochlorperazine',
    'Metformin, for diabetes',
    'A stomach-acid medicine taken for months, such as omeprazole or lansoprazole',
  ],
  'Do any of these habits apply to you?': ['I have coffee, tea, cola or energy drinks after midday', 'I drink alcohol in the evening'],
  'Have you noticed any of these?': ['The feelings are in one leg only'],
};

const HEAVY_ES = {
  '¿Tiene 18 años o más?': ['Sí, 18 años o más'],
  '¿Siente necesidad de mover las piernas?': ['Sí'],
  '¿La necesidad empieza, o empeora, cuando está en reposo?': ['Sí'],
  '¿Moverse alivia la sensación?': ['Sí'],
  '¿Es peor por la tarde o por la noche, o solo ocurre entonces?': ['Sí'],
  'En una semana normal, ¿cuántas tardes o noches tiene estas sensaciones?': { number: 5 },
  'Del 0 al 10, ¿cuánto le molestan estas sensaciones?': { number: 7 },
  'En una mala noche, ¿cuánto sueño le quitan estas sensaciones?': ['De una a dos horas'],
  'En los últimos meses, ¿estas sensaciones han mejorado, siguen igual o han empeorado?': ['Han empeorado'],
  '¿Cómo le afectan estas sensaciones?': ['Me cuesta dormirme o seguir durmiendo', 'Siento cansancio o poca energía durante el día'],
  '¿Le ha pasado algo de esto en el último año?': ['Tengo menstruaciones abundantes'],
  'Si le han hecho un análisis de ferritina en los últimos 12 meses, ¿cuál fue el resultado?': { number: 60 },
  '¿Le ha dicho un médico que tiene alguna de estas enfermedades de larga duración?': ['Insuficiencia renal tratada con diálisis'],
  '¿Toma alguno de estos medicamentos para el ánimo, la salud mental, el sueño, el dolor de los nervios o las convulsiones?': [
    'Mirtazapina',
    'Un antidepresivo ISRS o IRSN, como sertralina, citalopram, escitalopram, fluoxetina, venlafaxina o duloxetina',
  ],
  '¿Toma alguno de estos otros medicamentos?': [
    'Un medicamento para las náuseas, como metoclopramida o proclorperazina',
    'Metformina, para la diabetes',
    'Un medicamento para el ácido del estómago tomado durante meses, como omeprazol o lansoprazol',
  ],
  '¿Tiene alguno de estos hábitos?': ['Tomo café, té, bebidas de cola o bebidas energéticas después del mediodía', 'Bebo alcohol por la tarde o por la noche'],
  '¿Ha notado alguna de estas cosas?': ['Las sensaciones están en una sola pierna'],
};

const SEVERITY_QUESTIONS = [
  'In a usual week, on how many evenings or nights do you get these feelings?',
  'How much do these feelings bother you, from 0 to 10?',
  'On a bad night, how much sleep do these feelings cost you?',
  'Over the past few months, have these feelings got better, stayed the same or got worse?',
];

/** Pages in a PDF of the page as it prints now. */
async function printedPages(page, format) {
  await page.emulateMedia({ media: 'print' });
  const pdf = (await page.pdf({ format })).toString('latin1');
  await page.emulateMedia({ media: 'screen' });
  return pdf.match(/\/Type\s*\/Page[^s]/g).length;
}

test('how often and how bad are asked only when the answers fit or partly fit', async () => {
  const { page, context, problems } = await open();
  const fits = await runCheck(page, SEVERE);
  for (const q of SEVERITY_QUESTIONS) assert.ok(fits.includes(q), `"${q}" was not asked`);
  await context.close();
  for (const scenario of [
    { 'Do you get an urge to move your legs?': ['No'] },
    { ...PATTERN, 'Does moving ease the feeling?': ['Not sure'] },
  ]) {
    const second = await open();
    const seen = await runCheck(second.page, scenario);
    for (const q of SEVERITY_QUESTIONS) assert.ok(!seen.includes(q), `"${q}" was asked of ${JSON.stringify(scenario)}`);
    assertClean(second.problems);
    await second.context.close();
  }
  assertClean(problems);
});

test('the results draw how often and how bad, and the ferritin against the iron levels, with the numbers in words', async () => {
  const { page, context, problems } = await open();
  await runCheck(page, { ...SEVERE, 'If you have had a ferritin blood test in the past 12 months, what was the result?': { number: 60 } });
  const severity = page.getByRole('region', { name: 'How much it affects you' });
  await severity.waitFor();
  const said = (await severity.innerText()).replace(/\s+/g, ' ');
  for (const words of ['5 of 7 evenings or nights in a usual week', '7 out of 10 for how much it bothers you', 'One to two hours', 'Worse']) {
    assert.ok(said.includes(words), `"${words}" is not in: ${said}`);
  }
  // The pictures are there for the eye, and hidden from screen readers,
  // which read the words beside them.
  const marks = severity.locator('[aria-hidden="true"]');
  assert.equal(await marks.count(), 2);
  assert.equal((await marks.first().textContent()).match(/\u25cf/g).length, 5);
  assert.equal((await marks.first().textContent()).match(/\u25cb/g).length, 2);
  assert.equal(await severity.getByText('7', { exact: true }).evaluate((el) => el.className), 'rls-severity__step rls-severity__step--chosen');
  const snapshot = await severity.ariaSnapshot();
  assert.ok(!snapshot.includes('\u25cf'), `the marks reach the accessibility tree: ${snapshot}`);
  const ferritin = page.getByRole('region', { name: 'Your ferritin result' });
  assert.ok((await ferritin.innerText()).includes('You entered 60 ng/mL. For restless legs, doctors suggest iron when ferritin is 75 or lower.'));
  assert.deepEqual(await ferritin.locator('svg text').allTextContents(), ['75', '100', '60 ng/mL']);
  await assertAccessible(page, 'results with the severity pictures');
  assertClean(problems);
  await context.close();
});

test('the one-page summary for a clinician lists what matters and prints on one page, in English and Spanish', async () => {
  for (const [scenario, words, lang] of [[HEAVY, EN, 'en'], [HEAVY_ES, ES, 'es']]) {
    const { page, context, problems } = await open(lang === 'es' ? '?lang=es' : '');
    await runCheck(page, scenario, { words });
    const open_ = lang === 'en' ? 'Show a one-page summary for your doctor' : 'Mostrar un resumen de una página para su médico';
    await page.getByRole('button', { name: open_ }).click();
    const title = lang === 'en' ? 'Summary for your doctor or nurse' : 'Resumen para su médico o enfermera';
    const h1 = page.getByRole('heading', { level: 1, name: title });
    await h1.waitFor();
    assert.equal(await h1.evaluate((el) => el === document.activeElement), true, 'focus is on the new heading');
    const text = (await page.locator('main, body').first().innerText()).replace(/\s+/g, ' ');
    if (lang === 'en') {
      for (const words of [
        'Your answers fit the pattern',
        'See a doctor soon: ',
        'Mirtazapine',
        'Metformin, for diabetes',
        '5 of 7 evenings or nights in a usual week',
        'Ferritin',
        'Evenings or nights a week',
      ]) assert.ok(text.includes(words), `the summary lacks "${words}"`);
      for (const h2 of ['Symptom pattern', 'Warning signs', 'How much it affects you', 'Medicines reported (bought ones too)', 'Possible causes to talk about with a doctor', 'Suggested tests', 'All answers']) {
        await page.getByRole('heading', { level: 2, name: h2 }).waitFor();
      }
      await assertAccessible(page, 'the summary');
    } else {
      for (const words of ['Mirtazapina', 'Metformina, para la diabetes', '5 de 7 tardes o noches en una semana normal']) {
        assert.ok(text.includes(words), `the summary lacks "${words}"`);
      }
    }
    for (const format of ['A4', 'Letter']) {
      assert.equal(await printedPages(page, format), 1, `the ${lang} summary on ${format}`);
    }
    const back = lang === 'en' ? 'Back to your results' : 'Volver a sus resultados';
    await page.getByRole('button', { name: back }).click();
    const results = page.getByRole('heading', { level: 1, name: words.results });
    await results.waitFor();
    assert.equal(await results.evaluate((el) => el === document.activeElement), true, 'focus is back on the results heading');
    assertClean(problems);
    await context.close();
  }
});

test('the two-week diary has a row for each night and prints on one page', async () => {
  const { page, context, problems } = await open();
  await runCheck(page, SEVERE);
  await page.getByRole('button', { name: 'Show a two-week diary to fill in' }).click();
  await page.getByRole('heading', { level: 1, name: 'Two-week symptom diary' }).waitFor();
  const table = page.getByRole('table');
  assert.equal(await table.getByRole('row').count(), 15);
  const headers = (await table.getByRole('columnheader').allTextContents()).map((s) => s.trim());
  assert.deepEqual(headers, [
    'Night',
    'Date',
    'Legs bothered me (yes or no)',
    'How bad (0 to 10)',
    'Time the feelings began',
    'Caffeine after midday',
    'Alcohol in the evening',
    'Exercise (what and when)',
    'Medicines taken (name and time)',
  ]);
  await table.getByRole('rowheader', { name: '14' }).waitFor();
  await assertAccessible(page, 'the diary');
  for (const format of ['A4', 'Letter']) assert.equal(await printedPages(page, format), 1, `the diary on ${format}`);
  await page.getByRole('button', { name: 'Back to your results' }).click();
  await page.getByRole('heading', { level: 1, name: 'Your results' }).waitFor();
  assertClean(problems);
  await context.close();
});

test('answers that do not fit get no ferritin scale and no severity picture', async () => {
  const { page, context, problems } = await open();
  const seen = await runCheck(page, {
    'Do you get an urge to move your legs?': ['No'],
    'If you have had a ferritin blood test in the past 12 months, what was the result?': { number: 60 },
  });
  assert.ok(seen.includes('If you have had a ferritin blood test in the past 12 months, what was the result?'));
  await page.getByRole('region', { name: 'Do your symptoms fit the pattern?' }).waitFor();
  assert.equal(await page.getByRole('region', { name: 'Your ferritin result' }).count(), 0);
  assert.equal(await page.getByRole('region', { name: 'How much it affects you' }).count(), 0);
  assertClean(problems);
  await context.close();
});
