// The start page is in the HTML, drawn at build time by the app's own
// components (src/prerender.rs), and painted before the wasm module
// arrives. These tests hold the module back, use the page as a person would
// in that time, then let the module in and check the app took over without
// a flash, a shift, a lost focus, or a press dropped or made twice.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { readFile, readdir } from 'node:fs/promises';
import { gzipSync } from 'node:zlib';
import { start, stop, open, assertClean, assertAccessible } from './harness.mjs';

const dist = new URL('../../dist/', import.meta.url).pathname;
let server;

before(async () => {
  server = await start();
});
after(stop);

const START = { en: 'Check your restless legs symptoms', es: 'Compruebe sus síntomas de piernas inquietas' };
const START_BUTTON = { en: 'Start now', es: 'Empezar ahora' };

/**
 * Opens `path` with the wasm module held back until `release()` is called:
 * what shows until then is the HTML alone.
 */
async function openHeld(path = '', contextOptions = {}, { init } = {}) {
  let release;
  const released = new Promise((resolve) => {
    release = resolve;
  });
  const { page, context, problems } = await open(path, contextOptions, {
    prepare: async (context) => {
      await context.route(/_bg\.wasm$/, async (route) => {
        await released;
        await route.continue().catch(() => {});
      });
      if (init) await context.addInitScript(init);
    },
  });
  return { page, context, problems, release };
}

/** Whether the app has taken over: its own root is in and no copy is left. */
const takenOver = () =>
  !document.querySelector('[data-rls-boot]') && document.querySelector('main.rls-app:not([data-rls-fallback])') !== null;

/** What shows while the module is held: the shown copy's language, or null. */
const shownCopy = (page) =>
  page.evaluate(() => {
    const shown = [...document.querySelectorAll('[data-rls-boot]')].filter((c) => c.checkVisibility());
    if (shown.length > 1) return 'more than one';
    return shown[0]?.getAttribute('data-rls-boot') ?? null;
  });

test('the HTML holds the start page in each language, exactly as the app draws it', async () => {
  const html = await readFile(`${dist}index.html`, 'utf8');
  for (const lang of ['en', 'es']) {
    const { page, context, problems } = await open(`?lang=${lang}`);
    await page.waitForFunction(takenOver);
    const difference = await page.evaluate(
      ([text, code]) => {
        const copy = new DOMParser().parseFromString(text, 'text/html').querySelector(`[data-rls-boot="${code}"]`);
        if (!copy) return `no copy for ${code}`;
        copy.removeAttribute('data-rls-boot');
        const live = document.querySelector('main.rls-app').cloneNode(true);
        copy.normalize();
        live.normalize();
        return copy.isEqualNode(live) ? '' : `prerendered:\n${copy.outerHTML}\napp:\n${live.outerHTML}`;
      },
      [html, lang],
    );
    assert.equal(difference, '', difference);
    assertClean(problems);
    await context.close();
  }
});

test('before the module arrives, the start page is there to read and use, accessibly, at 320 and 1280 px', async () => {
  for (const width of [320, 1280]) {
    const { page, context, problems, release } = await openHeld('', { viewport: { width, height: 800 } });
    const heading = page.getByRole('heading', { level: 1, name: START.en });
    await heading.waitFor();
    assert.equal(await page.getByRole('button', { name: START_BUTTON.en }).isVisible(), true);
    assert.equal(await page.getByRole('navigation', { name: 'Language' }).isVisible(), true);
    assert.equal(await page.evaluate(() => document.querySelector('main.rls-app:not([data-rls-boot]):not([data-rls-fallback])')), null, 'the app has not started');
    await assertAccessible(page, `prerendered start page (${width} px)`);
    release();
    await page.waitForFunction(takenOver);
    assertClean(problems);
    await context.close();
  }
});

test('Start pressed before the module is ready is honoured once it is, and only once', async () => {
  const { page, context, problems, release } = await openHeld();
  const startButton = page.getByRole('button', { name: START_BUTTON.en });
  await startButton.click();
  await startButton.click();
  assert.equal(await page.getByRole('heading', { level: 1, name: START.en }).isVisible(), true, 'nothing has moved yet');
  release();
  await page.getByText('Question 1 of', { exact: false }).waitFor();
  // One press, one step: the question is the first, and Back returns to
  // the start page.
  assert.equal(await page.evaluate(() => document.activeElement?.id), 'rls-heading');
  await page.goBack();
  await page.getByRole('heading', { level: 1, name: START.en }).waitFor();
  assertClean(problems);
  await context.close();
});

test('a language chosen before the module is ready shows at once and is kept, then Start', async () => {
  const { page, context, problems, release } = await openHeld();
  await page.getByRole('button', { name: 'Español' }).click();
  await page.getByRole('heading', { level: 1, name: START.es }).waitFor();
  assert.equal(await shownCopy(page), 'es');
  assert.equal(await page.evaluate(() => document.documentElement.lang), 'es');
  await page.getByRole('button', { name: START_BUTTON.es }).click();
  release();
  await page.getByText('Pregunta 1 de', { exact: false }).waitFor();
  assert.equal(await page.evaluate(() => document.querySelector('main.rls-app').lang), 'es');
  assert.equal(await page.evaluate(() => localStorage.getItem('rls-check.lang')), 'es', 'the choice is kept as a live press keeps it');
  assertClean(problems);
  await context.close();
});

test('focus stays on the control the keyboard reached while the module loaded', async () => {
  const { page, context, problems, release } = await openHeld();
  await page.getByRole('button', { name: START_BUTTON.en }).waitFor();
  for (let i = 0; i < 10; i++) {
    await page.keyboard.press('Tab');
    if ((await page.evaluate(() => document.activeElement?.textContent.trim())) === START_BUTTON.en) break;
  }
  assert.equal(await page.evaluate(() => document.activeElement?.textContent.trim()), START_BUTTON.en);
  release();
  await page.waitForFunction(takenOver);
  const focused = await page.evaluate(() => ({
    text: document.activeElement?.textContent.trim(),
    live: document.activeElement?.closest('main.rls-app') !== null && !document.activeElement?.closest('[data-rls-boot]'),
  }));
  assert.deepEqual(focused, { text: START_BUTTON.en, live: true });
  // And the keyboard goes on from there: Enter starts the check.
  await page.keyboard.press('Enter');
  await page.getByText('Question 1 of', { exact: false }).waitFor();
  assertClean(problems);
  await context.close();
});

/** Boxes of the start page's parts, to compare before and after takeover. */
const boxes = (page) =>
  page.evaluate(() =>
    [...document.querySelectorAll('main.rls-app h1, main.rls-app p, main.rls-app button, main.rls-app li, main.rls-app nav')]
      .filter((e) => e.checkVisibility())
      .map((e) => {
        const r = e.getBoundingClientRect();
        return `${e.tagName} ${e.textContent.trim().slice(0, 24)}: ${r.x},${r.y},${r.width},${r.height}`;
      }),
  );

test('the takeover moves nothing: no layout shift, the same boxes, at 320 and 1280 px and in a frame', async () => {
  for (const [label, width, framed] of [['320 px', 320, false], ['1280 px', 1280, false], ['a frame', 1280, true]]) {
    const { page, context, problems, release } = await openHeld('', { viewport: { width, height: 800 } });
    let scope = page;
    if (framed) {
      const host = `${server.origin}/prerender-host.html`;
      await context.route(host, (route) =>
        route.fulfill({
          contentType: 'text/html',
          body: `<!DOCTYPE html><html lang="en"><head><title>Host</title><link rel="icon" href="data:,"></head><body><h1>Host</h1>
<iframe title="Restless legs check" src="${server.url}?embed=1" style="width:1000px;height:700px;border:0"></iframe></body></html>`,
        }),
      );
      await page.goto(host);
      scope = page.frames().find((f) => f.url().includes('embed=1'));
      assert.ok(scope, 'the frame');
    }
    await scope.getByRole('heading', { level: 1, name: START.en }).waitFor();
    if (framed) assert.equal(await scope.evaluate(() => document.documentElement.hasAttribute('data-rls-frame')), true);
    await scope.evaluate(() => {
      window.__shifts = [];
      new PerformanceObserver((list) => window.__shifts.push(...list.getEntries().map((e) => e.value))).observe({
        type: 'layout-shift',
        buffered: true,
      });
    });
    // Two frames, so that the prerendered page has certainly been painted.
    await scope.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))));
    const before = await boxes(scope);
    release();
    await scope.waitForFunction(takenOver);
    await scope.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))));
    const after = await boxes(scope);
    assert.deepEqual(after, before, `${label}: the app's start page lies exactly where the prerendered one did`);
    const shifts = await scope.evaluate(() => window.__shifts);
    assert.deepEqual(shifts, [], `${label}: layout shifts during takeover`);
    assertClean(problems);
    await context.close();
  }
});

test('a share link handed to a frame before the module is ready takes the start page away, and a Start pressed on it is forgotten', async () => {
  const SAVED = `v2|${Date.now()}|age=adult`;
  let release;
  const released = new Promise((resolve) => {
    release = resolve;
  });
  const host = `${server.origin}/prerender-host.html`;
  const { page, context, problems } = await open('', {}, {
    prepare: async (context) => {
      await context.route(/_bg\.wasm$/, async (route) => {
        await released;
        await route.continue().catch(() => {});
      });
      await context.route(host, (route) =>
        route.fulfill({
          contentType: 'text/html',
          body: `<!DOCTYPE html><html lang="en"><head><title>Host</title><link rel="icon" href="data:,"></head><body><h1>Host</h1>
<iframe title="Restless legs check" src="${server.url}?embed=1" style="width:800px;height:700px;border:0"></iframe></body></html>`,
        }),
      );
    },
  });
  await page.evaluate((saved) => localStorage.setItem('rls-check.answers', saved), SAVED);
  await page.goto(host);
  const frame = page.frames().find((f) => f.url().includes('embed=1'));
  await frame.getByRole('button', { name: START_BUTTON.en }).click();
  await frame.evaluate(() => {
    location.hash = '#rls=BaVTEBgQARBgAgwECgQQGSR';
  });
  assert.equal(await shownCopy(frame), null, 'the start page goes when the link arrives');
  release();
  await frame.waitForFunction(takenOver);
  await frame.getByRole('button', { name: 'Change these answers' }).waitFor();
  assert.equal(await frame.getByText('Question 1 of', { exact: false }).count(), 0, 'no Start was made for the visitor');
  assert.equal(await frame.evaluate(() => localStorage.getItem('rls-check.answers')), SAVED, 'the visitor\'s own answers are untouched');
  assertClean(problems);
  await context.close();
});

test('a Start pressed early is not made where the app, once started, offers saved answers instead', async () => {
  const { page, context, problems, release } = await openHeld();
  await page.getByRole('button', { name: START_BUTTON.en }).click();
  // Answers saved in another tab after this page was read.
  await page.evaluate(() => localStorage.setItem('rls-check.answers', `v2|${Date.now()}|age=adult`));
  release();
  await page.waitForFunction(takenOver);
  await page.locator('#rls-saved').waitFor();
  assert.equal(await page.getByText('Question 1 of', { exact: false }).count(), 0, 'the choice is left to the visitor');
  assertClean(problems);
  await context.close();
});

test('the start page shows in the language the app will start in', async () => {
  const cases = [
    ['?lang=es', {}, null, 'es'],
    ['?lang=fr', {}, null, 'en'],
    ['', { locale: 'es-MX' }, null, 'es'],
    ['', { locale: 'de-DE' }, null, 'en'],
    ['?lang=en', { locale: 'es-ES' }, null, 'en'],
    // A language chosen here before, on a page that keeps answers.
    ['', {}, () => localStorage.setItem('rls-check.lang', 'es'), 'es'],
    // Not with save=memory: nothing kept is read.
    ['?save=memory', {}, () => localStorage.setItem('rls-check.lang', 'es'), 'en'],
  ];
  for (const [path, options, init, expected] of cases) {
    const { page, context, problems, release } = await openHeld(path, options, { init });
    await page.getByRole('heading', { level: 1, name: START[expected] }).waitFor();
    assert.equal(await shownCopy(page), expected, `${path} ${JSON.stringify(options)}`);
    release();
    await page.waitForFunction(takenOver);
    assert.equal(await page.evaluate(() => document.querySelector('main.rls-app').lang), expected, `the app agrees for ${path}`);
    assertClean(problems);
    await context.close();
  }
});

test('no start page is shown where the first screen will be another: a link, saved answers, a setting that changes the look', async () => {
  const saved = () => localStorage.setItem('rls-check.answers', `v2|${Date.now()}|age=adult`);
  const cases = [
    ['#rls=AAAA', null],
    ['#q-age', null],
    ['?region=uk', null],
    ['?scheme=dark', null],
    ['?compact=true', null],
    ['?accent=%23005ea5', null],
    ['', saved],
  ];
  for (const [path, init] of cases) {
    const { page, context, release } = await openHeld(path, {}, { init });
    await page.waitForLoadState('domcontentloaded');
    await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))));
    assert.equal(await shownCopy(page), null, `${path}: nothing prerendered shows`);
    assert.equal(await page.evaluate(() => document.documentElement.getAttribute('data-rls-start')), 'none', path);
    release();
    await page.waitForFunction(takenOver);
    await context.close();
  }
});

test('without JavaScript, the page says the check has not loaded, what to do, and the signs that must not wait, with no dead buttons', async () => {
  const { page, context } = await open('', { javaScriptEnabled: false });
  const english = page.locator('[data-rls-fallback] [lang="en"]');
  assert.equal(await english.isVisible(), true);
  const text = await english.innerText();
  assert.match(text, /This check has not loaded\. JavaScript may be off or blocked/);
  assert.match(text, /Call your local emergency number or go to an emergency department now/);
  assert.match(text, /one calf that is swollen/);
  assert.match(text, /thoughts of harming yourself, please talk to someone today/);
  assert.equal(await page.locator('[data-rls-fallback] [lang="es"]').isVisible(), true);
  assert.equal(await page.getByRole('heading').count(), 0, 'no start page without the app');
  assert.equal(await page.getByRole('button').count(), 0, 'no button that would do nothing');
  await context.close();
});

test('where the early script never arrives, the page still says the check has not loaded and lists the signs that must not wait', async () => {
  // A file of a release not yet uploaded, a blocker, an engine that cannot
  // run it: nothing has started the app or chosen a start page.
  const { page, context } = await open('', {}, {
    prepare: (context) => context.route(/early-[0-9a-f]+\.js$/, (route) => route.abort()),
  });
  await page.waitForLoadState('load');
  const english = page.locator('[data-rls-fallback] [lang="en"]');
  assert.equal(await english.isVisible(), true);
  const text = await english.innerText();
  assert.match(text, /This check has not loaded\./);
  assert.match(text, /Call your local emergency number or go to an emergency department now/);
  assert.match(text, /thoughts of harming yourself, please talk to someone today/);
  assert.equal(await page.getByRole('button').count(), 0, 'no button that would do nothing');
  // Once the early script has run, the message is hidden until it is
  // needed: checked with the module held back, so the start page is the
  // prerendered one and the message is still in the page.
  const { page: live, context: liveContext } = await open('', {}, {
    prepare: (context) => context.route(/_bg\.wasm$/, () => {}), // never answered
  });
  await live.getByRole('button', { name: START_BUTTON.en }).waitFor();
  assert.equal(await live.locator('[data-rls-fallback]').count(), 1, 'the message is in the page');
  assert.equal(await live.locator('[data-rls-fallback]').isVisible(), false);
  await context.close();
  await liveContext.close();
});

test('where the module cannot load, the start page gives way to what to do and the signs that must not wait', async () => {
  for (const [path, lang, lead] of [
    ['', 'en', 'This check has not loaded.'],
    ['?lang=es', 'es', 'Esta comprobación no se ha cargado.'],
    // No start page was shown here (a region changes its numbers).
    ['?region=uk', 'en', 'This check has not loaded.'],
  ]) {
    const { page, context } = await open(path, {}, {
      prepare: (context) => context.route(/_bg\.wasm$/, (route) => route.abort()),
    });
    const alert = page.getByRole('alert');
    await alert.waitFor();
    assert.match(await alert.textContent(), new RegExp(`^${lead}`), path);
    const shown = page.locator('[data-rls-fallback]');
    assert.equal(await shown.getAttribute('lang'), lang);
    assert.equal(await shown.locator('[lang]').count(), 1, 'one language');
    assert.match(await shown.innerText(), lang === 'en' ? /Call your local emergency number/ : /Llame al número local de emergencias/);
    assert.equal(await page.getByRole('button', { name: START_BUTTON[lang] }).count(), 0, `${path}: no Start that would do nothing`);
    await context.close();
  }
});

test('a Start pressed while the module is slow says the check is still loading, and 20 s on says what to do', async () => {
  const { page, context } = await open('', {}, {
    prepare: async (context) => {
      await context.route(/_bg\.wasm$/, () => {}); // never answered
    },
  });
  await page.clock.install();
  await page.reload();
  await page.getByRole('button', { name: START_BUTTON.en }).click();
  assert.equal((await page.getByRole('status').textContent()).trim(), 'The check is still loading. It will start as soon as it is ready.');
  await page.clock.fastForward(21000);
  await page.getByRole('alert').waitFor();
  assert.match(await page.getByRole('alert').textContent(), /^This check has not loaded\./);
  assert.equal(await page.getByRole('button', { name: START_BUTTON.en }).count(), 0);
  await context.close();
});

test('the standalone file carries the start page and its early script inline', async () => {
  const html = await readFile(`${dist}rls-check.html`, 'utf8');
  for (const lang of ['en', 'es']) assert.ok(html.includes(`<main data-rls-boot="${lang}" `), lang);
  assert.doesNotMatch(html, /<script src=/, 'no script file to fetch from disk');
  assert.match(html, /data-rls-start/);
});

test('what the browser needs before the first paint (HTML, stylesheet, early script) is under 16 KB gzip', async () => {
  const files = await readdir(dist);
  const needed = ['index.html', ...files.filter((f) => /^(rls-check-[0-9a-f]+\.css|early-[0-9a-f]+\.js)$/.test(f))];
  assert.equal(needed.length, 3, needed.join(', '));
  const html = await readFile(`${dist}index.html`, 'utf8');
  for (const f of needed.slice(1)) assert.ok(html.includes(`./${f}`), `index.html loads ${f}`);
  const bytes = (await Promise.all(needed.map((f) => readFile(`${dist}${f}`)))).reduce((n, b) => n + gzipSync(b, { level: 9 }).length, 0);
  assert.ok(bytes < 16 * 1024, `${bytes} B gzip -9 before the first paint`);
});
