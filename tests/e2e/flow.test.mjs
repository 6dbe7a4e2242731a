// Person-like runs from the start page to the results, by role and
// accessible name, asserting what the results say.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { start, stop, open, assertClean } from './harness.mjs';
import { runCheck, readResults } from './person.mjs';

before(start);
after(stop);

const FITS = 'Your answers fit the pattern doctors use to spot restless legs syndrome.';
const PARTLY = 'Your answers partly fit the pattern doctors use to spot restless legs syndrome.';
const NOT = 'Your answers do not fit the pattern doctors use to spot restless legs syndrome.';

// The four symptom features, answered Yes.
const PATTERN = {
  'Do you get an urge to move your legs?': ['Yes'],
  'Does the urge start, or get worse, when you rest?': ['Yes'],
  'Does moving ease the feeling?': ['Yes'],
  'Is it worse in the evening or at night, or does it only happen then?': ['Yes'],
  'How often do you have these feelings?': ['At least twice a week, for most of the past year'],
};

async function check(scenario, expect, options) {
  const { page, context, problems } = await open();
  const seen = await runCheck(page, scenario, options);
  const r = await readResults(page);
  assert.equal(r.verdict, expect.verdict);
  assert.deepEqual(r.causes.slice(0, expect.top.length), expect.top);
  assert.deepEqual(r.emergency, expect.emergency ?? []);
  assert.deepEqual(r.urgent, expect.urgent ?? []);
  assert.deepEqual(r.soon, expect.soon ?? []);
  for (const t of expect.tests ?? []) assert.ok(r.tests.some((x) => x.startsWith(t)), `tests lack ${t}: ${r.tests}`);
  assertClean(problems);
  await context.close();
  return { seen, results: r };
}

test('iron deficiency with heavy periods', async () => {
  await check(
    {
      ...PATTERN,
      'Have any of these applied to you in the past year?': ['I have heavy periods', 'I was told I have anaemia (a low blood count)'],
      'If you have had a ferritin blood test in the past 12 months, what was the result?': { number: 18 },
    },
    { verdict: FITS, top: ['Low iron'], tests: ['Ferritin', 'Transferrin saturation', 'Full blood count'] },
  );
});

test('third-trimester pregnancy asks the stage and the danger signs, and is no warning itself', async () => {
  const { seen } = await check(
    { ...PATTERN, 'Are you pregnant, or have you given birth in the past 6 weeks?': ['Yes, I am pregnant now'], 'How far along is your pregnancy?': ['28 weeks or more'] },
    { verdict: FITS, top: ['Pregnancy or a recent birth', 'Your iron may be low'] },
  );
  assert.ok(seen.includes('How far along is your pregnancy?'));
  assert.ok(seen.includes('Have you had any of these in the past few days?'));
});

test('dialysis puts kidney disease first', async () => {
  await check(
    { ...PATTERN, 'Has a doctor told you that you have any of these long-term conditions?': ['Kidney failure treated with dialysis'] },
    { verdict: FITS, top: ['Kidney disease or dialysis'], tests: ['Kidney function'] },
  );
});

test('symptoms after starting mirtazapine', async () => {
  await check(
    {
      ...PATTERN,
      'Do you take any of these medicines for mood, mental health, sleep, nerve pain or seizures?': ['Mirtazapine'],
      'Did the feelings in your legs start, or get worse, soon after you began a medicine or took a higher dose?': ['Yes'],
    },
    { verdict: FITS, top: ['A medicine you take'], soon: ['Symptoms began after starting a medicine'] },
  );
});

test('worsening on a dopamine medicine', async () => {
  await check(
    {
      ...PATTERN,
      'Do you take any of these other medicines?': ['A dopamine medicine for restless legs or Parkinson\u2019s: pramipexole, ropinirole, rotigotine (a patch) or levodopa (such as Sinemet or Madopar)'],
      'Since you began the dopamine medicine, have you noticed any of these?': ['The feelings start earlier in the day than they used to'],
    },
    { verdict: FITS, top: ['Your dopamine medicine may be making things worse'], soon: ['Changes while on a dopamine medicine'] },
  );
});

test('cramps only is not called restless legs, and shows no causes', async () => {
  await check(
    {
      'Do you get an urge to move your legs?': ['No'],
      'Could any of these explain the feelings in your legs better?': ['A sudden, hard, painful knot in a muscle that eases when I stretch it'],
    },
    { verdict: NOT, top: [] },
  );
});

test('sudden onset with back pain and bladder problems is an emergency, and the sudden change a warning for today', async () => {
  await check(
    {
      ...PATTERN,
      'Have you noticed any of these?': [
        'The feelings came on suddenly, or got much worse within a few days',
        'Pain in my neck or back (new or long-standing)',
        'New trouble controlling or emptying my bladder or bowels',
      ],
    },
    {
      verdict: FITS,
      top: ['No clear cause found'],
      emergency: ['Bladder or bowel trouble, numbness around your bottom, or new weakness with back pain'],
      urgent: ['Symptoms that came on suddenly or got much worse in days'],
    },
  );
});

test('no cause found, with the whole check done by keyboard alone', async () => {
  const { seen } = await check(
    { ...PATTERN, 'If you have had a ferritin blood test in the past 12 months, what was the result?': { number: 150 } },
    { verdict: FITS, top: ['No clear cause found'], tests: ['Ferritin', 'Transferrin saturation', 'Full blood count'] },
    { keyboard: true },
  );
  assert.equal(seen.length, 30);
});

test('a partial pattern with walking pain partly fits and asks for a doctor soon', async () => {
  await check(
    {
      'Do you get an urge to move your legs?': ['Yes'],
      'Does the urge start, or get worse, when you rest?': ['Yes'],
      'Could any of these explain the feelings in your legs better?': ['Leg pain that comes on when I walk and eases when I rest'],
    },
    { verdict: PARTLY, top: ['No clear cause found'], soon: ['Leg pain that comes on when walking and eases with rest'] },
  );
});

test('the printed results of a typical check fit on two pages, without buttons', async () => {
  const { page, context, problems } = await open();
  await runCheck(page, {
    ...PATTERN,
    'Have any of these applied to you in the past year?': ['I have heavy periods'],
    'Does a parent, brother, sister or child of yours have restless legs?': ['Yes'],
    'Do any of these habits apply to you?': ['I have coffee, tea, cola or energy drinks after midday'],
  });
  await page.emulateMedia({ media: 'print' });
  assert.equal(await page.getByRole('button', { name: 'Print or save your results' }).isVisible(), false);
  assert.equal(await page.getByRole('heading', { name: 'Your answers' }).isVisible(), true);
  const pdf = (await page.pdf({ format: 'A4' })).toString('latin1');
  const pages = pdf.match(/\/Type\s*\/Page[^s]/g).length;
  assert.ok(pages <= 2, `the printout has ${pages} pages`);
  assertClean(problems);
  await context.close();
});
