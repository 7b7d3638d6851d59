/* Refusjonsveiviseren in a help article. Put where the wizard should appear:
 *   <div data-refusjonsveiviser data-lang="nb" data-preset="plan=familie"></div>
 *   <script src="https://WIZARD-HOST/embed.js" async></script>
 * The container gets DOM events: refusjonsveiviser:ready, :step, :outcome, :resize,
 * :scroll-into-view, :error and :feedback, with the message in event.detail (never an answer). */
(function () {
  'use strict';
  var SOURCE = 'refusjonsveiviser';
  var TYPES = ['hello', 'ready', 'step', 'outcome', 'resize', 'scroll-into-view', 'error', 'feedback'];
  var REASONS = [null, 'notMyCase', 'hardToUnderstand', 'other'];
  var script = document.currentScript;
  if (!script) return;
  var origin = new URL(script.src).origin;
  var frames = [];
  // Each frame is named as its start page is titled, in its language (tests/unit/embed-titles.test.ts
  // holds these to locales/). A language is read as the wizard reads ?lng=: any case, a region ignored.
  var TITLES = {
    nb: 'Har jeg krav på refusjon? – Refusjonsveiviseren',
    nn: 'Har eg krav på refusjon? – Refusjonsrettleiaren',
    en: 'Am I entitled to a refund? – Refund guide',
    sv: 'Har jag rätt till återbetalning? – Återbetalningsguiden',
    da: 'Har jeg ret til refusion? – Refusionsguiden',
    fi: 'Onko minulla oikeus hyvitykseen? – Hyvitysopas',
    de: 'Habe ich Anspruch auf eine Rückerstattung? – Rückerstattungs-Assistent',
    he: 'האם מגיע לי החזר כספי? – מדריך ההחזרים'
  };
  var ALIASES = { no: 'nb', iw: 'he' };

  function languageOf(tag) {
    var base = String(tag || '').trim().toLowerCase().split(/[-_]/)[0];
    base = ALIASES[base] || base;
    return Object.prototype.hasOwnProperty.call(TITLES, base) ? base : 'nb';
  }

  function mount(container) {
    if (container.querySelector('iframe')) return;
    var lang = languageOf(container.dataset.lang);
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
    frame.title = container.dataset.title || TITLES[lang];
    frame.loading = 'lazy';
    frame.referrerPolicy = 'strict-origin-when-cross-origin';
    // «Kopier» on an outcome: without it the wizard selects the text for the person to copy.
    frame.setAttribute('allow', 'clipboard-write');
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
    if (data.type === 'feedback') {
      return typeof data.outcome === 'string' && data.outcome.length < 40 && typeof data.helpful === 'boolean' &&
        REASONS.indexOf(data.reason) >= 0 && !(data.helpful && data.reason !== null);
    }
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
    if (data.type === 'feedback') { detail.outcome = data.outcome; detail.helpful = data.helpful; detail.reason = data.reason; }
    match.container.dispatchEvent(new CustomEvent(SOURCE + ':' + data.type, { detail: detail, bubbles: true }));
  });

  function mountAll() {
    Array.prototype.forEach.call(document.querySelectorAll('[data-refusjonsveiviser]'), mount);
  }
  if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', mountAll);
  else mountAll();
})();
