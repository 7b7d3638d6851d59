// Interaction to Next Paint of a step change (issue 16): real clicks on «Fortsett» at 4× CPU,
// timed by Chromium's Event Timing API, ours beside a plain page that swaps the same question
// forms with no framework, under our CSS and in a document of our size.
/* global window, document, location, Element, HTMLElement, HTMLInputElement, HTMLSelectElement, requestAnimationFrame -- in callbacks run in the page */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { withoutScripts } from './build.js';
import { LABEL } from './config.js';
import { median, percentile } from './stats.js';
import { launchChromium } from './steps.js';

export const INP_CPU = 4;
export const INP_STEPS = 60;
export const INP_RUNS = 3;
/** Event Timing leaves out what is shorter (its floor): such a click counts as this. */
const FLOOR = 16;
const PHONE = { viewport: { width: 390, height: 844 }, deviceScaleFactor: 2, isMobile: true, hasTouch: true, locale: 'nb-NO' };

/**
 * Installed in the page: picks answers (seeded, so each run walks the same paths), passes the
 * start page and outcomes by in-page clicks (untrusted, so Event Timing leaves them out), says
 * where «Fortsett» is for the real click, and keeps every Event Timing entry and every trusted
 * click on «Fortsett» with the page it left.
 * @param {{ names: typeof LABEL, seed: number }} options
 */
function installDriver({ names, seed }) {
  let state = seed >>> 0;
  const random = () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  /** @type {{ name: string, start: number, duration: number, id: number }[]} */
  const entries = [];
  /** @type {{ t: number, from: string }[]} */
  const clicks = [];
  let focus = 0;
  new PerformanceObserver((list) => {
    for (const e of list.getEntries()) {
      const entry = /** @type {PerformanceEventTiming & { interactionId: number }} */ (e);
      entries.push({ name: entry.name, start: entry.startTime, duration: entry.duration, id: entry.interactionId });
    }
  }).observe(/** @type {PerformanceObserverInit} */ ({ type: 'event', durationThreshold: 16, buffered: true }));
  document.addEventListener('focusin', (event) => {
    if (event.target instanceof Element && event.target.matches('main h1')) focus += 1;
  });
  window.addEventListener(
    'click',
    (event) => {
      const el = event.target instanceof Element ? event.target.closest('button') : null;
      if (event.isTrusted && el?.textContent?.trim() === names.continue) clicks.push({ t: event.timeStamp, from: location.pathname });
    },
    { capture: true },
  );
  /** @param {string} selector @param {string} text */
  const find = (selector, text) => {
    const found = [...document.querySelectorAll(selector)].find((el) => el.textContent?.trim() === text);
    if (!(found instanceof HTMLElement)) throw new Error(`inp: no ${selector} «${text}» on ${location.pathname}`);
    return found;
  };
  const settle = () => new Promise((resolve) => setTimeout(resolve, 0));
  /** @type {any} */ (window).__inp = {
    entries,
    clicks,
    focus: () => focus,
    /** Walks in-page to the next question, answers it, and says where «Fortsett» is. */
    async prepare() {
      for (let hops = 0; hops < 5; hops++) {
        const start = document.querySelector('main a.button--start');
        const form = document.querySelector('main form');
        if (start instanceof HTMLElement) {
          const before = focus;
          start.click();
          while (focus === before) await settle();
          continue;
        }
        if (!form) {
          const before = focus;
          find('main button', names.startOver).click();
          await settle();
          find('main button', names.confirmStartOver).click();
          while (focus === before) await settle();
          continue;
        }
        const radios = [...form.querySelectorAll('input[type="radio"]')];
        const radio = radios[Math.floor(random() * radios.length)];
        if (radio instanceof HTMLInputElement) {
          (radio.labels?.[0] ?? radio).click();
        } else {
          const select = form.querySelector('select');
          if (!(select instanceof HTMLSelectElement)) throw new Error(`inp: no answers on ${location.pathname}`);
          const values = [...select.options].map((option) => option.value).filter(Boolean);
          select.value = values[Math.floor(random() * values.length)] ?? '';
          select.dispatchEvent(new Event('change', { bubbles: true }));
        }
        // Whatever the answer did is painted before the timed click.
        await new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, 0)));
        const button = find('main form button[type="submit"]', names.continue);
        button.scrollIntoView({ block: 'center' });
        const box = button.getBoundingClientRect();
        return { x: box.left + box.width / 2, y: box.top + box.height / 2, focus };
      }
      throw new Error(`inp: no question reached from ${location.pathname}`);
    },
  };
}

/**
 * The latency of each real click on «Fortsett»: the longest entry of its interaction.
 * @param {{ name: string, start: number, duration: number, id: number }[]} entries
 * @param {{ t: number, from: string }[]} clicks
 */
export function interactionLatencies(entries, clicks) {
  return clicks.map(({ t, from }) => {
    const click = entries.find((e) => e.name === 'click' && Math.abs(e.start - t) < 1 && e.id > 0);
    const latency = click ? Math.max(...entries.filter((e) => e.id === click.id).map((e) => e.duration)) : FLOOR;
    return { from, latency };
  });
}

/**
 * One walk of `steps` timed clicks at `cpu`× slowdown.
 * @param {import('playwright-core').Browser} browser
 * @param {string} url
 * @param {{ steps?: number, cpu?: number, seed?: number }} [options]
 */
export async function walkForInp(browser, url, { steps = INP_STEPS, cpu = INP_CPU, seed = 5 } = {}) {
  const context = await browser.newContext(PHONE);
  try {
    const page = await context.newPage();
    /** @type {string[]} */
    const errors = [];
    page.on('pageerror', (error) => errors.push(error.message));
    await page.addInitScript(installDriver, { names: LABEL, seed });
    await page.goto(url);
    await page.waitForFunction(() => document.querySelector('main h1') !== null && document.documentElement.dataset.hydrated !== undefined);
    const cdp = await context.newCDPSession(page);
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: cpu });
    for (let i = 0; i < steps; i++) {
      const { x, y, focus } = await page.evaluate(() => /** @type {any} */ (window).__inp.prepare());
      await page.mouse.click(x, y);
      await page.waitForFunction((n) => /** @type {any} */ (window).__inp.focus() > n, focus);
    }
    // The last interaction's entry comes after its paint.
    await page.waitForTimeout(500);
    const { entries, clicks } = await page.evaluate(() => {
      const inp = /** @type {any} */ (window).__inp;
      return { entries: inp.entries, clicks: inp.clicks };
    });
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: 1 });
    if (errors.length) throw new Error(`inp: page errors: ${errors.join('; ')}`);
    if (clicks.length !== steps) throw new Error(`inp: ${clicks.length} clicks on «${LABEL.continue}» seen, ${steps} made`);
    return interactionLatencies(entries, clicks);
  } finally {
    await context.close();
  }
}

/** @param {{ latency: number }[]} list */
const summary = (list) => {
  const values = list.map((item) => item.latency);
  return { count: values.length, p50: percentile(values, 50), p95: percentile(values, 95), max: Math.max(...values) };
};

/**
 * Takes the question pages ours shows, as the plain page's material: the whole document once
 * (scripts out), and main's content of each question met on a walk.
 * @param {import('playwright-core').Browser} browser
 * @param {string} url
 */
async function captureQuestions(browser, url) {
  const context = await browser.newContext(PHONE);
  try {
    const page = await context.newPage();
    await page.addInitScript(installDriver, { names: LABEL, seed: 3 });
    await page.goto(url);
    await page.waitForFunction(() => document.documentElement.dataset.hydrated !== undefined);
    /** @type {Map<string, { title: string, main: string }>} */
    const questions = new Map();
    let documentHtml = '';
    for (let i = 0; i < 40 && questions.size < 8; i++) {
      await page.evaluate(() => /** @type {any} */ (window).__inp.prepare());
      const taken = await page.evaluate(() => {
        const main = /** @type {HTMLElement} */ (document.querySelector('main'));
        // The answer the driver chose is not part of the page as it arrives.
        for (const input of main.querySelectorAll('input')) input.removeAttribute('checked');
        return { path: location.pathname, title: document.title, main: main.innerHTML, html: document.documentElement.outerHTML };
      });
      if (!questions.has(taken.path)) questions.set(taken.path, { title: taken.title, main: taken.main });
      documentHtml ||= taken.html;
      const focus = await page.evaluate(() => /** @type {any} */ (window).__inp.focus());
      await page.evaluate(() => /** @type {HTMLElement} */ (document.querySelector('main form button[type="submit"]')).click());
      await page.waitForFunction((n) => /** @type {any} */ (window).__inp.focus() > n, focus);
    }
    return { documentHtml, questions: [...questions.values()] };
  } finally {
    await context.close();
  }
}

/**
 * Writes the plain page into `folder` (the baseline's, served with our headers): our document and
 * CSS, with its scripts out and one of its own that swaps main's content on submit.
 * @param {import('playwright-core').Browser} browser
 * @param {string} oursUrl
 * @param {string} folder
 * @returns {Promise<string>} the path to open
 */
export async function makePlainPage(browser, oursUrl, folder) {
  const { documentHtml, questions } = await captureQuestions(browser, oursUrl);
  if (questions.length < 4) throw new Error(`inp: only ${questions.length} questions captured`);
  const html = withoutScripts(`<!doctype html>\n${documentHtml}`)
    .replace(/(<main\b[^>]*>)[\s\S]*<\/main>/, (_, open) => `${open}${questions[0]?.main ?? ''}</main>`)
    .replace('</body>', '<script type="module" src="/plain-step.js"></script></body>');
  const script = `const pages = ${JSON.stringify(questions)};
let at = 0;
document.documentElement.dataset.hydrated = '';
document.addEventListener('submit', (event) => {
  event.preventDefault();
  if (!event.target.querySelector('input:checked') && !event.target.querySelector('select')?.value) return;
  at = (at + 1) % pages.length;
  const main = document.querySelector('main');
  main.innerHTML = pages[at].main;
  document.title = pages[at].title;
  const h1 = main.querySelector('h1');
  h1.tabIndex = -1;
  h1.focus();
});
`;
  writeFileSync(join(folder, 'plain-step.html'), html);
  writeFileSync(join(folder, 'plain-step.js'), script);
  return '/plain-step.html';
}

/**
 * Three runs, each a walk on ours and one on the plain page, alternately; the ratios of each run
 * and their medians.
 * @param {{ ours: string, baseline: string, folder: string }} servers
 */
export async function measureInp({ ours, baseline, folder }) {
  const browser = await launchChromium();
  try {
    const plain = new URL(await makePlainPage(browser, ours, folder), baseline).href;
    const runs = [];
    /** @type {{ from: string, latency: number }[]} */
    const all = [];
    for (let run = 0; run < INP_RUNS; run++) {
      const oursWalk = await walkForInp(browser, ours, { seed: 5 + run });
      const plainWalk = await walkForInp(browser, plain, { seed: 5 + run });
      all.push(...oursWalk);
      const o = summary(oursWalk);
      const p = summary(plainWalk);
      runs.push({ ours: o, plain: p, p50Ratio: o.p50 / p.p50, p95Ratio: o.p95 / p.p95 });
      console.log(`bench: INP run ${run + 1}/${INP_RUNS}: ours p50 ${o.p50} p95 ${o.p95} ms, plain p50 ${p.p50} p95 ${p.p95} ms`);
    }
    /** @type {Record<string, number[]>} */
    const byPage = {};
    for (const { from, latency } of all) (byPage[from] ??= []).push(latency);
    const pages = Object.entries(byPage)
      .map(([from, values]) => ({ from, count: values.length, p50: percentile(values, 50), max: Math.max(...values) }))
      .sort((a, b) => b.p50 - a.p50);
    return {
      runs,
      ours: { p50: median(runs.map((r) => r.ours.p50)), p95: median(runs.map((r) => r.ours.p95)) },
      plain: { p50: median(runs.map((r) => r.plain.p50)), p95: median(runs.map((r) => r.plain.p95)) },
      p50Ratio: median(runs.map((r) => r.p50Ratio)),
      p95Ratio: median(runs.map((r) => r.p95Ratio)),
      pages,
    };
  } finally {
    await browser.close();
  }
}

/** What each trace event counts as, in the breakdown of a step change. */
const KINDS = /** @type {Record<string, string>} */ ({
  EventDispatch: 'script',
  FunctionCall: 'script',
  EvaluateScript: 'script',
  TimerFire: 'script',
  RunMicrotasks: 'script',
  V8Execute: 'script',
  FireAnimationFrame: 'script',
  UpdateLayoutTree: 'style',
  RecalculateStyles: 'style',
  Layout: 'layout',
  PrePaint: 'paint',
  Paint: 'paint',
  PaintImage: 'paint',
  Layerize: 'paint',
  UpdateLayer: 'paint',
  CompositeLayers: 'paint',
  Commit: 'paint',
  HitTest: 'other',
  ParseHTML: 'other',
  MajorGC: 'gc',
  MinorGC: 'gc',
  'BlinkGC.AtomicPhase': 'gc',
});

/**
 * Where the time of a step change goes, at `cpu`× slowdown: a trace of `steps` clicks on
 * «Fortsett» (the renderer's main thread, each event by its own time, not its children's), and a
 * V8 CPU profile of the same clicks (JavaScript by function and file, self time).
 * @param {string} url
 * @param {{ steps?: number, cpu?: number }} [options]
 */
export async function profileSteps(url, { steps = 12, cpu = INP_CPU } = {}) {
  const browser = await launchChromium();
  try {
    const context = await browser.newContext(PHONE);
    const page = await context.newPage();
    await page.addInitScript(installDriver, { names: LABEL, seed: 9 });
    await page.goto(url);
    await page.waitForFunction(() => document.documentElement.dataset.hydrated !== undefined);
    const cdp = await context.newCDPSession(page);
    // Warm up as a person's tab is after a few questions.
    for (let i = 0; i < 6; i++) {
      const { x, y, focus } = await page.evaluate(() => /** @type {any} */ (window).__inp.prepare());
      await page.mouse.click(x, y);
      await page.waitForFunction((n) => /** @type {any} */ (window).__inp.focus() > n, focus);
    }
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: cpu });
    await cdp.send('Profiler.enable');
    await cdp.send('Profiler.setSamplingInterval', { interval: 100 });
    /** @type {Record<string, number>} */
    const kinds = {};
    /** @type {Map<string, number>} */
    const functions = new Map();
    let total = 0;
    for (let i = 0; i < steps; i++) {
      const { x, y, focus } = await page.evaluate(() => /** @type {any} */ (window).__inp.prepare());
      await browser.startTracing(page, { categories: ['devtools.timeline', 'disabled-by-default-devtools.timeline', 'v8', 'blink.user_timing'] });
      await cdp.send('Profiler.start');
      await page.mouse.click(x, y);
      await page.waitForFunction((n) => /** @type {any} */ (window).__inp.focus() > n, focus);
      // Until the next frame is painted.
      await page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, 0))));
      const { profile } = await cdp.send('Profiler.stop');
      const trace = JSON.parse((await browser.stopTracing()).toString('utf8'));
      total += addTrace(trace.traceEvents, kinds);
      addProfile(profile, functions);
    }
    await context.close();
    const per = (/** @type {number} */ n) => Math.round((n / steps) * 10) / 10;
    return {
      steps,
      cpu,
      perStep: Object.fromEntries(Object.entries(kinds).sort((a, b) => b[1] - a[1]).map(([k, v]) => [k, per(v)])),
      mainThreadPerStep: per(total),
      functions: [...functions.entries()]
        .sort((a, b) => b[1] - a[1])
        .slice(0, 25)
        .map(([name, time]) => ({ name, msPerStep: per(time) })),
    };
  } finally {
    await browser.close();
  }
}

/**
 * Adds each main-thread event's self time (its time less its children's) to its kind.
 * @param {{ name: string, ph: string, ts: number, dur?: number, pid: number, tid: number, args?: any }[]} events
 * @param {Record<string, number>} kinds
 */
function addTrace(events, kinds) {
  const main = events.find((e) => e.name === 'thread_name' && e.args?.name === 'CrRendererMain');
  if (!main) return 0;
  const onMain = events
    .filter((e) => e.pid === main.pid && e.tid === main.tid && e.ph === 'X' && typeof e.dur === 'number')
    .sort((a, b) => a.ts - b.ts || (b.dur ?? 0) - (a.dur ?? 0));
  // From the press to the end of the first frame committed after the click's handlers.
  const press = onMain.find((e) => e.name === 'EventDispatch' && e.args?.data?.type === 'pointerdown');
  const click = onMain.find((e) => e.name === 'EventDispatch' && e.args?.data?.type === 'click');
  if (!press || !click) return 0;
  const clickEnd = click.ts + (click.dur ?? 0);
  const frame = onMain.find((e) => e.name === 'Commit' && e.ts >= clickEnd);
  const end = frame ? frame.ts + (frame.dur ?? 0) : clickEnd;
  const timed = onMain.filter((e) => e.ts >= press.ts && e.ts + (e.dur ?? 0) <= end);
  /** @type {{ end: number, kind: string, child: number, dur: number }[]} */
  const stack = [];
  let total = 0;
  const close = (/** @type {number} */ until) => {
    while (stack.length && /** @type {any} */ (stack.at(-1)).end <= until) {
      const done = /** @type {{ end: number, kind: string, child: number, dur: number }} */ (stack.pop());
      kinds[done.kind] = (kinds[done.kind] ?? 0) + (done.dur - done.child) / 1000;
    }
  };
  for (const e of timed) {
    close(e.ts);
    const dur = e.dur ?? 0;
    const parent = stack.at(-1);
    if (parent) parent.child += dur;
    else total += dur / 1000;
    stack.push({ end: e.ts + dur, kind: KINDS[e.name] ?? (parent ? parent.kind : 'other'), child: 0, dur });
  }
  close(Number.POSITIVE_INFINITY);
  return total;
}

/**
 * @param {{ nodes: { id: number, callFrame: { functionName: string, url: string, lineNumber: number } }[],
 *   samples?: number[], timeDeltas?: number[] }} profile
 * @param {Map<string, number>} functions
 */
function addProfile(profile, functions) {
  const byId = new Map(profile.nodes.map((node) => [node.id, node]));
  const samples = profile.samples ?? [];
  const deltas = profile.timeDeltas ?? [];
  for (let i = 0; i < samples.length; i++) {
    const frame = byId.get(/** @type {number} */ (samples[i]))?.callFrame;
    if (!frame || frame.functionName === '(idle)' || frame.functionName === '(program)') continue;
    const file = frame.url ? frame.url.split('/').pop() : '';
    const key = `${frame.functionName || '(anonymous)'} ${file}:${frame.lineNumber + 1}`;
    functions.set(key, (functions.get(key) ?? 0) + (deltas[i + 1] ?? 0) / 1000);
  }
}
