// Restless legs check as an inline element, rendered in a closed shadow root:
//
//   <script type="module" src="https://example.org/rls-check/rls-check-element.js"></script>
//   <rls-check data-accent="#005ea5"></rls-check>
//
// Attributes as for embed.js: data-lang, data-accent, data-scheme,
// data-compact, data-region, data-save (memory by default here: the page's
// storage is the host's), data-share-links, data-share-base and
// data-share-origins. The widget checks them and warns once about any it
// cannot use. The build fills in the module names and FACTS, what the
// widget shares with this script (the settings it reads, the share-link
// prefix), from the widget's own definitions.
import init, { mount } from './__BINDINGS__';

const FACTS = __FACTS__;

// First act: a share link opened on this page is taken out of the address,
// so the page's own scripts see it as briefly as possible; the first
// element shows it.
let link = '';
if (location.hash.startsWith(FACTS.link)) {
  link = location.hash;
  try {
    history.replaceState(history.state, '', location.pathname + location.search);
  } catch {
    // An opaque or sandboxed page keeps its address.
  }
}

const ready = init({ module_or_path: new URL('./__WASM__', import.meta.url) });
const stylesheet = new URL('./__CSS__', import.meta.url).href;
// The widget's own page, where share links point unless the host opts in.
const page = new URL('./', import.meta.url).href;

class RlsCheck extends HTMLElement {
  async connectedCallback() {
    if (this.started) return;
    this.started = true;
    await ready;
    const query = new URLSearchParams();
    for (const name of FACTS.settings) {
      const value = this.getAttribute(`data-${name}`);
      if (value !== null) query.set(name, value);
    }
    const links = (this.getAttribute('data-share-links') ?? '').trim().toLowerCase();
    if (links === 'article' && !query.has('share-base')) query.set('share-base', location.origin + location.pathname);
    query.set('page', page);
    if (link) query.set('link', link);
    link = '';
    mount(this, stylesheet, query.toString());
  }
}

if (!customElements.get('rls-check')) customElements.define('rls-check', RlsCheck);
