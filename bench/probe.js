// Injected before any page script (Playwright addInitScript) by the
// benchmark and by the speed budget test. It measures in the page itself,
// on the page's own clock (performance.now(), 0 = navigation start):
//
// - startScreen: when the first screen was painted. For the widget that is
//   its start page (a visible h1 "Check your restless legs symptoms", the
//   prerendered one in the HTML or the one the app renders); for SurveyJS,
//   which has no start page, its first question (a visible
//   `.sd-question__title`, drawn in the same render as the rest of its
//   first screen). See "Painted" below.
// - startWorks: when a press of Start would be acted on at once by live
//   code: a visible "Start now" button that is not part of the prerendered
//   page (not inside [data-rls-boot]), or, where there is none, the first
//   question's options shown by live code (SurveyJS's first screen; or the
//   widget's first question when it has honoured a press made on the
//   prerendered page). Taken when the page's DOM reaches that state (in a
//   MutationObserver callback or at the start of a frame), not when it is
//   painted, so for SurveyJS it comes a little before startScreen.
// - firstQuestion: when the first question's first option is on screen and
//   takes focus (taken in the DOM, as startWorks; focus() lays the page
//   out first). The probe presses "Start now" as soon as a frame showing
//   one has been painted (the prerendered button or the app's: the widget
//   honours an early press), so on the widget the figure includes its
//   start page; SurveyJS has none.
// - step(): presses Continue at the start of a frame and resolves with the
//   time until the frame that shows the next question has been painted.
//
// Painted: a requestAnimationFrame loop looks at the page at the start of
// every frame, which is the state that frame then styles, lays out and
// paints (neither page changes its DOM in a frame callback); the first
// frame in which the start screen is visible is the one that paints it
// (startScreenFrame, when that frame began). When it was on the screen is
// then taken from the paint timing API: first-contentful-paint is the time
// the first frame with any text or image was presented, and it is the
// start screen's frame when the loop saw no text, image or input in any
// frame before that one and it came no earlier than that frame began
// (startScreenBy 'first contentful paint'). Otherwise (something else was
// painted first), the figure is the end of painting on the renderer's main
// thread (startScreenBy 'paint end'): a task queued from the frame callback
// (setTimeout 0) runs once that frame has been painted. That one is also
// kept as startScreenPaintEnd, as a check; it runs late when other tasks
// were queued before it (under a slowed CPU, by 100 ms or more), which is
// why it is not the first choice. (The Element Timing API, which would
// name the element, is not used: Chromium at times gives it a later frame
// than the one that painted the element, and nothing at all when the
// element's text changes before its frame reaches the screen, as when
// Start is pressed at once.)
//
// The frame loop presses Start the way it takes startScreenPaintEnd: in
// the task after the first frame that painted the button, as soon as a
// person could have seen it. (Pressing it in the same task as it appears,
// before any frame, would show the first question instead of the start
// page: the start page would never be painted.)
(() => {
  const probe = {
    firstQuestion: null,
    startPressedAt: null,
    /** 'prerender' (a [data-rls-boot] page's button) or 'live'. */
    startPressedOn: null,
    startScreen: null,
    /** 'first contentful paint' or 'paint end' (see above). */
    startScreenBy: null,
    /** The start of the frame that painted the start screen. */
    startScreenFrame: null,
    startScreenPaintEnd: null,
    startWorks: null,
    firstContentfulPaint: null,
    wasmMemory: null,
  };
  window.__rlsProbe = probe;

  const START_HEADING = 'Check your restless legs symptoms';
  const START_BUTTON = 'Start now';
  const PEER_FIRST_SCREEN = '.sd-question__title';

  // The widget announces its wasm exports once it has started (Trunk's
  // start-up script dispatches this event). The release build shortens the
  // export names, so the memory is found by its type.
  addEventListener('TrunkApplicationStarted', (e) => {
    const exports = Object.values(e.detail?.wasm ?? {});
    probe.wasmMemory = exports.find((x) => x instanceof WebAssembly.Memory) ?? null;
  });

  // Set when the start screen's time can be settled (see above).
  let contentBefore = false;
  let noPaintTiming = false;
  const settle = () => {
    if (probe.startScreen !== null || probe.startScreenFrame === null) return;
    const fcp = probe.firstContentfulPaint;
    if (fcp !== null && !contentBefore && fcp >= probe.startScreenFrame) {
      probe.startScreen = fcp;
      probe.startScreenBy = 'first contentful paint';
    } else if ((fcp !== null || noPaintTiming) && probe.startScreenPaintEnd !== null) {
      probe.startScreen = probe.startScreenPaintEnd;
      probe.startScreenBy = 'paint end';
    }
  };
  if (PerformanceObserver.supportedEntryTypes?.includes('paint')) {
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries()) {
        if (entry.name !== 'first-contentful-paint') continue;
        probe.firstContentfulPaint = entry.startTime;
        settle();
      }
    }).observe({ type: 'paint', buffered: true });
  } else {
    noPaintTiming = true;
  }

  const options = () => document.querySelectorAll('input[type=radio], input[type=checkbox], input[type=number], input[inputmode]');
  const shown = (el) => (el.checkVisibility ? el.checkVisibility() : el.getClientRects().length > 0);
  // Visible to a person: also not transparent or visibility: hidden (a
  // prerendered page may be hidden either way until it is the one to show).
  const seen = (el) =>
    el.checkVisibility
      ? el.checkVisibility({ opacityProperty: true, visibilityProperty: true })
      : el.getClientRects().length > 0;
  const buttonNamed = (text) =>
    [...document.querySelectorAll('button, input[type=button], input[type=submit]')].find(
      (b) => (b.value || b.textContent).trim() === text && shown(b),
    );
  const prerendered = (el) => el.closest('[data-rls-boot]') !== null;
  const seenButton = (text, where = () => true) =>
    [...document.querySelectorAll('button, input[type=button], input[type=submit]')].find(
      (b) => (b.value || b.textContent).trim() === text && where(b) && seen(b),
    );

  const startScreenShown = () =>
    [...document.querySelectorAll('h1')].some((h) => h.textContent.trim() === START_HEADING && seen(h)) ||
    [...document.querySelectorAll(PEER_FIRST_SCREEN)].some((t) => t.textContent.trim() !== '' && seen(t));
  /** Whether the page shows anything first-contentful-paint counts. */
  const content = () =>
    (document.body?.innerText.trim() ?? '') !== '' || [...document.querySelectorAll('img, svg, canvas, video, input')].some(seen);
  const liveStart = () =>
    seenButton(START_BUTTON, (b) => !prerendered(b)) !== undefined ||
    [...options()].some((o) => !prerendered(o) && shown(o));

  // State the DOM reaches: checked after every batch of changes and at the
  // start of every frame (a style sheet arriving changes what is visible
  // without changing the DOM).
  const watch = () => {
    if (probe.startWorks === null && liveStart()) probe.startWorks = performance.now();
    if (probe.firstQuestion !== null) return;
    const first = [...options()].find(shown);
    if (!first) return;
    first.focus({ preventScroll: true });
    if (document.activeElement !== first) return;
    probe.firstQuestion = performance.now();
    first.blur();
  };
  const observer = new MutationObserver(() => {
    watch();
    if (probe.firstQuestion !== null && probe.startWorks !== null) observer.disconnect();
  });
  observer.observe(document, { subtree: true, childList: true, attributes: true });

  // What frames paint (see "Painted" above).
  let pressQueued = false;
  let framesAfterQuestion = 0;
  const frame = () => {
    const frameStart = performance.now();
    if (probe.startScreenFrame === null) {
      if (startScreenShown()) {
        probe.startScreenFrame = frameStart;
        setTimeout(() => {
          probe.startScreenPaintEnd = performance.now();
          settle();
        }, 0);
      } else if (!contentBefore && content()) {
        contentBefore = true;
      }
    }
    if (probe.startPressedAt === null && !pressQueued && probe.firstQuestion === null) {
      const start = seenButton(START_BUTTON);
      if (start) {
        pressQueued = true;
        setTimeout(() => {
          pressQueued = false;
          if (!start.isConnected || !seen(start) || probe.startPressedAt !== null) return;
          probe.startPressedAt = performance.now();
          probe.startPressedOn = prerendered(start) ? 'prerender' : 'live';
          start.click();
        }, 0);
      }
    }
    watch();
    // Done once the first question is there and the start screen has been
    // seen; a page whose start screen never shows stops 10 frames later.
    if (probe.firstQuestion !== null && (probe.startScreenFrame !== null || ++framesAfterQuestion > 10)) {
      if (probe.startWorks !== null) observer.disconnect();
      return;
    }
    requestAnimationFrame(frame);
  };
  requestAnimationFrame(frame);

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
