// The FHIR files against FHIR R4 and against a FHIR form renderer: the
// Questionnaire the build publishes and the Bundle "Save for your doctor
// (FHIR)" downloads are validated (npm `fhir`); each condition's FHIRPath
// form is evaluated (npm `fhirpath`) against the widget's own responses;
// and LHC-Forms (test-only, fetched by `scripts/install.sh browser`)
// renders the Questionnaire, is answered as the widget was, and must show
// the same questions and give the same response, and must load the
// widget's response back with every answer.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { existsSync } from 'node:fs';
import { execFileSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';
import fhirPackage from 'fhir';
import fhirpath from 'fhirpath';
import r4 from 'fhirpath/fhir-context/r4/index.js';
import { start, stop, open, assertClean, CHROMIUM_ARGS } from './harness.mjs';
import { serve } from './server.mjs';
import { runCheck, EN, ES, IRON_AND_PREGNANCY } from './person.mjs';
import { text } from './locales.mjs';

const root = fileURLToPath(new URL('../../', import.meta.url));
const LFORMS = `${root}target/lforms/package/dist/lforms/`;
const QUESTIONNAIRE = `${root}dist/fhir/Questionnaire-rls-check.json`;

let questionnaire;
let lhcServer;
let lhcBrowser;

before(async () => {
  assert.ok(existsSync(`${LFORMS}webcomponent/main.js`), 'LHC-Forms is missing: run `bash scripts/install.sh browser`');
  questionnaire = JSON.parse(await readFile(QUESTIONNAIRE, 'utf8'));
  await start();
  lhcServer = await serve(`${root}tests/e2e/fixtures/`, { basePath: '/page/', mounts: { '/lforms/': LFORMS } });
  lhcBrowser = await chromium.launch({ executablePath: process.env.CHROMIUM ?? '/usr/bin/chromium', args: CHROMIUM_ARGS });
});

after(async () => {
  await lhcBrowser?.close();
  await lhcServer?.close();
  await stop();
});

/** Every item of the Questionnaire, nested ones too. */
function items(list = questionnaire.item, out = []) {
  for (const item of list) {
    out.push(item);
    if (item.item) items(item.item, out);
  }
  return out;
}
const byLinkId = () => new Map(items().map((i) => [i.linkId, i]));
const isQuestion = (id) => !id.endsWith('_hint') && !id.endsWith('_unknown');

/** The linkId of the question whose prompt, in either language, is `heading`. */
function linkIdOf(heading) {
  const found = items().find((i) => i.text === heading || i._text?.extension?.some((e) => e.extension.some((x) => x.valueString === heading)));
  assert.ok(found, `no item reads "${heading}"`);
  return found.linkId;
}

/** A response's answers as [linkId, values] pairs, for comparison. */
const answersOf = (qr) =>
  (qr.item ?? [])
    .map((i) => [i.linkId, (i.answer ?? []).map((a) => a.valueCoding ? `${a.valueCoding.system}|${a.valueCoding.code}` : a.valueInteger)])
    .sort(([a], [b]) => a.localeCompare(b));

/** The `enableWhen` an error's location names, if any. */
function enableWhenAt(resource, location) {
  const path = [...location.matchAll(/(\w+)\[(\d+)\]/g)].map(([, key, i]) => [key, Number(i)]);
  let node = resource;
  for (const [key, i] of path) node = node?.[key]?.[i];
  return location.includes('.enableWhen[') ? node : undefined;
}

function validate(resource, label) {
  const result = new fhirPackage.Fhir().validate(resource, { errorOnUnexpected: true });
  // The validator reads `answerBoolean: false` (an `exists` test for "has no
  // answer", which is valid R4) as a missing `answer[x]`: that one message
  // is left out, and only where the test really holds `answerBoolean: false`.
  const errors = result.messages.filter((m) => m.severity === 'error')
    .filter((m) => !(m.location.endsWith('.answer[x]') && enableWhenAt(resource, m.location)?.answerBoolean === false));
  assert.ok(errors.length === 0, `${label} is not valid FHIR R4:\n${JSON.stringify(errors, null, 2)}`);
}

/** Runs the widget as a person and downloads the FHIR file. */
async function widgetRun(scenario, { words = EN, path = '' } = {}) {
  const { page, context, problems } = await open(path);
  const seen = await runCheck(page, scenario, { words });
  const button = page.getByRole('button', { name: text(words === ES ? 'es' : 'en', 'fhir.save') });
  const [download] = await Promise.all([page.waitForEvent('download'), button.click()]);
  assert.match(download.suggestedFilename(), /^rls-check-\d{4}-\d{2}-\d{2}\.json$/);
  const bundle = JSON.parse(await readFile(await download.path(), 'utf8'));
  assertClean(problems);
  await context.close();
  // Every answer the scenario gives was asked for, so none went unused.
  for (const h of Object.keys(scenario)) assert.ok(seen.includes(h), `"${h}" was never asked`);
  return { asked: seen.map(linkIdOf), bundle, response: bundle.entry[0].resource };
}

/** A page with LHC-Forms showing the Questionnaire (and a response). */
async function lhc(questionnaireResponse) {
  const page = await lhcBrowser.newPage();
  await page.goto(`${lhcServer.origin}/page/lhc-forms.html`);
  await page.waitForFunction(() => window.LForms?.Util?.addFormToPage && customElements.get('wc-lhc-form'));
  await page.evaluate(async ({ q, qr }) => {
    await window.LForms.Util.addFormToPage(q, document.getElementById('form'), { fhirVersion: 'R4', ...(qr ? { questionnaireResponse: qr } : {}) });
  }, { q: questionnaire, qr: questionnaireResponse });
  return page;
}

const lhcResponse = (page) =>
  page.evaluate(() => window.LForms.Util.getFormFHIRData('QuestionnaireResponse', 'R4', document.getElementById('form')));

/** The questions LHC-Forms shows, by linkId (hints and companions left out). */
async function shown(page) {
  const ids = await page.locator('lhc-item.lhc-item-question').evaluateAll((els) => els.map((e) => e.id));
  // Ids are `item-<linkId>/1`, nested ones `item-<linkId>/1/1`.
  return ids.map((id) => id.replace(/^item-/, '').split('/')[0]).filter(isQuestion);
}

/** Answers in LHC-Forms what `response` holds, question by question, by role and label. */
async function answerInLhc(page, response) {
  const all = byLinkId();
  for (const given of response.item) {
    const scope = page.locator(`lhc-item[id="item-${given.linkId}/1"]`);
    for (const a of given.answer) {
      if (a.valueInteger !== undefined) {
        await scope.getByRole('textbox').first().fill(String(a.valueInteger));
        await scope.getByRole('textbox').first().press('Tab');
        continue;
      }
      const label = all.get(given.linkId).answerOption.find((o) => o.valueCoding.code === a.valueCoding.code).valueCoding.display;
      const several = all.get(given.linkId).repeats;
      // LHC-Forms names a check box "Checkbox <label> for <question>".
      const escaped = label.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
      const control = several
        ? scope.getByRole('checkbox', { name: new RegExp(`^Checkbox ${escaped} for `) })
        : scope.getByRole('radio', { name: label, exact: true });
      await control.click();
    }
  }
}

test('the published Questionnaire is valid FHIR R4, with one item per linkId', () => {
  validate(questionnaire, 'the Questionnaire');
  const ids = items().map((i) => i.linkId);
  assert.equal(new Set(ids).size, ids.length);
  assert.equal(questionnaire.url + '|' + questionnaire.version, 'https://rls-check.invalid/fhir/Questionnaire/rls-check|' + questionnaire.version);
});

const UNDER_18 = text('en', 'opt.under_18');

const paths = [
  ['several causes and a ferritin number, in English', IRON_AND_PREGNANCY, {}],
  [
    'how often and how bad, with a rating of 0, in English',
    {
      ...IRON_AND_PREGNANCY,
      'In a usual week, on how many evenings or nights do you get these feelings?': { number: 5 },
      'How much do these feelings bother you, from 0 to 10?': { number: 0 },
      'On a bad night, how much sleep do these feelings cost you?': ['More than two hours'],
      'Over the past few months, have these feelings got better, stayed the same or got worse?': ['Worse'],
    },
    {},
  ],
  ['the way out everywhere (ferritin not known), in Spanish', {}, { words: ES, path: '?lang=es' }],
];

for (const [name, scenario, options] of paths) {
  test(`${name}: the saved file is valid, and LHC-Forms asks and answers the same`, async () => {
    const { asked, bundle, response } = await widgetRun(scenario, options);
    validate(bundle, 'the saved Bundle');
    validate(response, 'the saved QuestionnaireResponse');
    assert.ok(!response.item.some((i) => i.linkId === 'self_harm'), 'the response holds the self-harm answer');
    assert.ok(!JSON.stringify(bundle).includes('self_harm'));

    // Each condition, as FHIRPath, holds exactly for the questions the widget asked.
    const conditions = JSON.parse(execFileSync('cargo', ['run', '--quiet', '--locked', '-p', 'screening', '--example', 'fhir', '--', 'conditions'], { cwd: root, encoding: 'utf8' }));
    assert.ok(Object.keys(conditions).length > 5);
    for (const [linkId, expression] of Object.entries(conditions)) {
      const [value] = fhirpath.evaluate(response, expression, { resource: response }, r4);
      assert.equal(value, asked.includes(linkId), `${linkId}: ${expression}`);
    }
    const expressions = items().flatMap((i) => (i.extension ?? []).filter((e) => e.url.endsWith('enableWhenExpression')).map((e) => [i.linkId, e.valueExpression.expression]));
    for (const [linkId, expression] of expressions.filter(([id]) => isQuestion(id))) {
      assert.equal(fhirpath.evaluate(response, expression, { resource: response }, r4)[0], asked.includes(linkId), linkId);
    }

    // LHC-Forms, answered as the widget was, shows the same questions and gives the same response.
    const page = await lhc();
    await answerInLhc(page, response);
    assert.deepEqual((await shown(page)).sort(), [...asked].sort());
    assert.deepEqual(answersOf(await lhcResponse(page)), answersOf(response));
    await page.close();

    // The widget's response loads back into LHC-Forms with every answer.
    const back = await lhc(response);
    assert.ok((await back.locator('lhc-item').count()) > 0);
    assert.deepEqual(answersOf(await lhcResponse(back)), answersOf(response));
    await back.close();

    // A response naming an item the Questionnaire lacks does not load back
    // as the widget's: the check above can fail.
    const broken = structuredClone(response);
    broken.item.find((i) => i.answer[0].valueCoding).linkId = 'no_such_item';
    const other = await lhc(broken).catch(() => null);
    if (other) {
      const drawn = await other.locator('lhc-item').count();
      assert.ok(drawn === 0 || JSON.stringify(answersOf(await lhcResponse(other))) !== JSON.stringify(answersOf(response)));
      await other.close();
    }
  });
}

test('someone under 18: LHC-Forms asks only the age, as the widget does', async () => {
  // The widget: the age question, then the page for children.
  const { page, context, problems } = await open();
  await page.getByRole('button', { name: EN.start }).click();
  await page.getByRole('heading', { level: 1, name: 'Are you 18 or older?' }).waitFor();
  await page.getByRole('radio', { name: UNDER_18, exact: true }).check();
  await page.getByRole('button', { name: EN.continue, exact: true }).click();
  await page.getByRole('heading', { level: 1, name: text('en', 'child.heading') }).waitFor();
  assertClean(problems);
  await context.close();
  const lhcPage = await lhc();
  await lhcPage.locator('lhc-item[id="item-age/1"]').getByRole('radio', { name: UNDER_18, exact: true }).click();
  assert.deepEqual(await shown(lhcPage), ['age']);
  const qr = await lhcResponse(lhcPage);
  assert.deepEqual(answersOf(qr).map(([id]) => id), ['age']);
  await lhcPage.close();
});
