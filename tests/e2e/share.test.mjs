// Share links: copying, opening in a fresh browser, damaged links, and
// keeping (or forgetting) answers in this browser.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { start, stop, open, assertClean, assertAccessible } from './harness.mjs';
import { runCheck, readResults, answerAll, heading, nextHeading, REVIEW, IRON_AND_PREGNANCY } from './person.mjs';

let server;
before(async () => {
  server = await start();
});
after(stop);

const IRON = IRON_AND_PREGNANCY;

async function finishedCheck(contextOptions = {}) {
  const opened = await open('', contextOptions);
  await runCheck(opened.page, IRON);
  return opened;
}

test('a copied link opens the same results in a fresh browser', async () => {
  const { page, context, problems } = await finishedCheck({ permissions: ['clipboard-read', 'clipboard-write'] });
  const mine = await readResults(page);
  await page.getByRole('button', { name: 'Copy link' }).click();
  await page.getByRole('status').filter({ hasText: 'Link copied' }).waitFor();
  const copied = await page.evaluate(() => navigator.clipboard.readText());
  const shown = await page.getByRole('textbox', { name: 'Link to these results' }).inputValue();
  assert.equal(copied, shown);
  assert.match(copied, /#rls=[A-Za-z0-9_-]{29}$/);
  assert.ok(copied.startsWith(server.url), `${copied} is not this page's link`);
  assertClean(problems);
  await context.close();

  const other = await open(copied.slice(server.url.length));
  await other.page.getByRole('heading', { level: 1, name: 'Your results' }).waitFor();
  await other.page.getByText('These results come from a shared link.').waitFor();
  assert.deepEqual(await readResults(other.page), mine);
  assert.equal(await other.page.evaluate(() => localStorage.length), 0, 'shared answers are not saved');
  await assertAccessible(other.page, 'shared results');
  // Someone else's answers are never saved as this person's FHIR record;
  // their summary says that the self-harm answer never travels.
  await other.page.getByRole('heading', { level: 2, name: 'For your appointment' }).waitFor();
  assert.equal(await other.page.getByRole('button', { name: 'Save for your doctor (FHIR)' }).count(), 0);
  await other.page.getByRole('button', { name: 'Show a one-page summary for your doctor' }).click();
  await other.page.getByText('The answer about self-harm is never put in a shared link or a saved file, whatever it was. Please ask about it.').waitFor();
  assertClean(other.problems);
  await other.context.close();
});

test('a link that arrives while the widget is starting opens, and the address keeps the page and its settings', async () => {
  const finished = await finishedCheck();
  const mine = await readResults(finished.page);
  const link = await finished.page.getByRole('textbox', { name: 'Link to these results' }).inputValue();
  await finished.context.close();

  const { page, context, problems } = await open();
  // The renderer yields to the browser between its first render and the
  // app's listeners when a render runs long; here every render runs "long",
  // and the link lands in that gap, as the embed script's hand-over to its
  // frame can on a slow machine.
  await context.addInitScript((fragment) => {
    const now = Date.now.bind(Date);
    let skew = 0;
    Date.now = () => now() + (skew += 20);
    const later = window.setTimeout;
    let landed = false;
    window.setTimeout = function (callback, delay, ...rest) {
      if (!landed && !delay && document.querySelector('h1')) {
        landed = true;
        location.hash = fragment;
      }
      return later.call(this, callback, delay, ...rest);
    };
  }, link.slice(link.indexOf('#')));
  await page.goto(`${server.url}index.html?region=uk`);
  await page.getByRole('heading', { level: 1, name: 'Your results' }).waitFor();
  await page.getByText('These results come from a shared link.').waitFor();
  assert.deepEqual(await readResults(page), mine);
  const address = new URL(page.url());
  assert.equal(`${address.pathname}${address.search}`, `${new URL(server.url).pathname}index.html?region=uk`,
    `the address lost the page or its settings: ${page.url()}`);
  assertClean(problems);
  await context.close();
});

test('without the Clipboard API the link is selected and copied the old way', async () => {
  const { page, context, problems } = await open();
  await page.addInitScript(() => Object.defineProperty(Navigator.prototype, 'clipboard', { get: () => undefined }));
  await page.reload();
  await runCheck(page, IRON);
  await page.getByRole('button', { name: 'Copy link' }).click();
  await page.getByRole('status').filter({ hasText: /Link copied|copy it yourself/ }).waitFor();
  const selected = await page.evaluate(() => {
    const box = document.activeElement;
    return box.selectionStart === 0 && box.selectionEnd === box.value.length && box.value.includes('#rls=');
  });
  assert.ok(selected, 'the whole link is selected in its box');
  assertClean(problems);
  await context.close();
});

test('ten damaged links each give the calm message and a way to start', async () => {
  const { page, context } = await finishedCheck();
  const link = await page.getByRole('textbox', { name: 'Link to these results' }).inputValue();
  await context.close();
  const payload = link.split('#rls=')[1];
  const flip = (s, i) => s.slice(0, i) + (s[i] === 'A' ? 'B' : 'A') + s.slice(i + 1);
  const damaged = [
    payload.slice(0, 15), // cut off by a chat app
    payload.slice(0, -1),
    `${payload}x`,
    flip(payload, 9), // one character mistyped
    flip(payload, 20),
    `${payload.slice(0, 5)}!${payload.slice(6)}`,
    '', // nothing after rls=
    `Z${payload.slice(1)}`, // unknown version
    'hello%20world',
    payload.repeat(200),
  ];
  for (const bad of damaged) {
    const { page, context, problems } = await open(`#rls=${bad}`);
    const warnings = [];
    page.on('console', (m) => m.type() === 'warning' && warnings.push(m.text()));
    await page.getByRole('heading', { level: 1, name: 'This link is damaged or incomplete' }).waitFor();
    assert.equal(await page.title(), 'This link is damaged or incomplete \u2013 Restless legs check');
    await page.getByRole('button', { name: 'Start your own check' }).click();
    await page.getByRole('heading', { level: 1, name: 'Check your restless legs symptoms' }).waitFor();
    // The start page's address is written once it has been painted.
    await page.waitForFunction(() => !location.href.includes('rls='), null, { timeout: 5000 })
      .catch(() => assert.fail('the damaged link is gone from the address bar'));
    assertClean(problems);
    await context.close();
  }
});

test('a damaged link logs one warning and nothing else', async () => {
  const { page, context, problems, messages } = await open('#rls=BaVTEBgQ');
  await page.getByRole('heading', { level: 1, name: 'This link is damaged or incomplete' }).waitFor();
  await page.waitForTimeout(200);
  assert.equal(messages.length, 1, messages.join('\n'));
  assert.match(messages[0], /^warning: The share link could not be opened: /);
  assertClean(problems);
  await context.close();
});

test('opening a link leaves your own answers alone; changing its answers makes them yours', async () => {
  const { page, context } = await finishedCheck();
  const link = await page.getByRole('textbox', { name: 'Link to these results' }).inputValue();
  await context.close();

  const own = await open();
  await own.page.getByRole('button', { name: 'Start now' }).click();
  await nextHeading(own.page, 'Check your restless legs symptoms');
  await own.page.getByRole('radio', { name: 'Yes, 18 or older', exact: true }).check();
  await own.page.getByRole('button', { name: 'Continue' }).click();
  await nextHeading(own.page, 'Are you 18 or older?');
  const saved = await own.page.evaluate(() => localStorage.getItem('rls-check.answers'));

  await own.page.goto(link);
  await own.page.getByText('These results come from a shared link.').waitFor();
  assert.equal(await own.page.evaluate(() => localStorage.getItem('rls-check.answers')), saved);
  await own.page.getByRole('button', { name: 'Start your own check' }).click();
  await own.page.getByRole('heading', { level: 1, name: 'Check your restless legs symptoms' }).waitFor();
  await own.page.waitForFunction(() => !location.href.includes('rls='), null, { timeout: 5000 })
    .catch(() => assert.fail('the shared link is gone from the address bar'));
  await own.page.getByRole('button', { name: 'Forget my answers' }).waitFor();

  await own.page.goto(link);
  await own.page.getByRole('button', { name: 'Change these answers' }).click();
  // The one answer a link never carries is asked first.
  const selfHarm = 'In the past two weeks, have you had thoughts of harming yourself or ending your life?';
  assert.equal(await nextHeading(own.page, 'Your results'), selfHarm);
  await own.page.getByRole('radio', { name: 'No', exact: true }).check();
  await own.page.getByRole('button', { name: 'Continue' }).click();
  assert.equal(await nextHeading(own.page, selfHarm), REVIEW);
  assert.equal(await own.page.getByRole('definition').filter({ hasText: '22 ng/mL' }).count(), 1);
  assertClean(own.problems);
  await own.context.close();
});

test('a reload in the middle keeps the answers, and Forget my answers clears them', async () => {
  const { page, context, problems } = await open();
  await page.getByRole('button', { name: 'Start now' }).click();
  await nextHeading(page, 'Check your restless legs symptoms');
  let count = 0;
  await answerAll(page, IRON, {
    onPage: async () => {
      count += 1;
      if (count === 20) throw new Error('stop here');
    },
  }).catch((e) => assert.equal(e.message, 'stop here'));
  const where = await heading(page);
  await page.reload();
  assert.equal(await heading(page), where);
  await page.getByRole('link', { name: 'Back' }).click();
  await nextHeading(page, where);
  assert.ok(await page.getByRole('textbox').inputValue() === '22' || (await page.getByRole('checkbox', { checked: true }).count()) > 0 || (await page.getByRole('radio', { checked: true }).count()) > 0);

  await page.goto(server.url + '#/start');
  await page.reload();
  await page.getByRole('button', { name: 'Forget my answers' }).click();
  await page.getByRole('status').filter({ hasText: 'Your answers have been removed from this browser.' }).waitFor();
  assert.equal(await page.evaluate(() => localStorage.length), 0);
  await page.reload();
  assert.equal(await page.getByRole('button', { name: 'Forget my answers' }).count(), 0);
  assertClean(problems);
  await context.close();
});

test('Forget my answers on the results page empties storage', async () => {
  const { page, context, problems } = await finishedCheck();
  assert.ok(await page.evaluate(() => localStorage.length) > 0);
  await page.getByRole('button', { name: 'Forget my answers' }).click();
  await page.getByRole('status').filter({ hasText: 'Your answers have been removed from this browser.' }).waitFor();
  assert.equal(await page.evaluate(() => localStorage.length), 0);
  assertClean(problems);
  await context.close();
});

test('with storage blocked the whole check still works, quietly', async () => {
  const { page, context, problems } = await open();
  await page.addInitScript(() => {
    Object.defineProperty(window, 'localStorage', { get() { throw new DOMException('blocked', 'SecurityError'); } });
  });
  await page.reload();
  await runCheck(page, IRON);
  const r = await readResults(page);
  assert.ok(r.causes.slice(0, 2).includes('Low iron'), r.causes.join(', '));
  assertClean(problems);
  await context.close();
});
