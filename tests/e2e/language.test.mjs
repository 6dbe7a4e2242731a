// Spanish: a full check by Spanish role names, switching language in the
// middle, accessibility of Spanish pages, and language-free share links.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { start, stop, open, assertClean, assertAccessible } from './harness.mjs';
import { runCheck, readResults, heading, nextHeading, answerAll, ES, EN } from './person.mjs';

before(start);
after(stop);

const HIERRO = {
  '¿Siente necesidad de mover las piernas?': ['Sí'],
  '¿La necesidad empieza, o empeora, cuando está en reposo?': ['Sí'],
  '¿Moverse alivia la sensación?': ['Sí'],
  '¿Es peor por la tarde o por la noche, o solo ocurre entonces?': ['Sí'],
  '¿Le ha pasado algo de esto en el último año?': ['Tengo menstruaciones abundantes'],
  'Si le han hecho un análisis de ferritina en los últimos 12 meses, ¿cuál fue el resultado?': { number: 20 },
  '¿Está embarazada, o dio a luz en las últimas 6 semanas?': ['Sí, estoy embarazada ahora'],
  '¿De cuántas semanas está embarazada?': ['28 semanas o más'],
};

test('a full check in Spanish, chosen by ?lang=es, passes axe on every page', async () => {
  const { page, context, problems } = await open('?lang=es');
  await page.getByRole('heading', { level: 1, name: ES.startHeading }).waitFor();
  assert.equal(await page.evaluate(() => document.documentElement.lang), 'es');
  assert.equal(await page.title(), 'Comprobación de piernas inquietas');
  await assertAccessible(page, 'Spanish start page');
  await page.getByRole('button', { name: ES.start }).click();
  await nextHeading(page, ES.startHeading);
  await page.getByRole('button', { name: ES.continue, exact: true }).click();
  await page.getByRole('heading', { name: 'Hay un problema' }).waitFor();
  await page.getByRole('alert').getByRole('link', { name: 'Elija una respuesta.' }).waitFor();
  await assertAccessible(page, 'Spanish error state');
  const seen = await answerAll(page, HIERRO, {
    words: ES,
    onPage: async (p, h1) => {
      assert.match(await p.title(), /^(Error: )?Pregunta \d+ de \d+ \u2013 /, h1);
      await assertAccessible(p, `Spanish "${h1}"`);
    },
  });
  assert.equal(seen.length, 32);
  await assertAccessible(page, 'Spanish review');
  await page.getByRole('button', { name: ES.seeResults }).click();
  await page.getByRole('heading', { level: 1, name: ES.results }).waitFor();
  const r = await readResults(page, ES);
  assert.equal(r.verdict, 'Sus respuestas encajan con el patrón que usan los médicos para reconocer el síndrome de piernas inquietas.');
  assert.deepEqual(r.causes.slice(0, 2), ['Hierro bajo', 'Embarazo o parto reciente']);
  assert.deepEqual(r.soon, []);
  assert.ok(r.tests[0].startsWith('Ferritina'));
  await assertAccessible(page, 'Spanish results');
  assertClean(problems);
  await context.close();
});

test("the browser's language picks Spanish when no one else chose", async () => {
  const { page, context } = await open('', { locale: 'es-MX' });
  await page.getByRole('heading', { level: 1, name: ES.startHeading }).waitFor();
  await context.close();
  const english = await open('', { locale: 'fr-FR' });
  await english.page.getByRole('heading', { level: 1, name: EN.startHeading }).waitFor();
  await english.context.close();
});

test('switching language in the middle keeps the answers and the step', async () => {
  const { page, context, problems } = await open();
  await page.getByRole('button', { name: EN.start }).click();
  let h1 = await nextHeading(page, EN.startHeading);
  for (const [role, answer] of [['radio', 'Yes, 18 or older'], ['checkbox', 'None of these'], ['checkbox', 'None of these'], ['radio', 'No'], ['radio', 'Yes'], ['radio', 'Yes'], ['radio', 'No']]) {
    await page.getByRole(role, { name: answer, exact: true }).check();
    await page.getByRole('button', { name: EN.continue, exact: true }).click();
    h1 = await nextHeading(page, h1);
  }
  assert.equal(h1, 'Is it worse in the evening or at night, or does it only happen then?');
  await page.getByRole('navigation', { name: 'Language' }).getByRole('button', { name: 'Español' }).click();
  assert.equal(await nextHeading(page, h1), '¿Es peor por la tarde o por la noche, o solo ocurre entonces?');
  await page.getByText('Pregunta 8 de 30').waitFor();
  assert.equal(await page.evaluate(() => document.documentElement.lang), 'es');
  assert.equal(await page.getByRole('button', { name: 'Español' }).getAttribute('aria-pressed'), 'true');
  const address = await page.evaluate(() => location.href);
  await page.getByRole('link', { name: 'Atrás' }).click();
  assert.equal(await nextHeading(page, '¿Es peor por la tarde o por la noche, o solo ocurre entonces?'), '¿Moverse alivia la sensación?');
  assert.ok(await page.getByRole('radio', { name: 'No', exact: true }).isChecked());
  // The choice is remembered on reload, made once the step's address is
  // written (after its page is painted), as a person who has seen it would.
  await page.waitForFunction((before) => location.href !== before, address);
  await page.reload();
  assert.equal(await heading(page), '¿Moverse alivia la sensación?');
  assertClean(problems);
  await context.close();
});

test('a link made in Spanish opens in English for an English reader, with the same results', async () => {
  const { page, context } = await open('', { locale: 'es-ES' });
  await runCheck(page, HIERRO, { words: ES });
  const es = await readResults(page, ES);
  const link = await page.getByRole('textbox', { name: 'Enlace a estos resultados' }).inputValue();
  await context.close();

  const reader = await open(link.slice(link.indexOf('#')), { locale: 'en-GB' });
  await reader.page.getByText('These results come from a shared link.').waitFor();
  const en = await readResults(reader.page, EN);
  assert.equal(en.causes.length, es.causes.length);
  assert.deepEqual(en.causes.slice(0, 2), ['Low iron', 'Pregnancy or a recent birth']);
  assert.deepEqual(en.soon, []);
  assert.equal(en.tests.length, es.tests.length);
  assertClean(reader.problems);
  await reader.context.close();
});
