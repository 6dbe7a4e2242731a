// People from the cases that matter most, answering through the pages as a
// person would: a warning sign alone, legs that do not fit, answers that
// are not sure, a child, and someone who would rather not say.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { start, stop, open, assertClean, assertAccessible } from './harness.mjs';
import { runCheck, readResults, press, nextHeading, EN } from './person.mjs';

const URGE = 'Do you get an urge to move your legs?';
const REST = 'Does the urge start, or get worse, when you rest?';
const MOVE = 'Does moving ease the feeling?';
const EVENING = 'Is it worse in the evening or at night, or does it only happen then?';
const PATTERN = { [URGE]: ['Yes'], [REST]: ['Yes'], [MOVE]: ['Yes'], [EVENING]: ['Yes'] };

before(start);
after(stop);

/** The five criteria as "text: mark" lines. */
async function criteria(page) {
  const items = await page.getByRole('region', { name: EN.regions.pattern }).getByRole('listitem').allTextContents();
  return items.map((s) => s.replace(/^[\u2713\u2717?]/, '').trim());
}

test('only new bladder trouble is an emergency, above everything else', async () => {
  const { page, context, problems } = await open();
  await runCheck(page, { ...PATTERN, 'Have you noticed any of these?': ['New trouble controlling or emptying my bladder or bowels'] });
  const r = await readResults(page);
  assert.deepEqual(r.emergency, ['Bladder or bowel trouble, numbness around your bottom, or new weakness with back pain']);
  assert.match(await page.getByRole('region', { name: 'Get help now' }).innerText(), /Call your local emergency number or go to an emergency department now/);
  assertClean(problems);
  await context.close();
});

test('a warning answer is shown at once, above every later question, not only at the end', async () => {
  const { page, context, problems } = await open();
  await press(page.getByRole('button', { name: 'Start now' }));
  await nextHeading(page, EN.startHeading);
  await press(page.getByRole('radio', { name: 'Yes, 18 or older' }));
  await press(page.getByRole('button', { name: 'Continue' }));
  const signs = await nextHeading(page, 'Are you 18 or older?');
  assert.equal(await page.getByRole('region', { name: 'Get help now' }).count(), 0);
  await press(page.getByRole('checkbox', { name: 'Numbness around my bottom, genitals or inner thighs' }));
  await press(page.getByRole('button', { name: 'Continue' }));
  await nextHeading(page, signs);
  const now = page.getByRole('region', { name: 'Get help now' });
  await now.getByRole('heading', { name: 'Bladder or bowel trouble, numbness around your bottom, or new weakness with back pain' }).waitFor();
  assert.match(await now.innerText(), /Call your local emergency number or go to an emergency department now/);
  // Still there on the next question.
  await press(page.getByRole('checkbox', { name: 'None of these' }));
  await press(page.getByRole('button', { name: 'Continue' }));
  await nextHeading(page, 'In the past few weeks, have you had any of these?');
  assert.equal(await page.getByRole('region', { name: 'Get help now' }).count(), 1);
  await assertAccessible(page, 'a question page below a warning');
  assertClean(problems);
  await context.close();
});

test('night calf cramps alone do not fit, and no restless legs cause is shown', async () => {
  const { page, context, problems } = await open();
  await runCheck(page, {
    [URGE]: ['No'], [REST]: ['No'], [MOVE]: ['Yes'], [EVENING]: ['Yes'],
    'Could any of these explain the feelings in your legs better?': ['A sudden, hard, painful knot in a muscle that eases when I stretch it'],
    'Does a parent, brother, sister or child of yours have restless legs?': ['Yes'],
  });
  const r = await readResults(page);
  assert.equal(r.verdict, 'Your answers do not fit the pattern doctors use to spot restless legs syndrome.');
  assert.deepEqual(r.causes, []);
  assert.deepEqual(r.tests, []);
  const body = await page.locator('body').innerText();
  assert.ok(!body.includes('No clear cause found'), 'a cause card for legs that do not fit');
  assert.ok(!body.includes('It runs in families'));
  const instead = page.getByRole('region', { name: 'What may help instead' });
  assert.match(await instead.innerText(), /Stretch the muscle/);
  assert.deepEqual(await criteria(page), [
    'An urge to move your legs: No',
    'It starts or gets worse when you rest: No',
    'Moving eases it: Yes',
    'It is worse in the evening or at night: Yes',
    'None of the look-alikes we asked about: No',
  ]);
  await assertAccessible(page, 'results that do not fit');
  assertClean(problems);
  await context.close();
});

test('three features answered "Not sure" are unclear, with each criterion marked', async () => {
  const { page, context, problems } = await open();
  await runCheck(page, { [URGE]: ['Yes'], [REST]: ['Not sure'], [MOVE]: ['Not sure'], [EVENING]: ['Not sure'] });
  const r = await readResults(page);
  assert.match(r.verdict, /we cannot tell if they fit the pattern/);
  assert.deepEqual((await criteria(page)).map((c) => c.split(': ')[1]), ['Yes', 'Not known', 'Not known', 'Not known', 'Yes']);
  assertClean(problems);
  await context.close();
});

test('a parent answering for a child gets the page for children, and can go back', async () => {
  const { page, context, problems } = await open();
  await press(page.getByRole('button', { name: 'Start now' }));
  await nextHeading(page, EN.startHeading);
  await press(page.getByRole('radio', { name: 'No, under 18' }));
  await press(page.getByRole('button', { name: 'Continue' }));
  await page.getByRole('heading', { level: 1, name: 'This check is for adults' }).waitFor();
  const body = await page.locator('body').innerText();
  assert.match(body, /below 50 ng\/mL/);
  assert.match(body, /Growing pains and ADHD/);
  assert.ok(!body.includes('Possible causes'), 'adult causes shown for a child');
  await assertAccessible(page, 'the page for children');
  await press(page.getByRole('button', { name: 'Change your answer' }));
  await page.getByRole('heading', { level: 1, name: 'Are you 18 or older?' }).waitFor();
  assertClean(problems);
  await context.close();
});

test('"I would rather not say" to self-harm still gets kind crisis advice, with the host\'s line', async () => {
  const { page, context, problems } = await open('?region=uk');
  await runCheck(page, {
    ...PATTERN,
    'In the past two weeks, have you had thoughts of harming yourself or ending your life?': ['I would rather not say'],
  });
  const r = await readResults(page);
  assert.deepEqual(r.urgent, ['If you are finding things hard']);
  const panel = await page.getByRole('region', { name: 'Get medical help today' }).innerText();
  assert.match(panel, /Samaritans on 116 123/);
  assert.match(panel, /call 999 now/);
  assertClean(problems);
  await context.close();
});

test('a pregnant woman with a bad headache and a swollen face is told to get help now', async () => {
  const { page, context, problems } = await open();
  await runCheck(page, {
    ...PATTERN,
    'Are you pregnant, or have you given birth in the past 6 weeks?': ['Yes, I am pregnant now'],
    'How far along is your pregnancy?': ['28 weeks or more'],
    'Have you had any of these in the past few days?': ['A bad headache that will not go away', 'Sudden swelling of my face, hands or feet'],
  });
  const r = await readResults(page);
  assert.deepEqual(r.emergency, ['A bad headache, sight changes or sudden swelling in pregnancy or after birth']);
  // Pregnancy itself is a calm note, not a warning.
  assert.deepEqual(r.soon, []);
  assert.match(await page.getByRole('region', { name: 'Good to know' }).innerText(), /not known to harm the baby/);
  assertClean(problems);
  await context.close();
});
