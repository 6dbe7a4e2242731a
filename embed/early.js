// The widget's page carries its start page, drawn at build time in each
// language (src/prerender.rs), hidden by the stylesheet until this script
// says which copy to show. It runs in <head>, before the body is read and
// long before the wasm module starts, and it:
//  1. chooses the language the app will start in, as the app does: a valid
//     `lang` setting, else (on a page that keeps answers, never in a frame)
//     the language chosen here before, else the browser's languages, else
//     English;
//  2. shows no copy where the app's first screen will differ from it: a
//     link or step in the address, answers saved in this browser, a setting
//     that changes the page's look; the app then draws it when it starts;
//  3. marks a frame (`embed=1` inside a frame), whose page has no margin;
//  4. notes on the shown copy which of its buttons the visitor presses
//     before the app has started (a press after Start is not noted);
//  5. hands the page over once the app has drawn its own page (into a root
//     of its own, so the copy is still there with its focus):
//     in the same turn, before the browser paints again, the copy goes,
//     focus moves to the same control of the app's page, and each noted
//     press is made there again, once, through the app's own handlers.
// The build writes FACTS from the widget's own definitions. In a frame,
// nothing saved is read: what a frame shows must not depend on it.
(() => {
  const FACTS = __EARLY__;
  const html = document.documentElement;
  const query = new URLSearchParams(location.search);
  let framed = true;
  try {
    framed = window.self !== window.top;
  } catch {
    // A cross-origin parent that cannot be compared is a frame.
  }
  const locale = (tag) => {
    const primary = String(tag ?? '').split(/[-_]/)[0].trim().toLowerCase();
    return FACTS.locales.includes(primary) ? primary : null;
  };
  const last = (name, read) => query.getAll(name).map(read).filter(Boolean).pop() ?? null;
  const save = last('save', (v) => (['browser', 'memory'].includes(v.trim().toLowerCase()) ? v.trim().toLowerCase() : null));
  const restore = save !== 'memory' && !framed;
  let stored = null;
  let saved = false;
  if (restore) {
    try {
      stored = locale(localStorage.getItem(FACTS.lang));
      saved = localStorage.getItem(FACTS.answers) !== null;
    } catch {
      // Storage refused: the app reads nothing either.
    }
  }
  const chosen = last('lang', locale) ?? stored ?? [...(navigator.languages ?? [])].map(locale).find(Boolean) ?? FACTS.locales[0];
  const hash = location.hash.length > 1 ? location.hash : '';
  const differs =
    saved ||
    (framed ? hash.startsWith(FACTS.link) : hash !== '') ||
    [...query.keys()].some((k) => FACTS.redrawn.includes(k));
  html.setAttribute('data-rls-start', differs ? 'none' : chosen);
  if (framed && query.get('embed') === '1') html.setAttribute('data-rls-frame', '');
  if (!differs) {
    html.lang = chosen;
    document.title = FACTS.titles[chosen] ?? document.title;
  }

  // The copies not shown leave once the body is read (their ids repeat),
  // kept here for a switch of language before the app takes over.
  const CONTROLS = 'button, a[href]';
  const others = new Map();
  document.addEventListener('DOMContentLoaded', () => {
    for (const copy of document.querySelectorAll('[data-rls-boot]')) {
      const code = copy.getAttribute('data-rls-boot');
      if (code === html.getAttribute('data-rls-start')) continue;
      others.set(code, copy);
      copy.remove();
    }
  });

  // The hand-over. Mutation records are delivered before the browser paints
  // again, and the app draws its whole first page before it lets the
  // browser paint, so no frame ever shows both pages, or neither.
  const handOver = (live) => {
    const copies = [...document.querySelectorAll('[data-rls-boot]')];
    const copy = copies.find((c) => c.getAttribute('data-rls-boot') === html.getAttribute('data-rls-start'));
    const before = copy ? [...copy.querySelectorAll(CONTROLS)] : [];
    const focused = before.indexOf(document.activeElement);
    const pressed = (copy?.getAttribute('data-rls-pressed') ?? '').split(' ').filter(Boolean).map(Number);
    for (const c of copies) c.remove();
    others.clear();
    const after = [...live.querySelectorAll(CONTROLS)];
    after[focused]?.focus({ preventScroll: true });
    for (const at of pressed) after[at]?.click();
  };
  const isLive = (node) => node instanceof Element && node.matches('main.rls-app:not([data-rls-boot])');
  document.addEventListener('DOMContentLoaded', () => {
    const live = [...document.querySelectorAll('main.rls-app')].find(isLive);
    if (live) {
      handOver(live);
      return;
    }
    // Watched from here, not while the page is read, which would cost a call
    // for every part of the start page.
    new MutationObserver((records, observer) => {
      for (const record of records) {
        for (const node of record.addedNodes) {
          if (isLive(node)) {
            observer.disconnect();
            handOver(node);
            return;
          }
        }
      }
    }).observe(document.body, { childList: true, subtree: true });
  });

  // Presses before the app has started, noted on the shown copy; a language
  // button also shows that language's copy at once. Once the app has taken
  // over, no copy is left and this does nothing.
  document.addEventListener(
    'click',
    (event) => {
      const button = event.target instanceof Element ? event.target.closest('[data-rls-boot] button') : null;
      if (!button) return;
      let copy = button.closest('[data-rls-boot]');
      const controls = [...copy.querySelectorAll(CONTROLS)];
      const at = controls.indexOf(button);
      const pressed = (copy.getAttribute('data-rls-pressed') ?? '').split(' ').filter(Boolean);
      const start = String(controls.findIndex((c) => c.classList.contains('rls-button--start')));
      if (pressed.includes(start) || pressed.length >= 8) return;
      pressed.push(String(at));
      const code = button.closest('.rls-lang') ? button.getAttribute('lang') : null;
      const next = others.get(code);
      if (next) {
        others.delete(code);
        others.set(copy.getAttribute('data-rls-boot'), copy);
        copy.replaceWith(next);
        copy = next;
        html.setAttribute('data-rls-start', code);
        html.lang = code;
        document.title = FACTS.titles[code] ?? document.title;
        copy.querySelectorAll(CONTROLS)[at]?.focus({ preventScroll: true });
      }
      copy.setAttribute('data-rls-pressed', pressed.join(' '));
    },
    true,
  );
})();
