// Every warning sign, alone, in both languages: the results page shows it
// under its own level's heading, nothing more urgent appears, and it is
// still there when the page is printed. Emergency and crisis numbers follow
// the host's region and are never one country's shown to everyone.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { start, stop, open, assertClean } from './harness.mjs';
import { text } from './locales.mjs';
import { savedAnswers as person } from './person.mjs';

/** Each warning answer, alone, and the sign and level it must raise. */
const SIGNS = [
  ['warning_signs=bladder_bowel', 'spinal', 'emergency'],
  ['warning_signs=saddle', 'spinal', 'emergency'],
  ['warning_signs=weakness,back_pain', 'spinal', 'emergency'],
  ['body_signs=breathless', 'lung_clot', 'emergency'],
  ['self_harm=yes_plan', 'self_harm_plan', 'emergency'],
  ['pregnant=gave_birth;pregnancy_signs=headache', 'pre_eclampsia', 'emergency'],
  ['pregnant=gave_birth;pregnancy_signs=vision', 'pre_eclampsia', 'emergency'],
  ['pregnant=gave_birth;pregnancy_signs=swelling', 'pre_eclampsia', 'emergency'],
  ['warning_signs=swollen_calf', 'clot', 'today'],
  ['body_signs=black_stools', 'black_stools', 'today'],
  ['self_harm=yes', 'self_harm', 'today'],
  ['self_harm=prefer_not', 'self_harm_unsaid', 'today'],
  ['warning_signs=sudden', 'sudden', 'today'],
  ['warning_signs=one_leg', 'one_sided', 'soon'],
  ['warning_signs=weakness', 'weakness', 'today'],
  ['mimics=numb_burning', 'one_sided', 'soon'],
  ['mimics=walking_pain', 'walking_pain', 'soon'],
  ['medicine_timing=yes', 'new_medicine', 'soon'],
  ['warning_signs=falling_asleep', 'sleepiness', 'soon'],
  ['body_signs=blood_in_stool', 'blood_in_stool', 'soon'],
];

const LEVELS = ['emergency', 'today', 'soon'];

before(start);
after(stop);

/** Opens the results for saved answers, in a language and region. */
async function results(answers, query = '') {
  const opened = await open(query ? `?${query}` : '');
  const { page, context } = opened;
  const address = page.url().split('#')[0];
  // Saved before the app starts, on every load, so nothing it does on the
  // first load can overwrite them.
  await context.addInitScript(([a, origin]) => {
    if (location.origin === origin) localStorage.setItem('rls-check.answers', a);
  }, [answers, new URL(address).origin]);
  await page.goto('about:blank');
  await page.goto(`${address}#/results`);
  await page.getByRole('heading', { level: 1, name: text(query.includes('lang=es') ? 'es' : 'en', 'results.heading') }).waitFor();
  return opened;
}

/** Whether a number stands alone in a text (not inside "2024"). */
const shows = (body, number) => new RegExp(`(^|[^0-9])${number.replace(/ /g, '\\s')}([^0-9]|$)`).test(body);

for (const language of ['en', 'es']) {
  test(`every warning sign fires on its own at its level, on screen and in print (${language})`, async () => {
    for (const [answers, flag, level] of SIGNS) {
      const { page, context, problems } = await results(person(answers.split(';')), `lang=${language}`);
      const panel = page.getByRole('region', { name: text(language, `level.${level}`), exact: true });
      const title = text(language, `flag.${flag}.title`);
      await panel.getByRole('heading', { level: 3, name: title, exact: true }).waitFor({ timeout: 5000 })
        .catch(async (e) => assert.fail(`${answers}: no "${title}" under "${text(language, `level.${level}`)}": ${e.message}\n${(await page.locator("body").innerText()).slice(0, 300)}`));
      for (const above of LEVELS.slice(0, LEVELS.indexOf(level))) {
        assert.equal(await page.getByRole('region', { name: text(language, `level.${above}`), exact: true }).count(), 0,
          `${answers}: a more urgent level than ${level} appeared`);
      }
      // The warning comes before the verdict on the page.
      const order = await page.evaluate(([a, b]) => {
        const find = (t) => [...document.querySelectorAll('h2')].find((h) => h.textContent.trim() === t);
        return find(a).compareDocumentPosition(find(b)) & Node.DOCUMENT_POSITION_FOLLOWING;
      }, [text(language, `level.${level}`), text(language, 'results.pattern_heading')]);
      assert.ok(order, `${answers}: the warning is not above the verdict`);
      await page.emulateMedia({ media: 'print' });
      assert.ok(await panel.isVisible(), `${answers}: the warning is hidden in print`);
      assert.ok(await panel.getByText(title).isVisible(), `${answers}: the title is hidden in print`);
      assertClean(problems);
      await context.close();
    }
  });
}

test('without a region, no country\'s numbers are shown, in either language', async () => {
  for (const language of ['en', 'es']) {
    const { page, context } = await results(person(['self_harm=yes_plan', 'body_signs=breathless']), `lang=${language}`);
    const body = await page.locator('body').innerText();
    assert.ok(body.includes(text(language, 'help.emergency_generic')), body);
    assert.ok(body.includes(text(language, 'help.crisis_generic')), body);
    for (const number of ['999', '911', '988', '112', '116 123', '000', '024', '13 11 14']) {
      assert.ok(!shows(body, number), `${language}: ${number} shown without a region`);
    }
    await context.close();
  }
});

test('a host region brings its own emergency number and crisis line', async () => {
  const cases = [
    ['en', 'uk', ['Call 999', 'Samaritans on 116 123']],
    ['en', 'us', ['Call 911', '988 Suicide & Crisis Lifeline on 988']],
    ['en', 'au', ['Call 000', 'Lifeline on 13 11 14']],
    ['es', 'mx', ['al 911', 'Línea de la Vida al 800 911 2000']],
    ['es', 'es', ['al 112', 'Línea 024 al 024']],
  ];
  for (const [language, region, expected] of cases) {
    const { page, context, problems } = await results(person(['self_harm=prefer_not', 'body_signs=breathless']), `lang=${language}&region=${region}`);
    const body = await page.locator('body').innerText();
    for (const words of expected) assert.ok(body.includes(words), `${language} ${region}: no "${words}"\n${body}`);
    assertClean(problems);
    await context.close();
  }
  // The EU has one emergency number and no crisis line for everyone.
  const { page, context } = await results(person(['self_harm=yes']), 'region=eu');
  const body = await page.locator('body').innerText();
  assert.ok(body.includes('Call 112') || body.includes('call 112'), body);
  assert.ok(body.includes(text('en', 'help.crisis_generic')), body);
  await context.close();
});

test('the start page lists when to get help now instead, with the region\'s number', async () => {
  const { page, context, problems } = await open('?region=uk');
  const box = page.getByText(/^Do not use this check\. Call 999/);
  await box.waitFor();
  const lists = page.getByRole('list').filter({ has: page.getByText(/chest pain/) });
  const now = (await lists.getByRole('listitem').allTextContents()).map((s) => s.trim());
  assert.equal(now.length, 5, now.join(' | '));
  assert.ok(now.some((i) => /breathlessness, chest pain or coughing up blood/.test(i)), now.join(' | '));
  assert.ok(now.some((i) => /with a plan or feeling you might act/.test(i)), now.join(' | '));
  await page.getByText('Get medical help today if you have:').waitFor();
  await page.getByRole('listitem').filter({ hasText: 'one calf that is swollen, red, warm or painful' }).waitFor();
  assertClean(problems);
  await context.close();
  const generic = await open('');
  // As a person sees it: the page also holds the same words, hidden, for
  // where the check has not loaded.
  await generic.page.getByText(/^Do not use this check\. Call your local emergency number/).filter({ visible: true }).waitFor();
  await generic.context.close();
});

test('a bad region is ignored with a warning and the widget works', async () => {
  const { page, context, messages } = await open('?region=xx');
  await page.getByRole('button', { name: 'Start now' }).waitFor();
  assert.ok(messages.some((m) => m.includes('region')), messages.join('\n'));
  await page.getByText(/Call your local emergency number/).waitFor();
  await context.close();
});
