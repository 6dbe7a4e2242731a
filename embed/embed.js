/*
 * Restless legs check: one-tag embed.
 *
 *   <script src="https://example.org/rls-check/embed.js" data-lang="en" async></script>
 *
 * Inserts an <iframe> with the widget where the script tag stands (or into
 * the element whose id is in data-target). Options, all optional:
 *   data-lang        a language tag: en or es
 *   data-accent      #rgb or #rrggbb
 *   data-scheme      light | dark | auto
 *   data-compact     present, or true/false
 *   data-region      where emergency and crisis numbers come from: uk, ie, us,
 *                    ca, au, es, mx, ar, co or eu (default: generic wording)
 *   data-share-base  absolute http(s) URL share links point to (default: this page)
 *   data-title       the iframe's accessible title
 * Bad values are dropped with one console warning; no value is inserted as HTML.
 */
(function () {
  'use strict';
  var script = document.currentScript;
  if (!script || !script.src) return;

  var widget = new URL('./', script.src);
  var data = script.dataset;
  var ignored = [];
  var params = new URLSearchParams({ embed: '1' });

  function take(name, value, ok) {
    if (value === undefined) return;
    if (ok(value)) params.set(name, value.trim());
    else ignored.push('data-' + name);
  }
  take('lang', data.lang, function (v) { return /^[A-Za-z]{2,3}(-[A-Za-z0-9]{1,8})*$/.test(v.trim()); });
  take('accent', data.accent, function (v) { return /^#([0-9a-fA-F]{3}|[0-9a-fA-F]{6})$/.test(v.trim()); });
  take('scheme', data.scheme, function (v) { return /^(light|dark|auto)$/i.test(v.trim()); });
  take('compact', data.compact, function (v) { return /^(|true|false|1|0|yes|no)$/i.test(v.trim()); });
  take('region', data.region, function (v) { return /^(uk|gb|ie|us|ca|au|es|mx|ar|co|eu)$/i.test(v.trim()); });

  var shareBase = location.href.split('#')[0];
  if (data.shareBase !== undefined) {
    var base = null;
    try { base = new URL(data.shareBase.trim()); } catch (e) { base = null; }
    if (base && (base.protocol === 'https:' || base.protocol === 'http:')) {
      shareBase = base.href.split('#')[0];
    } else {
      ignored.push('data-share-base');
    }
  }
  params.set('share-base', shareBase);

  var target = null;
  if (data.target !== undefined) {
    target = document.getElementById(data.target);
    if (!target) ignored.push('data-target');
  }

  function source() {
    var link = location.hash.indexOf('#rls=') === 0 ? location.hash : '';
    return new URL('index.html?' + params.toString() + link, widget).href;
  }

  var frame = document.createElement('iframe');
  var titles = { en: 'Restless legs check', es: 'Comprobación de piernas inquietas' };
  var language = (params.get('lang') || '').split('-')[0].toLowerCase();
  frame.title = (data.title && data.title.trim()) || titles[language] || titles.en;
  frame.src = source();
  // Clipboard for "Copy link"; in the sandbox, forms (each question is a
  // form, handled in the page) and modals (print()).
  frame.setAttribute('allow', 'clipboard-write');
  frame.setAttribute('sandbox', 'allow-scripts allow-same-origin allow-forms allow-modals');
  frame.setAttribute('loading', 'eager');
  frame.style.display = 'block';
  frame.style.width = '100%';
  frame.style.height = '40rem';
  frame.style.border = '0';
  frame.style.overflow = 'hidden';

  if (target) target.appendChild(frame);
  else script.parentNode.insertBefore(frame, script.nextSibling);

  window.addEventListener('message', function (event) {
    // Only this frame, only from the widget's own origin.
    if (event.source !== frame.contentWindow || event.origin !== widget.origin) return;
    var message = event.data;
    if (!message || message.type !== 'rls-check:height') return;
    var height = Number(message.height);
    if (!isFinite(height) || height < 100 || height > 100000) return;
    frame.style.height = Math.ceil(height) + 'px';
  });

  // A share link opened on this page (#rls=…) goes to the widget.
  window.addEventListener('hashchange', function () {
    if (location.hash.indexOf('#rls=') === 0) frame.src = source();
  });

  if (ignored.length) {
    console.warn('Restless legs check: ignored ' + ignored.join(', ') + ' (not a valid value); using the defaults instead.');
  }
})();
