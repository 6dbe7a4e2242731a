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
//     before the app has started (a press after Start is not noted), and
//     says under Start that the check is still loading;
//  5. hands the page over once the app has drawn its own page (into a root
//     of its own, so the copy is still there with its focus): in the same
//     turn, before the browser paints again, the copy goes, focus moves to
//     the same control of the app's page, and each noted press is made
//     there again, once, through the app's own handlers;
//  6. where the app has not started (a script or the module failed to
//     load, or 20 s have passed), shows in place of the start page the
//     message the page holds for where no script has run (and so shows
//     when this script itself never runs): that the check has not loaded,
//     what to do, and the signs that must not wait. The app still takes
//     over if it comes;
//  7. on the hosted page (not the standalone file, which carries the module
//     inline), starts the app: imports wasm-bindgen's script and the module
//     once the start page has been painted (or after 100 ms where nothing
//     is painted, as in a hidden tab), so that neither holds back the first
//     paint.
// The build writes FACTS from the widget's own definitions. In a frame,
// nothing saved is read: what a frame shows must not depend on it.
(() => {
  const FACTS = __EARLY__;
  const html = document.documentElement;
  // Read as the app reads its address: every leading `?` dropped.
  const query = new URLSearchParams(location.search.replace(/^\?+/, ''));
  let framed = true;
  try {
    framed = window.self !== window.top;
  } catch {
    // A cross-origin parent that cannot be compared is a frame.
  }
  // As Rust's `str::trim` and `to_ascii_lowercase`, which the app uses
  // (JavaScript's own trim and toLowerCase take other characters).
  const trim = (text) => text.replace(/^[\t-\r \u0085\u00a0\u1680\u2000-\u200a\u2028\u2029\u202f\u205f\u3000]+|[\t-\r \u0085\u00a0\u1680\u2000-\u200a\u2028\u2029\u202f\u205f\u3000]+$/g, '');
  const lower = (text) => text.replace(/[A-Z]/g, (c) => c.toLowerCase());
  const locale = (tag) => {
    const primary = lower(trim(String(tag ?? '').split(/[-_]/)[0]));
    return FACTS.locales.includes(primary) ? primary : null;
  };
  const last = (name, read) => query.getAll(name).map(read).filter(Boolean).pop() ?? null;
  const save = last('save', (v) => (['browser', 'memory'].includes(lower(trim(v))) ? lower(trim(v)) : null));
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
  let language = last('lang', locale) ?? stored ?? [...(navigator.languages ?? [])].map(locale).find(Boolean) ?? FACTS.locales[0];
  // Whether the address names another first screen: in a frame a share
  // link (every leading `#` dropped, as the app reads it), on a page any
  // fragment.
  const linked = () => {
    const fragment = location.hash.replace(/^#+/, '');
    return framed ? `#${fragment}`.startsWith(FACTS.link) : fragment !== '';
  };
  const differs = saved || linked() || [...query.keys()].some((k) => FACTS.redrawn.includes(k));
  const setLanguage = (code) => {
    language = code;
    // Written only when they change: each write costs the browser work
    // before the first paint.
    const title = FACTS.titles[code] ?? document.title;
    if (html.lang !== code) html.lang = code;
    if (document.title !== title) document.title = title;
  };
  html.setAttribute('data-rls-start', differs ? 'none' : language);
  if (framed && query.getAll('embed').includes('1')) html.setAttribute('data-rls-frame', '');
  if (!differs) setLanguage(language);

  const CONTROLS = 'button, a[href]';
  let shown = null; // the copy on screen
  const others = new Map(); // the other copies, out of the document
  let fallback = null;
  let done = false; // the app has taken over

  // The copies not shown leave once the body is read (their ids repeat).
  document.addEventListener('DOMContentLoaded', () => {
    for (const copy of document.querySelectorAll('[data-rls-boot]')) {
      const code = copy.getAttribute('data-rls-boot');
      if (code === html.getAttribute('data-rls-start')) shown = copy;
      else {
        others.set(code, copy);
        copy.remove();
      }
    }
  });

  // Presses before the app has started, noted on the shown copy by what
  // they mean (`lang:es`, `start`); a language button also shows that
  // language's copy at once.
  document.addEventListener(
    'click',
    (event) => {
      const button = event.target instanceof Element ? event.target.closest('[data-rls-boot] button') : null;
      if (!button || done) return;
      let copy = button.closest('[data-rls-boot]');
      const pressed = (copy.getAttribute('data-rls-pressed') ?? '').split(' ').filter(Boolean);
      if (pressed.includes('start') || pressed.length >= 8) return;
      const code = button.closest('.rls-lang') ? button.getAttribute('lang') : null;
      const start = button.classList.contains('rls-button--start');
      if (!start && !FACTS.locales.includes(code)) return;
      pressed.push(start ? 'start' : `lang:${code}`);
      const next = others.get(code);
      if (next) {
        const at = [...copy.querySelectorAll(CONTROLS)].indexOf(button);
        others.delete(code);
        others.set(copy.getAttribute('data-rls-boot'), copy);
        copy.replaceWith(next);
        copy = shown = next;
        html.setAttribute('data-rls-start', code);
        setLanguage(code);
        copy.querySelectorAll(CONTROLS)[at]?.focus({ preventScroll: true });
      }
      copy.setAttribute('data-rls-pressed', pressed.join(' '));
      if (start) {
        const status = copy.querySelector('[role=status]');
        if (status) status.textContent = FACTS.loading[language] ?? '';
      }
    },
    true,
  );

  // A link that arrives before the app has started (a frame handed a share
  // link) means another first screen: the copy goes, and what was pressed on
  // it is forgotten.
  addEventListener('hashchange', () => {
    if (done || !linked() || !shown) return;
    html.setAttribute('data-rls-start', 'none');
    shown.removeAttribute('data-rls-pressed');
    shown = null;
  });

  // The hand-over. Mutation records are delivered before the browser paints
  // again, and the app draws its whole first page before it lets the
  // browser paint, so no frame ever shows both pages, or neither.
  const handOver = (live) => {
    done = true;
    const before = shown ? [...shown.querySelectorAll(CONTROLS)] : [];
    const focused = before.indexOf(document.activeElement);
    const pressed = (shown?.getAttribute('data-rls-pressed') ?? '').split(' ').filter(Boolean);
    for (const c of document.querySelectorAll('[data-rls-boot], [data-rls-fallback]')) c.remove();
    shown = fallback = null;
    others.clear();
    // Only onto the start page the copy stood for: not after a crash, not
    // onto a link's results, not where the app offers saved answers.
    const status = live.querySelector('.rls-start__status');
    if (!status || live.querySelector('#rls-saved')) return;
    const after = [...live.querySelectorAll(CONTROLS)];
    after[focused]?.focus({ preventScroll: true });
    for (const press of pressed) {
      const target = press === 'start' ? '.rls-button--start' : `.rls-lang__button[lang="${press.slice(5)}"]`;
      if (press === 'start' || FACTS.locales.includes(press.slice(5))) live.querySelector(target)?.click();
    }
  };
  const APP = 'main.rls-app:not([data-rls-boot]):not([data-rls-fallback]), .rls-crash';
  document.addEventListener('DOMContentLoaded', () => {
    const live = document.querySelector(APP);
    if (live) {
      handOver(live);
      return;
    }
    // Watched from here, not while the page is read, which would cost a call
    // for every part of the start page.
    new MutationObserver((records, observer) => {
      for (const record of records) {
        for (const node of record.addedNodes) {
          if (node instanceof Element && node.matches(APP)) {
            observer.disconnect();
            handOver(node);
            return;
          }
        }
      }
    }).observe(document.body, { childList: true, subtree: true });
    setTimeout(notLoaded, 20000);
    if (FACTS.start) {
      requestAnimationFrame(() => setTimeout(load));
      setTimeout(load, 100);
    }
  });

  // Starts the app, once. A failure is an unhandled rejection, which shows
  // the message where the check has not loaded (below).
  let loading = false;
  const load = () => {
    if (loading) return;
    loading = true;
    import(FACTS.start.module).then(async (bindings) => {
      const wasm = await bindings.default({ module_or_path: FACTS.start.wasm });
      window.wasmBindings = bindings;
      dispatchEvent(new CustomEvent('TrunkApplicationStarted', { detail: { wasm } }));
    });
  };

  // The check has not loaded: the message the page holds for where no
  // script has run (hidden once this script has), in the page's language,
  // in place of the start page (or of the empty page).
  const notLoaded = () => {
    if (done || fallback) return;
    fallback = document.querySelector('[data-rls-fallback]');
    if (!fallback) return;
    for (const part of fallback.querySelectorAll(':scope > [lang]')) {
      if (part.getAttribute('lang') !== language) part.remove();
    }
    fallback.setAttribute('lang', language);
    fallback.setAttribute('data-rls-shown', '');
    fallback.querySelector('p')?.setAttribute('role', 'alert');
    const copy = shown ?? document.querySelector(`[data-rls-boot="${html.getAttribute('data-rls-start')}"]`);
    if (copy?.isConnected) copy.replaceWith(fallback);
    else document.body.append(fallback);
  };
  addEventListener('error', () => document.body && notLoaded(), true);
  addEventListener('unhandledrejection', () => document.body && notLoaded());
})();
