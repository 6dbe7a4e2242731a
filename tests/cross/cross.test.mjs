// One suite, three engines: the same person-like paths in Chromium, Firefox
// ESR and WebKitGTK, driven through WebDriver. `ENGINES=firefox,webkit`
// narrows the run.
import { describe, test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { pathToFileURL } from 'node:url';
import { serve } from '../e2e/server.mjs';
import { EN, IRON_AND_PREGNANCY } from '../e2e/person.mjs';
import { ENGINES, session, version } from './engines.mjs';
import { waitFor, press, h1, heading, answerAll, runCheck, readResults, enterFrame, leaveFrame } from './webdriver-person.mjs';

const repo = new URL('../../', import.meta.url).pathname;
const dist = new URL('../../dist/', import.meta.url).pathname;
const chosen = (process.env.ENGINES ?? Object.keys(ENGINES).join(',')).split(',').map((s) => s.trim()).filter(Boolean);

const IRON = IRON_AND_PREGNANCY;
const IRON_CAUSE = /iron/i;
const PREGNANCY_CAUSE = /pregnan/i;

let widget, host;

before(async () => {
  widget = await serve(dist, { headers: { 'access-control-allow-origin': '*' } });
  const toWidget = (rel, text) => text.replaceAll('../dist/', widget.url);
  host = await serve(repo, { basePath: '/', host: 'localhost', rewrite: toWidget });
});

after(async () => {
  await Promise.all([widget, host].map((s) => s?.close()));
});

/** Runs `body` with a fresh session in `engine`, and always ends it. */
async function inSession(engine, body) {
  const s = await session(engine);
  try {
    return await body(s.driver);
  } finally {
    await s.quit();
  }
}

async function assertNoCrash(driver) {
  const crashed = await driver.executeScript('return !!document.querySelector(".rls-crash")');
  assert.equal(crashed, false, 'the crash panel is showing');
}

function assertIronResults(results) {
  assert.ok(results.causes.some((c) => IRON_CAUSE.test(c)), `no iron cause in ${results.causes.join(' | ')}`);
  assert.ok(results.causes.some((c) => PREGNANCY_CAUSE.test(c)), `no pregnancy cause in ${results.causes.join(' | ')}`);
  assert.ok(results.tests.some((t) => /ferritin/i.test(t)), `no ferritin test in ${results.tests.join(' | ')}`);
}

const versions = {};

for (const engine of chosen) {
  const label = ENGINES[engine]?.label;
  if (!label) throw new Error(`unknown engine "${engine}"; known: ${Object.keys(ENGINES).join(', ')}`);

  describe(label, () => {
    test('a full check from the start page to the results, with Back and reload keeping answers', async () => {
      await inSession(engine, async (driver) => {
        versions[label] = await version(driver);
        await driver.get(widget.url);
        await heading(driver, { want: EN.startHeading });
        await press(driver, 'button', EN.start);
        // Who the check is for, then the warning signs (a set of boxes).
        const first = await heading(driver, { not: EN.startHeading });
        await press(driver, 'radio', 'Yes, 18 or older');
        await press(driver, 'button', EN.continue);
        const second = await heading(driver, { not: first });

        await press(driver, 'link', 'Back');
        await heading(driver, { want: first });
        assert.ok(await (await waitFor(driver, 'radio', 'Yes, 18 or older')).isSelected(), 'Back lost the answer');
        await press(driver, 'button', EN.continue);
        await heading(driver, { want: second });
        await press(driver, 'checkbox', 'None of these');
        await press(driver, 'button', EN.continue);
        const third = await heading(driver, { not: second });

        await driver.navigate().refresh();
        await heading(driver, { want: third });
        await press(driver, 'link', 'Back');
        await heading(driver, { want: second });
        assert.ok(await (await waitFor(driver, 'checkbox', 'None of these')).isSelected(), 'reload lost the answer');
        await press(driver, 'button', EN.continue);
        await heading(driver, { want: third });

        await answerAll(driver, IRON);
        await press(driver, 'button', EN.seeResults);
        await heading(driver, { want: EN.results });
        assertIronResults(await readResults(driver));
        await assertNoCrash(driver);
      });
    });

    test('a share link is copied, also without the Clipboard API, and opens in a new session', async (t) => {
      const { link, mine } = await inSession(engine, async (driver) => {
        await driver.get(widget.url);
        await runCheck(driver, IRON);
        const mine = await readResults(driver);
        await press(driver, 'button', 'Copy link');
        const status = await waitFor(driver, 'status', /Link copied|copy it yourself/);
        const box = await waitFor(driver, 'textbox', 'Link to these results');
        const link = await box.getAttribute('value');
        assert.match(link, /#rls=[A-Za-z0-9_-]{29}$/);
        assert.ok(link.startsWith(widget.url), `${link} is not this page's link`);
        const said = await status.getText();
        t.diagnostic(`${label}: Copy link said "${said}"`);
        // The fallback, in every engine: without the Clipboard API the link
        // is selected in its box (and copied the old way where allowed).
        await driver.executeScript(`
          Object.defineProperty(navigator, 'clipboard', { value: undefined, configurable: true });
          arguments[0].setSelectionRange(0, 0);
          arguments[0].blur();`, box);
        await press(driver, 'button', 'Copy link');
        const selected = await driver.wait(() => driver.executeScript(
          'const b = arguments[0]; return document.activeElement === b && b.selectionStart === 0 && b.selectionEnd === b.value.length',
          box), 5000).catch(() => false);
        assert.ok(selected, 'without the Clipboard API the link is not selected for copying');
        const fallback = await (await waitFor(driver, 'status', /Link copied|copy it yourself/)).getText();
        t.diagnostic(`${label}: without the Clipboard API, Copy link said "${fallback}"`);
        return { link, mine };
      });
      await inSession(engine, async (driver) => {
        await driver.get(link);
        await heading(driver, { want: EN.results });
        await waitFor(driver, 'button', 'Change these answers');
        assert.deepEqual(await readResults(driver), mine);
        const stored = await driver.executeScript('return localStorage.length');
        assert.equal(stored, 0, 'a shared link is not saved as own answers');
      });
    });

    test('a damaged link gives the calm message and a way to start', async () => {
      await inSession(engine, async (driver) => {
        await driver.get(`${widget.url}#rls=1BROKEN-link`);
        await heading(driver, { want: 'This link is damaged or incomplete' });
        await press(driver, 'button', 'Start your own check');
        await heading(driver, { not: 'This link is damaged or incomplete' });
        await assertNoCrash(driver);
      });
    });

    test('the iframe embed grows with its content and never scrolls inside', async () => {
      await inSession(engine, async (driver) => {
        await driver.manage().window().setRect({ width: 1000, height: 900 });
        // The embed fits its content only when the host opts in
        // (data-fit="content"); examples/host.html keeps the fixed default.
        await driver.get(`${host.url}tests/cross/fixtures/host-fit.html`);
        const iframe = await driver.wait(async () => driver.executeScript(
          'return document.querySelector(\'iframe[title="Restless legs check"]\')'), 15000);
        const fit = async () => {
          await leaveFrame(driver);
          const outer = await driver.executeScript('return arguments[0].getBoundingClientRect().height', iframe);
          await enterFrame(driver, iframe);
          const inner = await driver.executeScript(`return {
            content: document.querySelector('.rls-app').getBoundingClientRect().height,
            scrolls: document.documentElement.scrollHeight > document.documentElement.clientHeight + 1 }`);
          return { outer, ...inner };
        };
        const settled = async (want) => {
          const until = Date.now() + 10000;
          for (;;) {
            const f = await fit();
            if (Math.abs(f.outer - f.content) <= 3 && !f.scrolls && (!want || want(f))) return f;
            if (Date.now() > until) throw new Error(`the iframe does not fit: ${JSON.stringify(f)}`);
            await new Promise((ok) => setTimeout(ok, 100));
          }
        };
        await enterFrame(driver, iframe);
        await heading(driver, { want: EN.startHeading });
        const atStart = await settled();
        await runCheck(driver, IRON);
        const atResults = await settled((f) => f.outer > atStart.outer + 300);
        assert.ok(atResults.outer > atStart.outer, `${atResults.outer} px at the results, ${atStart.outer} px at the start`);
        assertIronResults(await readResults(driver));
      });
    });

    test('offline: the service worker serves the check when the server is gone (where the engine has one)', async (t) => {
      const own = await serve(dist);
      let closed = false;
      try {
        await inSession(engine, async (driver) => {
          await driver.get(own.url);
          await heading(driver, { want: EN.startHeading });
          const hasWorker = await driver.executeScript('return "serviceWorker" in navigator && isSecureContext');
          if (!hasWorker) {
            t.skip(`${label} offers no service worker here`);
            return;
          }
          const ready = await driver.executeAsyncScript(`
            const done = arguments[arguments.length - 1];
            const until = Date.now() + 20000;
            (async () => {
              await navigator.serviceWorker.ready;
              while (!navigator.serviceWorker.controller && Date.now() < until) await new Promise((ok) => setTimeout(ok, 100));
              const keys = await caches.keys();
              done({ controlled: !!navigator.serviceWorker.controller, caches: keys.length });
            })().catch((e) => done({ error: String(e) }));`);
          assert.ok(ready.controlled && ready.caches > 0, `service worker not ready: ${JSON.stringify(ready)}`);
          await own.close();
          closed = true;
          // Opened again, as a person returning to the page does. (Firefox's
          // WebDriver "Refresh" bypasses service workers, which a person's
          // reload does not, so the test navigates instead.)
          await driver.get(own.url);
          await heading(driver, { want: EN.startHeading });
          await runCheck(driver, IRON);
          assertIronResults(await readResults(driver));
        });
      } finally {
        if (!closed) await own.close();
      }
    });

    test('the standalone file opens from disk and runs a full check', async () => {
      await inSession(engine, async (driver) => {
        await driver.get(pathToFileURL(`${dist}rls-check.html`).href);
        await heading(driver, { want: EN.startHeading });
        await runCheck(driver, IRON);
        assertIronResults(await readResults(driver));
        assert.equal(await h1(driver), EN.results);
      });
    });
  });
}

after(() => {
  const lines = Object.entries(versions).map(([label, v]) => `  ${label}: ${v}`);
  if (lines.length) console.log(`Cross-engine suite ran in:\n${lines.join('\n')}`);
});
