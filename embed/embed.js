/*
 * Restless legs check: one-tag embed.
 *
 *   <script src="https://example.org/rls-check/embed.js" data-lang="en" async></script>
 *
 * Inserts an <iframe> with the widget where the script tag stands (or into
 * the element whose id is in data-target). Options, all optional:
 *   data-lang          a language tag: en or es
 *   data-accent        #rgb or #rrggbb
 *   data-scheme        light | dark | auto
 *   data-compact       present, or true/false
 *   data-region        where emergency and crisis numbers come from: uk, ie, us,
 *                      ca, au, es, mx, ar, co or eu (default: generic wording)
 *   data-save          browser (default: answers kept in this browser for 30
 *                      days) | memory (gone when the page closes)
 *   data-fit           content: the frame grows and shrinks with the page it
 *                      shows (which tells this page's scripts which screen is
 *                      showing); default fixed: a fixed height that scrolls
 *   data-share-links   article: share links open this page, not the check's
 *                      own (its scripts then see the answers in the address)
 *   data-share-base    with data-share-links="article": the https page links
 *                      open, on this page's origin or one in data-share-origins
 *   data-share-origins space-separated origins data-share-base may be on
 *   data-title         the iframe's accessible title
 * The widget checks the settings it reads: a bad value is ignored with one
 * console warning, from the widget, and no value is ever inserted as HTML.
 * The page's query string never reaches the frame or a link: only its origin
 * and path do, and only when a setting needs them.
 */
(function () {
  'use strict';

  // What the widget shares with this script (the settings it reads, its
  // title in each language, the share-link prefix, the height message),
  // written in by the build from the widget's own definitions.
  var FACTS = __FACTS__;

  // First act: a share link opened on this page is taken out of the
  // address, so the page's own scripts see it as briefly as possible.
  function takeLink() {
    var hash = location.hash;
    if (hash.indexOf(FACTS.link) !== 0) return '';
    try {
      history.replaceState(history.state, '', location.pathname + location.search);
    } catch (e) { /* an opaque or sandboxed page keeps its address */ }
    return hash;
  }
  var link = takeLink();

  // The script tags to serve: this one, or, when a tag manager ran it
  // (no currentScript), every embed script on the page not served yet.
  var NAME = /\/embed(-[0-9a-f]{8,64})?\.js(\?.*)?$/;
  var scripts = document.currentScript ? [document.currentScript]
    : Array.prototype.filter.call(document.querySelectorAll('script[src]'), function (s) { return NAME.test(s.src); });

  var here = location.origin;
  var page = here + location.pathname;

  function originAndPath(value) {
    try {
      var url = new URL(value);
      if ((url.protocol === 'https:' || url.protocol === 'http:') && !url.username && !url.password) {
        return url.origin + url.pathname;
      }
    } catch (e) { /* not an address: the widget refuses it */ }
    return value.split(/[?#]/)[0];
  }

  function embed(script) {
    if (!script || !script.src || script.rlsCheckDone) return;
    script.rlsCheckDone = true;
    var widget = new URL('./', script.src);
    var data = script.dataset;
    var ignored = [];
    var params = new URLSearchParams({ embed: '1' });

    // The widget's settings go to it as given: it checks them.
    FACTS.settings.forEach(function (name) {
      var value = script.getAttribute('data-' + name);
      if (value !== null) params.set(name, value.trim());
    });
    var fit = (params.get('fit') || '').toLowerCase() === FACTS.fit;
    // Of a share base, only an origin and a path ever leave this page, even
    // when a host builds it from its own full address (the widget judges
    // the rest); a value that is not an address is cut at its query too.
    if (params.has('share-base')) params.set('share-base', originAndPath(params.get('share-base')));

    // This script's own setting: where share links open.
    var links = (data.shareLinks || '').trim().toLowerCase();
    if (data.shareLinks !== undefined && links !== 'article' && links !== 'widget') ignored.push('data-share-links');
    var article = links === 'article' || params.has('share-base');
    if (article && !params.has('share-base')) params.set('share-base', page);
    if (article || fit) params.set('origin', here);

    var target = null;
    if (data.target !== undefined) {
      target = document.getElementById(data.target);
      if (!target) ignored.push('data-target');
    }

    function source(fragment) {
      return new URL('index.html?' + params.toString() + fragment, widget).href;
    }

    var frame = document.createElement('iframe');
    var language = (params.get('lang') || '').split('-')[0].toLowerCase();
    frame.title = (data.title && data.title.trim()) || FACTS.titles[language] || FACTS.titles.en;
    frame.src = source('');
    // A share link goes to the frame by navigating it, once it has loaded,
    // so that it never sits in the frame's src attribute in this page.
    function open(fragment) {
      try {
        frame.contentWindow.location.replace(source(fragment));
      } catch (e) { /* the frame is gone */ }
    }
    if (link) {
      var pending = link;
      frame.addEventListener('load', function once() {
        frame.removeEventListener('load', once);
        open(pending);
      });
    }
    link = '';
    // Nothing of this page's address goes to the widget's server.
    frame.setAttribute('referrerpolicy', 'no-referrer');
    // Copy link and Share; in the sandbox, forms (each question is a form,
    // handled in the page), modals (print()) and downloads (the FHIR file
    // saved to the person's own disk at their click).
    frame.setAttribute('allow', 'clipboard-write; web-share');
    frame.setAttribute('sandbox', 'allow-scripts allow-same-origin allow-forms allow-modals allow-downloads');
    frame.setAttribute('loading', 'eager');
    frame.style.display = 'block';
    frame.style.width = '100%';
    frame.style.border = '0';
    frame.style.height = '42rem';
    if (fit) {
      frame.style.overflow = 'hidden';
    } else {
      // A fixed height, never taller than the window, that scrolls inside.
      frame.style.height = 'min(42rem, 90vh)';
    }

    if (target) target.appendChild(frame);
    else script.parentNode.insertBefore(frame, script.nextSibling);

    if (fit) {
      window.addEventListener('message', function (event) {
        // Only this frame, only from the widget's own origin.
        if (event.source !== frame.contentWindow || event.origin !== widget.origin) return;
        var message = event.data;
        if (!message || message.type !== FACTS.height) return;
        var height = Number(message.height);
        if (!isFinite(height) || height < 100 || height > 100000) return;
        frame.style.height = Math.ceil(height) + 'px';
      });
    }

    // A share link opened on this page later goes to the widget.
    window.addEventListener('hashchange', function () {
      var later = takeLink();
      if (later) open(later);
    });

    if (ignored.length) {
      console.warn(FACTS.titles.en + ': ignored ' + ignored.join(', ') + ' (not a valid value); using the defaults instead.');
    }
  }

  scripts.forEach(embed);
})();
