/* Refusjonsveiviseren in a help article. Put where the wizard should appear:
 *   <div data-refusjonsveiviser data-lang="nb" data-preset="plan=familie"></div>
 *   <script src="https://WIZARD-HOST/embed.js" async></script>
 * The container gets DOM events: refusjonsveiviser:ready, :step, :outcome, :resize,
 * :scroll-into-view and :error, with the message in event.detail (never an answer). */
(function () {
  'use strict';
  var SOURCE = 'refusjonsveiviser';
  var TYPES = ['hello', 'ready', 'step', 'outcome', 'resize', 'scroll-into-view', 'error'];
  var script = document.currentScript;
  if (!script) return;
  var origin = new URL(script.src).origin;
  var frames = [];

  function mount(container) {
    if (container.querySelector('iframe')) return;
    var lang = /^[a-z]{2}$/.test(container.dataset.lang || '') ? container.dataset.lang : 'nb';
    var url = new URL('/', origin);
    // Only plain preset pairs are passed on; the wizard checks each against what it allows.
    new URLSearchParams(container.dataset.preset || '').forEach(function (value, key) {
      if (/^[a-z]{1,20}$/.test(key) && /^[A-Za-z0-9-]{1,40}$/.test(value)) url.searchParams.append(key, value);
    });
    url.searchParams.set('lng', lang);
    url.searchParams.set('embed', '1');
    if (container.dataset.theme === 'auto') url.searchParams.set('theme', 'auto');
    var frame = document.createElement('iframe');
    frame.src = url.href;
    frame.title = container.dataset.title || (lang === 'nb' ? 'Refusjonsveiviseren: har jeg krav på refusjon?' : 'Refund guide: am I entitled to a refund?');
    frame.loading = 'lazy';
    frame.referrerPolicy = 'strict-origin-when-cross-origin';
    frame.setAttribute('allow', '');
    frame.style.cssText = 'display:block;width:100%;height:640px;border:0;overflow:hidden';
    container.appendChild(frame);
    frames.push({ frame: frame, container: container });
  }

  function valid(data) {
    if (!data || typeof data !== 'object' || data.source !== SOURCE || data.v !== 1) return false;
    if (TYPES.indexOf(data.type) < 0) return false;
    if (data.type === 'resize') return typeof data.height === 'number' && isFinite(data.height);
    if (data.type === 'step') return typeof data.state === 'string' && data.state.length < 40 && (data.question === null || typeof data.question === 'number');
    if (data.type === 'outcome') return typeof data.outcome === 'string' && data.outcome.length < 40;
    return true;
  }

  window.addEventListener('message', function (event) {
    if (event.origin !== origin || !valid(event.data)) return;
    var match = frames.filter(function (f) { return f.frame.contentWindow === event.source; })[0];
    if (!match) return;
    var data = event.data;
    if (data.type === 'hello') {
      event.source.postMessage({ source: SOURCE, v: 1, type: 'hello' }, origin);
      return;
    }
    if (data.type === 'resize') {
      match.frame.style.height = Math.min(Math.max(Math.ceil(data.height), 150), 20000) + 'px';
    }
    if (data.type === 'scroll-into-view' && match.frame.getBoundingClientRect().top < 0) {
      var still = window.matchMedia('(prefers-reduced-motion: reduce)').matches;
      match.frame.scrollIntoView({ block: 'start', behavior: still ? 'auto' : 'smooth' });
    }
    var detail = { type: data.type };
    if (data.type === 'step') { detail.state = data.state; detail.question = data.question; }
    if (data.type === 'outcome') detail.outcome = data.outcome;
    if (data.type === 'resize') detail.height = data.height;
    if (data.type === 'error') detail.code = String(data.code).slice(0, 40);
    match.container.dispatchEvent(new CustomEvent(SOURCE + ':' + data.type, { detail: detail, bubbles: true }));
  });

  function mountAll() {
    Array.prototype.forEach.call(document.querySelectorAll('[data-refusjonsveiviser]'), mount);
  }
  if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', mountAll);
  else mountAll();
})();
