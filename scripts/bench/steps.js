// Step changes and memory, driven by real mouse clicks in Debian's Chromium.
/* global window, document, location, Element, HTMLHeadingElement, HTMLInputElement -- in callbacks run in the page */
import { chromium } from 'playwright-core';
import { CHROMIUM, CHROMIUM_FLAGS, HEAP_STEPS, HEAP_WARMUP, LABEL, STEP_SAMPLES } from './config.js';
import { percentile } from './stats.js';

// ---------------------------------------------------------------------------------------------
// Step changes and memory, driven by real mouse clicks

/**
 * @typedef {{ kind: 'start' | 'question' | 'outcome', x: number, y: number }} Target
 * @typedef {{ focus: number, samples: number[], departures: string[], pick: () => { kind: Target['kind'], el: Element },
 *   next: () => Target, confirm: () => Target, wait: (focus: number) => Promise<number>,
 *   walk: (steps: number) => Promise<void> }} Driver
 * @typedef {{ __bench: Driver }} BenchWindow
 */

/**
 * @param {string[]} args
 */
export function launchChromium(args = []) {
  return chromium.launch({ executablePath: CHROMIUM, args: [...CHROMIUM_FLAGS, ...args] });
}

/**
 * Opens the start page on a desktop viewport, waits until React has hydrated it, and installs the
 * driver: it counts every focus that lands on main's h1 and times it from the last click on
 * "Fortsett" or the start link (a capturing listener, so before the app's own handlers run).
 * The driver also picks each answer (a seeded choice, so every run walks the same paths) and says
 * where to click next; the timed clicks are real mouse clicks from outside the page. Its walk()
 * clicks inside the page instead, for the long walks that are not timed.
 * @param {import('playwright-core').Browser} browser
 * @param {string} url
 * @param {number} seed
 */
export async function openStartPage(browser, url, seed) {
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 }, locale: 'nb-NO' });
  const page = await context.newPage();
  /** @type {string[]} */
  const errors = [];
  page.on('pageerror', (error) => errors.push(error.message));
  await page.goto(url);
  await page.waitForFunction(
    () => document.querySelector('main h1') !== null && document.documentElement.dataset.hydrated !== undefined,
  );
  await page.evaluate(
    ({ names, seed }) => {
      let state = seed >>> 0;
      const random = () => {
        state = (state + 0x6d2b79f5) >>> 0;
        let t = state;
        t = Math.imul(t ^ (t >>> 15), t | 1);
        t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
        return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
      };
      /** @param {string} selector @param {string} text */
      const find = (selector, text) => {
        const found = [...document.querySelectorAll(selector)].find((el) => el.textContent?.trim() === text);
        if (!found) throw new Error(`bench: no ${selector} "${text}" on ${location.pathname}`);
        return found;
      };
      /** @param {'start' | 'question' | 'outcome'} kind @param {Element} el */
      const target = (kind, el) => {
        el.scrollIntoView({ block: 'center' });
        const box = el.getBoundingClientRect();
        return { kind, x: box.left + box.width / 2, y: box.top + box.height / 2 };
      };
      /** @type {number | null} */
      let clicked = null;
      let clickedOn = '';
      /** @type {{ focus: number, resolve: (samples: number) => void }[]} */
      let waiting = [];
      /** @type {Driver} */
      const driver = {
        focus: 0,
        samples: [],
        departures: [],
        pick() {
          const start = document.querySelector('main a.button--start');
          if (start) return { kind: 'start', el: find('main a.button--start', names.start) };
          const form = document.querySelector('main form');
          if (!form) return { kind: 'outcome', el: find('main button', names.startOver) };
          const radios = [...form.querySelectorAll('input[type="radio"]')];
          const radio = radios[Math.floor(random() * radios.length)];
          if (radio instanceof HTMLInputElement) {
            (radio.labels?.[0] ?? radio).click();
          } else {
            const select = form.querySelector('select');
            if (!select) throw new Error(`bench: no answers on ${location.pathname}`);
            const values = [...select.options].map((option) => option.value).filter(Boolean);
            select.value = values[Math.floor(random() * values.length)] ?? '';
            select.dispatchEvent(new Event('change', { bubbles: true }));
          }
          return { kind: 'question', el: find('main form button[type="submit"]', names.continue) };
        },
        next() {
          const { kind, el } = driver.pick();
          return target(kind, el);
        },
        confirm: () => target('outcome', find('main button', names.confirmStartOver)),
        wait(focus) {
          return new Promise((resolve, reject) => {
            if (driver.focus >= focus) return resolve(driver.samples.length);
            // The timer is cleared on time: a thousand pending ones would weigh in the heap measured.
            const timer = setTimeout(() => reject(new Error(`bench: no h1 focus on ${location.pathname} within 10 s`)), 10_000);
            waiting.push({
              focus,
              resolve: (samples) => {
                clearTimeout(timer);
                resolve(samples);
              },
            });
          });
        },
        async walk(count) {
          const settled = () => new Promise((resolve) => setTimeout(resolve, 0));
          for (let done = 0; done < count; ) {
            const { kind, el } = driver.pick();
            const focus = driver.focus;
            /** @type {HTMLElement} */ (el).click();
            if (kind === 'outcome') {
              await settled();
              /** @type {HTMLElement} */ (find('main button', names.confirmStartOver)).click();
            } else {
              done += 1;
            }
            await driver.wait(focus + 1);
          }
        },
      };
      /** @type {BenchWindow} */ (/** @type {unknown} */ (window)).__bench = driver;
      window.addEventListener(
        'click',
        (event) => {
          const el = event.target instanceof Element ? event.target.closest('button, a') : null;
          const text = el?.textContent?.trim();
          if (event.isTrusted && (text === names.continue || text === names.start)) {
            clicked = performance.now();
            clickedOn = location.pathname;
          }
        },
        { capture: true },
      );
      document.addEventListener('focusin', (event) => {
        if (!(event.target instanceof HTMLHeadingElement) || !event.target.matches('main h1')) return;
        if (clicked !== null) {
          driver.samples.push(performance.now() - clicked);
          driver.departures.push(clickedOn);
        }
        clicked = null;
        driver.focus += 1;
        const ready = waiting.filter((w) => w.focus <= driver.focus);
        waiting = waiting.filter((w) => w.focus > driver.focus);
        for (const w of ready) w.resolve(driver.samples.length);
      });
    },
    { names: LABEL, seed },
  );
  return { context, page, errors };
}

/**
 * Walks on by one page: the start link, or an answer and "Fortsett", or on an outcome "Start på
 * nytt" and "Ja, start på nytt". Resolves when the next page's h1 has focus.
 * @param {import('playwright-core').Page} page
 * @returns {Promise<number>} how many timed step changes the page has seen
 */
export async function stepOnce(page) {
  const { kind, x, y, focus } = await page.evaluate(() => {
    const bench = /** @type {BenchWindow} */ (/** @type {unknown} */ (window)).__bench;
    return { ...bench.next(), focus: bench.focus };
  });
  await page.mouse.click(x, y);
  if (kind === 'outcome') {
    const confirm = await page.evaluate(() => /** @type {BenchWindow} */ (/** @type {unknown} */ (window)).__bench.confirm());
    await page.mouse.click(confirm.x, confirm.y);
  }
  return page.evaluate((n) => /** @type {BenchWindow} */ (/** @type {unknown} */ (window)).__bench.wait(n), focus + 1);
}

/**
 * @param {string} url
 */
export async function measureStepChanges(url) {
  const browser = await launchChromium();
  try {
    const { page, errors } = await openStartPage(browser, url, 7);
    while ((await stepOnce(page)) < STEP_SAMPLES);
    const { samples, departures } = await page.evaluate(() => {
      const { samples, departures } = /** @type {BenchWindow} */ (/** @type {unknown} */ (window)).__bench;
      return { samples, departures };
    });
    samples.length = departures.length = STEP_SAMPLES;
    if (errors.length) throw new Error(`page errors during the walk: ${errors.join('; ')}`);
    /** @type {Record<string, number[]>} */
    const byPage = {};
    departures.forEach((path, i) => (byPage[path] ??= []).push(/** @type {number} */ (samples[i])));
    // Which step changes are slow: by the page they leave, its median and count, slowest first.
    const pages = Object.entries(byPage)
      .map(([path, times]) => ({ from: path, count: times.length, p50: percentile(times, 50), max: Math.max(...times) }))
      .sort((a, b) => b.p50 - a.p50);
    return { count: samples.length, p50: percentile(samples, 50), p95: percentile(samples, 95), max: Math.max(...samples), pages, samples };
  } finally {
    await browser.close();
  }
}

/**
 * The bytes of compiled code in the page's heap (V8's `code` objects: bytecode, and the machine
 * code its optimising compilers write for functions that run often), from a heap snapshot.
 * @param {import('playwright-core').CDPSession} cdp
 */
export async function compiledCode(cdp) {
  /** @type {string[]} */
  const chunks = [];
  /** @param {{ chunk: string }} event */
  const collect = (event) => chunks.push(event.chunk);
  cdp.on('HeapProfiler.addHeapSnapshotChunk', collect);
  await cdp.send('HeapProfiler.takeHeapSnapshot', { reportProgress: false });
  cdp.off('HeapProfiler.addHeapSnapshotChunk', collect);
  /** @type {{ snapshot: { meta: { node_fields: string[], node_types: [string[]] } }, nodes: number[] }} */
  const snapshot = JSON.parse(chunks.join(''));
  const fields = snapshot.snapshot.meta.node_fields;
  const type = fields.indexOf('type');
  const size = fields.indexOf('self_size');
  const code = snapshot.snapshot.meta.node_types[0].indexOf('code');
  let bytes = 0;
  for (let i = 0; i < snapshot.nodes.length; i += fields.length) {
    if (snapshot.nodes[i + type] === code) bytes += snapshot.nodes[i + size] ?? 0;
  }
  return bytes;
}

/**
 * The JS heap (V8's used size, all of the page's isolate) after 10 step changes and after 1,000
 * more, each read after forced garbage collections. A reading half-way tells a leak (growing on)
 * from warm-up (compiled and optimised code, growing early and then flat), and so does the part
 * of the growth that is compiled code.
 * @param {string} url
 */
export async function measureMemory(url) {
  const browser = await launchChromium(['--js-flags=--expose-gc']);
  try {
    const { page, errors } = await openStartPage(browser, url, 11);
    const cdp = await page.context().newCDPSession(page);
    const heap = async () => {
      for (let i = 0; i < 3; i++) {
        await page.evaluate(() => /** @type {{ gc: () => void }} */ (/** @type {unknown} */ (window)).gc());
        await cdp.send('HeapProfiler.collectGarbage');
      }
      const { usedSize } = await cdp.send('Runtime.getHeapUsage');
      return { usedSize, code: await compiledCode(cdp) };
    };
    /** @param {number} steps */
    const walk = (steps) =>
      page.evaluate((n) => /** @type {BenchWindow} */ (/** @type {unknown} */ (window)).__bench.walk(n), steps);
    await walk(HEAP_WARMUP);
    const first = await heap();
    await walk(HEAP_STEPS / 2);
    const middle = await heap();
    await walk(HEAP_STEPS / 2);
    const last = await heap();
    if (errors.length) throw new Error(`page errors during the walk: ${errors.join('; ')}`);
    return {
      after10: first.usedSize,
      halfway: middle.usedSize,
      after1000: last.usedSize,
      growth: last.usedSize - first.usedSize,
      secondHalf: last.usedSize - middle.usedSize,
      codeGrowth: last.code - first.code,
    };
  } finally {
    await browser.close();
  }
}

