// The person of tests/e2e/person.mjs, for WebDriver: finds controls by role
// and accessible name (computed in the page, since WebDriver has no role
// locator in every engine), clicks with WebDriver's own input, and reads
// headings as a person would.
import assert from 'node:assert/strict';
import { EN } from '../e2e/person.mjs';

// Runs in the page: the first visible element with `role` whose accessible
// name matches `name` (a string for an exact match, or { source } for a regex).
// Enough of the accessible-name rules for this widget's own markup. Controls
// of the start page drawn into the HTML are passed over until the app has
// taken it over: some drivers (WebKit's) deliver a click to the element
// found even after it has left the page, where no one could press it. An
// early press is tested in Chromium (tests/e2e/prerender.test.mjs).
const FIND = `
const [role, name] = arguments;
const QUERY = {
  button: 'button, input[type=button], input[type=submit], [role=button]',
  link: 'a[href]',
  radio: 'input[type=radio]',
  checkbox: 'input[type=checkbox]',
  textbox: 'input[type=text], input:not([type]), input[type=url], textarea',
  heading: 'h1, h2, h3, h4, h5, h6',
  status: '[role=status], output',
  region: 'section[aria-labelledby], section[aria-label], [role=region]',
};
const clean = (s) => (s || '').replace(/\\s+/g, ' ').trim();
const byIds = (ids) => ids.split(/\\s+/).map((id) => document.getElementById(id)).filter(Boolean).map((e) => e.textContent).join(' ');
const accName = (el) => {
  if (el.getAttribute('aria-labelledby')) return clean(byIds(el.getAttribute('aria-labelledby')));
  if (el.getAttribute('aria-label')) return clean(el.getAttribute('aria-label'));
  if (el.labels && el.labels.length) return clean([...el.labels].map((l) => l.textContent).join(' '));
  if (el.tagName === 'INPUT') return clean(el.value);
  return clean(el.textContent);
};
const visible = (el) => (el.checkVisibility ? el.checkVisibility() : el.getClientRects().length > 0)
  || (el.tagName === 'INPUT' && el.labels && [...el.labels].some((l) => l.getClientRects().length > 0));
const matches = typeof name === 'string' ? (n) => n === name : (n) => new RegExp(name.source).test(n);
return [...document.querySelectorAll(QUERY[role])].find((el) => visible(el) && !el.closest('[data-rls-boot]') && (name === null || matches(accName(el)))) || null;
`;

const pattern = (name) => (name instanceof RegExp ? { source: name.source } : name);

/** The first visible element with this role and accessible name, or null. */
export async function find(driver, role, name = null) {
  return driver.executeScript(FIND, role, pattern(name));
}

/** Waits for an element with this role and name, and returns it. */
export async function waitFor(driver, role, name = null, timeout = 15000) {
  const until = Date.now() + timeout;
  for (;;) {
    const el = await find(driver, role, name).catch(() => null);
    if (el) return el;
    if (Date.now() > until) throw new Error(`no ${role} named ${name} within ${timeout} ms on "${await h1(driver)}"`);
    await new Promise((ok) => setTimeout(ok, 50));
  }
}

// The iframe the driver is working inside, if any (see `enterFrame`).
const frames = new WeakMap();

/**
 * Switches into an iframe. Controls inside it are then scrolled into view
 * by scrolling the host page: a cross-origin frame cannot scroll its parent
 * (WebKit's `scrollIntoView` stops at the frame), and WebDriver's click
 * misses a control outside the viewport.
 */
export async function enterFrame(driver, iframe) {
  await driver.switchTo().defaultContent();
  await driver.switchTo().frame(iframe);
  frames.set(driver, iframe);
}

export async function leaveFrame(driver) {
  await driver.switchTo().defaultContent();
  frames.delete(driver);
}

/**
 * Presses a control the way a person does: scrolled into view, clicked.
 * A control that is replaced while being reached (the start page drawn
 * into the HTML gives way to the app's own, which looks the same) is found
 * again, as a person would simply press what they see.
 */
export async function press(driver, role, name) {
  for (let attempt = 1; ; attempt++) {
    try {
      return await pressOnce(driver, role, name);
    } catch (e) {
      if (e?.name !== 'StaleElementReferenceError' || attempt >= 3) throw e;
    }
  }
}

async function pressOnce(driver, role, name) {
  const el = await waitFor(driver, role, name);
  await driver.executeScript('arguments[0].scrollIntoView({ block: "center" })', el);
  const iframe = frames.get(driver);
  if (iframe) {
    await driver.switchTo().defaultContent();
    await settle(driver, iframe);
    await driver.switchTo().frame(iframe);
    const y = await driver.executeScript('const r = arguments[0].getBoundingClientRect(); return r.top + r.height / 2', el);
    await driver.switchTo().defaultContent();
    await driver.executeScript(
      'const r = arguments[0].getBoundingClientRect(); scrollBy(0, r.top + arguments[1] - innerHeight / 2)', iframe, y);
    await settle(driver, iframe);
    await driver.switchTo().frame(iframe);
  }
  await el.click();
  return el;
}

/**
 * Waits until the iframe has stopped moving and resizing (it fits its
 * height to each new page, which can shift the host page), as a person
 * waits for a page to stop jumping before clicking.
 */
async function settle(driver, iframe, timeout = 5000) {
  const rect = () =>
    driver.executeScript('const r = arguments[0].getBoundingClientRect(); return `${r.top},${r.height}`', iframe);
  const until = Date.now() + timeout;
  let last = await rect();
  let same = 0;
  while (same < 3 && Date.now() < until) {
    await new Promise((ok) => setTimeout(ok, 50));
    const now = await rect();
    same = now === last ? same + 1 : 0;
    last = now;
  }
}

/** The text of the level-1 heading, or null. */
export async function h1(driver) {
  return driver.executeScript('const h = document.querySelector("h1"); return h ? h.textContent.replace(/\\s+/g, " ").trim() : null').catch(() => null);
}

/** Waits until the level-1 heading is `want` (a string) or is no longer `not`. */
export async function heading(driver, { want, not, timeout = 15000 } = {}) {
  const until = Date.now() + timeout;
  for (;;) {
    const text = await h1(driver);
    if (text !== null && (want !== undefined ? text === want : text !== not)) return text;
    if (Date.now() > until) throw new Error(`the heading is "${text}", not ${want ?? `other than "${not}"`}`);
    await new Promise((ok) => setTimeout(ok, 50));
  }
}

/** Answers one question page as the scenario says, or with its way out. */
async function answer(driver, scenario, title) {
  const want = scenario[title] ?? EN.defaults[title];
  if (want === undefined) {
    for (const [role, name] of EN.wayOut) {
      if (await find(driver, role, name)) {
        await press(driver, role, name);
        assert.ok(await (await find(driver, role, name)).isSelected(), `"${name}" was not chosen on "${title}"`);
        return;
      }
    }
    throw new Error(`no way out on "${title}"`);
  }
  if (want.number !== undefined) {
    const box = await waitFor(driver, 'textbox');
    await box.clear();
    await box.sendKeys(String(want.number));
    return box;
  }
  for (const label of want) {
    const role = (await find(driver, 'radio', label)) ? 'radio' : 'checkbox';
    await press(driver, role, label);
    assert.ok(await (await find(driver, role, label)).isSelected(), `"${label}" was not chosen on "${title}"`);
  }
}

/** Answers from the current question to the review page; returns the headings seen. */
export async function answerAll(driver, scenario = {}, { until = EN.review } = {}) {
  const seen = [];
  let title = await h1(driver);
  while (title !== until) {
    assert.ok(seen.length < 40, 'the questionnaire never ends');
    seen.push(title);
    await answer(driver, scenario, title);
    await press(driver, 'button', EN.continue);
    title = await heading(driver, { not: title }).catch(async (e) => {
      const problem = await driver.executeScript('return document.querySelector(".rls-error-summary")?.textContent ?? null');
      throw new Error(`${e.message}${problem ? ` (the page says: ${problem})` : ''}`);
    });
  }
  return seen;
}

/** From the start page to the results. */
export async function runCheck(driver, scenario) {
  await press(driver, 'button', EN.start);
  await heading(driver, { not: EN.startHeading });
  const seen = await answerAll(driver, scenario);
  await press(driver, 'button', EN.seeResults);
  await heading(driver, { want: EN.results });
  return seen;
}

/** The cause titles and the tests listed on the results page. */
export async function readResults(driver) {
  return driver.executeScript(`
    const region = (name) => [...document.querySelectorAll('section[aria-labelledby]')]
      .find((s) => document.getElementById(s.getAttribute('aria-labelledby'))?.textContent.trim() === name);
    const texts = (el, sel) => el ? [...el.querySelectorAll(sel)].map((e) => e.textContent.replace(/\\s+/g, ' ').trim()) : [];
    return {
      causes: texts(region(arguments[0]), 'h3'),
      tests: texts(region(arguments[1]), 'li'),
    };
  `, EN.regions.causes, EN.regions.tests);
}
