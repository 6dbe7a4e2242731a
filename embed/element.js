// Restless legs check as an inline element, rendered in a shadow root:
//
//   <script type="module" src="https://example.org/rls-check/rls-check-element.js"></script>
//   <rls-check data-accent="#005ea5"></rls-check>
//
// Attributes as for embed.js: data-lang, data-accent, data-scheme,
// data-compact, data-region, data-share-base. The build fills in the module names.
import init, { mount } from './__BINDINGS__';

const ready = init({ module_or_path: new URL('./__WASM__', import.meta.url) });
const stylesheet = new URL('./__CSS__', import.meta.url).href;
const NAMES = ['lang', 'accent', 'scheme', 'compact', 'region', 'share-base'];

class RlsCheck extends HTMLElement {
  async connectedCallback() {
    if (this.started) return;
    this.started = true;
    await ready;
    const query = new URLSearchParams();
    for (const name of NAMES) {
      const value = this.getAttribute(`data-${name}`);
      if (value !== null) query.set(name, value);
    }
    mount(this, stylesheet, query.toString());
  }
}

if (!customElements.get('rls-check')) customElements.define('rls-check', RlsCheck);
