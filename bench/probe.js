// Injected before any page script (Playwright addInitScript) by the
// benchmark and by the speed budget test. It measures in the page itself,
// on the page's own clock (performance.now(), 0 = navigation start):
//
// - firstQuestion: when the first question's first option is on screen and
//   takes focus. On the widget the Start button is pressed the moment it
//   appears, so the figure includes the start page.
// - step(): presses Continue at the start of a frame and resolves with the
//   time until the frame that shows the next question has been painted.
(() => {
  const probe = {
    firstQuestion: null,
    startPressedAt: null,
    wasmMemory: null,
  };
  window.__rlsProbe = probe;

  // The widget announces its wasm exports once it has started (Trunk's
  // start-up script dispatches this event). The release build shortens the
  // export names, so the memory is found by its type.
  addEventListener('TrunkApplicationStarted', (e) => {
    const exports = Object.values(e.detail?.wasm ?? {});
    probe.wasmMemory = exports.find((x) => x instanceof WebAssembly.Memory) ?? null;
  });

  const options = () => document.querySelectorAll('input[type=radio], input[type=checkbox], input[type=number], input[inputmode]');
  const shown = (el) => (el.checkVisibility ? el.checkVisibility() : el.getClientRects().length > 0);
  const buttonNamed = (text) =>
    [...document.querySelectorAll('button, input[type=button], input[type=submit]')].find(
      (b) => (b.value || b.textContent).trim() === text && shown(b),
    );

  const watch = () => {
    if (probe.firstQuestion !== null) return;
    if (probe.startPressedAt === null) {
      const start = buttonNamed('Start now');
      if (start) {
        probe.startPressedAt = performance.now();
        start.click();
      }
    }
    const first = [...options()].find(shown);
    if (!first) return;
    first.focus({ preventScroll: true });
    if (document.activeElement !== first) return;
    probe.firstQuestion = performance.now();
    first.blur();
    observer.disconnect();
  };
  const observer = new MutationObserver(watch);
  observer.observe(document, { subtree: true, childList: true, attributes: true });
  const poll = () => {
    watch();
    if (probe.firstQuestion === null) requestAnimationFrame(poll);
  };
  requestAnimationFrame(poll);

  /** Whether the page shows a question (it has options to choose). */
  probe.isQuestion = () => [...options()].some(shown);

  /** Gives the first answer: a number where one is asked (5, which every
   * number question takes), else the first option. */
  probe.answer = () => {
    const number = [...document.querySelectorAll('input[type=number], input[inputmode]')].find(shown);
    if (number) {
      number.value = '5';
      number.dispatchEvent(new Event('input', { bubbles: true }));
      number.dispatchEvent(new Event('change', { bubbles: true }));
      return;
    }
    const first = [...document.querySelectorAll('input[type=radio], input[type=checkbox]')].find(shown);
    if (first && !first.checked) first.click();
  };

  /**
   * Presses the button named `label` and measures until the question
   * titled by `titleSelector` has changed and been painted. A timeout
   * (a step that never happens) resolves with { error }.
   */
  probe.step = (label, titleSelector) =>
    new Promise((resolve) => {
      const title = () => document.querySelector(titleSelector)?.textContent.trim() ?? '';
      const before = title();
      requestAnimationFrame(() => {
        const button = buttonNamed(label);
        if (!button) {
          resolve({ error: `no button named ${label}` });
          return;
        }
        const t0 = performance.now();
        let changedAt = null;
        let framePainted = false;
        const done = () => resolve({ ms: performance.now() - t0 });
        const guard = setTimeout(() => resolve({ error: `"${before}" did not change within 5 s` }), 5000);
        const changed = () => {
          const now = title();
          if (changedAt !== null || now === '' || now === before) return;
          changedAt = performance.now();
          observer.disconnect();
          clearTimeout(guard);
          // Changed in this frame: the setTimeout below fires after its
          // paint. Changed later: wait for the next frame to be painted.
          if (framePainted) requestAnimationFrame(() => setTimeout(done, 0));
        };
        const observer = new MutationObserver(changed);
        observer.observe(document, { subtree: true, childList: true, characterData: true });
        // A task queued during a frame callback runs after that frame is painted.
        setTimeout(() => {
          framePainted = true;
          if (changedAt !== null) done();
        }, 0);
        button.click();
        changed();
      });
    });
})();
