// `npm run bench`: how fast the production build is on a cheap phone and a desktop (issue 7).
// Builds (unless BENCH_DIST names a build; BENCH_ONLY=steps measures step changes and memory alone), serves it and a static-HTML baseline of the same
// pre-rendered start page with scripts/serve.js, then measures with Debian's Chromium:
//   - Lighthouse 12.8 (mobile and desktop presets), ours beside the baseline, medians of several runs;
//   - step changes: click on "Fortsett" (or the start link) to the next h1 having focus;
//   - JS heap after 10 and after 1,000 step changes, each after a forced GC;
//   - first-load JS/CSS and embed.js, gzip level 9 (scripts/first-load.js, as the budget test).
// Prints a table (figure, target, ours, baseline, pass/miss) and writes it as JSON to
// bench-results/bench.json. A benchmark, not a test: a missed target never fails the run.
/* global window, document, location, Element, HTMLHeadingElement, HTMLInputElement -- in callbacks run in the page */
import { execFileSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { cpus, loadavg, tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import * as chromeLauncher from 'chrome-launcher';
import lighthouse, { desktopConfig } from 'lighthouse';
import { chromium } from 'playwright-core';
import { BUDGET, firstLoadSizes } from './first-load.js';
import { startServer } from './serve.js';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
/** Lighthouse runs per page and preset (BENCH_RUNS, 3 by default); the median of each figure is reported. */
const RUNS = Math.max(1, Number(process.env.BENCH_RUNS ?? 3));
const STEP_SAMPLES = 200;
const HEAP_WARMUP = 10;
const HEAP_STEPS = 1_000;
const KIB = 1024;
/** @type {[string, 'js' | 'css' | 'embed'][]} */
const SIZE_ROWS = [
  ['First-load JS (gzip)', 'js'],
  ['First-load CSS (gzip)', 'css'],
  ['embed.js (gzip)', 'embed'],
];
const MB = 1_000_000;

// Chromium kept from phoning home, so every request is the page's. Headless Chromium asks for
// en-US unless told otherwise (--lang alone does not do it), and the wizard then rightly renders
// afresh in English instead of hydrating the pre-rendered bokmål page: the customer measured
// speaks bokmål.
const CHROMIUM_FLAGS = [
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--accept-lang=nb-NO,nb',
];

const common = JSON.parse(readFileSync(join(ROOT, 'locales/nb/common.json'), 'utf8'));
const flow = JSON.parse(readFileSync(join(ROOT, 'locales/nb/flow.json'), 'utf8'));
const LABEL = {
  continue: /** @type {string} */ (common.continue),
  start: /** @type {string} */ (flow.start.button),
  startOver: /** @type {string} */ (common.startOver.button),
  confirmStartOver: /** @type {string} */ (common.startOver.confirm),
};

// ---------------------------------------------------------------------------------------------
// The build and the baseline

/** The build to measure: BENCH_DIST as given, or a fresh `npm run build` into dist/. */
function buildUnderTest() {
  if (process.env.BENCH_DIST) return resolve(process.env.BENCH_DIST);
  console.log('bench: npm run build');
  execFileSync('npm', ['run', 'build'], { cwd: ROOT, stdio: ['ignore', 'inherit', 'inherit'] });
  return join(ROOT, 'dist');
}

/**
 * The static-HTML baseline: the build's pre-rendered start page with every script and
 * modulepreload taken out, beside the same CSS, favicon and _headers, in a folder of its own.
 * @param {string} dist
 */
function makeBaseline(dist) {
  const folder = mkdtempSync(join(tmpdir(), 'bench-baseline-'));
  cpSync(dist, folder, { recursive: true });
  const html = readFileSync(join(dist, 'index.html'), 'utf8');
  const stripped = html
    .replace(/<script\b[^>]*>[\s\S]*?<\/script>\s*/gi, '')
    .replace(/<link\b[^>]*\brel="modulepreload"[^>]*>\s*/gi, '');
  if (/<script\b|modulepreload/i.test(stripped)) throw new Error('baseline: a script survived the stripping');
  if (!/<div id="root">\s*<[a-z]/i.test(stripped)) {
    throw new Error(`baseline: ${dist}/index.html has no pre-rendered start page (was the prerender step run?)`);
  }
  writeFileSync(join(folder, 'index.html'), stripped);
  return folder;
}

// ---------------------------------------------------------------------------------------------
// Lighthouse

const CATEGORIES = ['performance', 'accessibility', 'best-practices', 'seo'];
const METRICS = /** @type {const} */ ({
  fcp: 'first-contentful-paint',
  lcp: 'largest-contentful-paint',
  cls: 'cumulative-layout-shift',
  tbt: 'total-blocking-time',
});

/**
 * @typedef {{ performance: number, accessibility: number, 'best-practices': number, seo: number,
 *   fcp: number, lcp: number, cls: number, tbt: number, benchmarkIndex: number }} LhFigures
 * @typedef {{ median: LhFigures, runs: LhFigures[], failing: string[], warnings: string[], scripts: string[] }} LhSummary
 */

/**
 * @param {number[]} values
 * @param {number} p 0..100, nearest rank
 */
function percentile(values, p) {
  const sorted = [...values].sort((a, b) => a - b);
  if (sorted.length === 0) return Number.NaN;
  return /** @type {number} */ (sorted[Math.max(0, Math.ceil((p / 100) * sorted.length) - 1)]);
}

/** @param {number[]} values */
const median = (values) => {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length / 2;
  return sorted.length % 2 ? /** @type {number} */ (sorted[Math.floor(mid)]) : ((sorted[mid - 1] ?? 0) + (sorted[mid] ?? 0)) / 2;
};

/**
 * One Lighthouse run of `url` in the Chromium listening on `port`.
 * @param {string} url
 * @param {number} port
 * @param {'mobile' | 'desktop'} preset
 * @returns {Promise<{ figures: LhFigures, failing: [string, string][], warnings: string[], scripts: string[] }>}
 */
async function lighthouseOnce(url, port, preset) {
  const result = await lighthouse(
    url,
    { port, output: 'json', logLevel: 'error', onlyCategories: CATEGORIES, disableFullPageScreenshot: true },
    preset === 'desktop' ? desktopConfig : undefined,
  );
  if (!result) throw new Error(`lighthouse gave no result for ${url}`);
  const { lhr } = result;
  if (lhr.runtimeError) throw new Error(`lighthouse: ${lhr.runtimeError.code} ${lhr.runtimeError.message}`);
  /** @param {string} id */
  const score = (id) => Math.round((lhr.categories[id]?.score ?? Number.NaN) * 100);
  /** @param {string} id */
  const numeric = (id) => lhr.audits[id]?.numericValue ?? Number.NaN;
  const figures = {
    performance: score('performance'),
    accessibility: score('accessibility'),
    'best-practices': score('best-practices'),
    seo: score('seo'),
    fcp: numeric(METRICS.fcp),
    lcp: numeric(METRICS.lcp),
    cls: numeric(METRICS.cls),
    tbt: numeric(METRICS.tbt),
    benchmarkIndex: lhr.environment.benchmarkIndex,
  };
  // The audits that cost points: what to look at when a score is under 100.
  const weighted = new Set(
    Object.values(lhr.categories).flatMap((category) =>
      category.auditRefs.filter((ref) => ref.weight > 0).map((ref) => ref.id),
    ),
  );
  const failing = Object.values(lhr.audits)
    .filter((audit) => weighted.has(audit.id) && audit.score !== null && audit.score < 1)
    .map((audit) => /** @type {[string, string]} */ ([audit.id, `${audit.score}${audit.displayValue ? ` ${audit.displayValue}` : ''}`]));
  // The page measured must be the one the budget counts: the pre-rendered start page in bokmål,
  // loading the first-load scripts and nothing else (no English strings, no agent chunk).
  const requests = /** @type {{ items?: { url: string, resourceType?: string }[] } | undefined} */ (
    lhr.audits['network-requests']?.details
  );
  const scripts = (requests?.items ?? [])
    .filter((item) => item.resourceType === 'Script')
    .map((item) => new URL(item.url).pathname.slice(1));
  return { figures, failing, warnings: lhr.runWarnings.map(String), scripts };
}

/**
 * Lighthouse now and then fails to record a trace (NO_NAVSTART, NO_FCP) on a busy machine; such a
 * run is tried again, twice at most, and the bench only stops if all three fail.
 * @template T
 * @param {() => Promise<T>} run
 */
async function retried(run) {
  for (let attempt = 1; ; attempt++) {
    try {
      return await run();
    } catch (error) {
      if (attempt === 3) throw error;
      console.log(`bench: ${error instanceof Error ? error.message : String(error)}; trying again`);
    }
  }
}

/**
 * Ours and the baseline, run alternately so that a busy moment of the machine hits both alike.
 * @param {{ ours: string, baseline: string }} urls
 * @returns {Promise<Record<'mobile' | 'desktop', { ours: LhSummary, baseline: LhSummary }>>}
 */
async function runLighthouse(urls) {
  const chrome = await chromeLauncher.launch({
    chromePath: CHROMIUM,
    chromeFlags: ['--headless=new', '--no-sandbox', ...CHROMIUM_FLAGS],
    logLevel: 'silent',
  });
  try {
    /** @type {Partial<Record<'mobile' | 'desktop', { ours: LhSummary, baseline: LhSummary }>>} */
    const out = {};
    for (const preset of /** @type {const} */ (['mobile', 'desktop'])) {
      /** @type {Record<'ours' | 'baseline', { figures: LhFigures, failing: [string, string][], warnings: string[], scripts: string[] }[]>} */
      const runs = { ours: [], baseline: [] };
      for (let i = 0; i < RUNS; i++) {
        for (const which of /** @type {const} */ (['ours', 'baseline'])) {
          const started = Date.now();
          runs[which].push(await retried(() => lighthouseOnce(urls[which], chrome.port, preset)));
          console.log(`bench: lighthouse ${preset} ${which} ${i + 1}/${RUNS} (${((Date.now() - started) / 1000).toFixed(0)} s)`);
        }
      }
      /** @param {{ figures: LhFigures, failing: [string, string][], warnings: string[], scripts: string[] }[]} list @returns {LhSummary} */
      const summarise = (list) => {
        const figures = list.map((run) => run.figures);
        const keys = /** @type {(keyof LhFigures)[]} */ (Object.keys(figures[0] ?? {}));
        return {
          median: /** @type {LhFigures} */ (Object.fromEntries(keys.map((key) => [key, median(figures.map((f) => f[key]))]))),
          runs: figures,
          // Each audit that cost points in any run, with what it scored in each run.
          failing: [...new Set(list.flatMap((run) => run.failing.map(([id]) => id)))].map(
            (id) => `${id} (${list.map((run) => run.failing.find(([other]) => other === id)?.[1] ?? '1').join(', ')})`,
          ),
          warnings: [...new Set(list.flatMap((run) => run.warnings))],
          scripts: [...new Set(list.flatMap((run) => run.scripts))],
        };
      };
      out[preset] = { ours: summarise(runs.ours), baseline: summarise(runs.baseline) };
    }
    return /** @type {Record<'mobile' | 'desktop', { ours: LhSummary, baseline: LhSummary }>} */ (out);
  } finally {
    chrome.kill();
  }
}

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
function launchChromium(args = []) {
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
async function openStartPage(browser, url, seed) {
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
async function stepOnce(page) {
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
async function measureStepChanges(url) {
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
async function compiledCode(cdp) {
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
async function measureMemory(url) {
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

// ---------------------------------------------------------------------------------------------
// The table

/**
 * @typedef {{ figure: string, target: string, ours: string, baseline: string, result: 'pass' | 'MISS' | '' ,
 *   value: number, baselineValue: number | null, limit: number | null }} Row
 */

/**
 * @param {string} figure
 * @param {{ value: number, baseline?: number | null, limit?: number | null, target?: string,
 *   format: (n: number) => string, pass?: boolean | null }} spec
 * @returns {Row}
 */
function row(figure, { value, baseline = null, limit = null, target = '', format, pass = null }) {
  return {
    figure,
    target,
    ours: Number.isFinite(value) ? format(value) : 'n/a',
    baseline: baseline === null ? '' : format(baseline),
    result: pass === null ? '' : pass ? 'pass' : 'MISS',
    value,
    baselineValue: baseline,
    limit,
  };
}

const kib = (/** @type {number} */ n) => `${(n / KIB).toFixed(1)} KiB`;
const seconds = (/** @type {number} */ n) => `${(n / 1000).toFixed(2)} s`;
const ms = (/** @type {number} */ n) => `${n.toFixed(1)} ms`;
const whole = (/** @type {number} */ n) => `${Math.round(n)}`;
const cls = (/** @type {number} */ n) => n.toFixed(3);
const megabytes = (/** @type {number} */ n) => `${(n / MB).toFixed(2)} MB`;
const signedMegabytes = (/** @type {number} */ n) => `${n >= 0 ? '+' : ''}${(n / MB).toFixed(2)} MB`;

/** @param {Row[]} rows */
function printTable(rows) {
  const head = /** @type {const} */ (['figure', 'target', 'ours', 'baseline', 'result']);
  const titles = { figure: 'Figure', target: 'Target', ours: 'Ours', baseline: 'Static HTML', result: 'Result' };
  const widths = head.map((key) => Math.max(titles[key].length, ...rows.map((r) => r[key].length)));
  /** @param {string[]} cells */
  const line = (cells) => `| ${cells.map((cell, i) => cell.padEnd(widths[i] ?? 0)).join(' | ')} |`;
  return [
    line(head.map((key) => titles[key])),
    `|${widths.map((w) => '-'.repeat(w + 2)).join('|')}|`,
    ...rows.map((r) => line(head.map((key) => r[key]))),
  ].join('\n');
}

// ---------------------------------------------------------------------------------------------

const started = Date.now();
const loadBefore = loadavg();
const dist = buildUnderTest();
const baselineFolder = makeBaseline(dist);
const ours = await startServer({ port: 0, host: '127.0.0.1', root: dist });
const baseline = await startServer({ port: 0, host: '127.0.0.1', root: baselineFolder });
try {
  const sizes = firstLoadSizes(dist);
  console.log(`bench: serving ${dist} at ${ours.url}, the static baseline at ${baseline.url}`);
  if (process.env.BENCH_ONLY === 'steps') {
    // A quick look while working on step changes and memory: no Lighthouse, no table, no JSON.
    const steps = await measureStepChanges(ours.url);
    const memory = await measureMemory(ours.url);
    console.log(JSON.stringify({ steps: { ...steps, samples: undefined }, memory }, null, 2));
    await Promise.all([ours.close(), baseline.close()]);
    rmSync(baselineFolder, { recursive: true, force: true });
    process.exit(0);
  }
  const lh = await runLighthouse({ ours: ours.url, baseline: baseline.url });
  console.log(`bench: ${STEP_SAMPLES} step changes`);
  const steps = await measureStepChanges(ours.url);
  console.log(`bench: memory over ${HEAP_STEPS} step changes`);
  const memory = await measureMemory(ours.url);

  /** @type {Row[]} */
  const rows = [
    ...SIZE_ROWS.map(([name, part]) =>
      row(name, { value: sizes[part].gzip, limit: BUDGET[part], target: `≤ ${BUDGET[part] / KIB} KiB`, format: kib, pass: sizes[part].gzip <= BUDGET[part] }),
    ),
  ];
  for (const preset of /** @type {const} */ (['mobile', 'desktop'])) {
    const o = lh[preset].ours.median;
    const b = lh[preset].baseline.median;
    const name = preset === 'mobile' ? 'Mobile' : 'Desktop';
    rows.push(
      row(`${name} performance`, { value: o.performance, baseline: b.performance, limit: 98, target: '≥ 98', format: whole, pass: o.performance >= 98 }),
      row(`${name} accessibility`, { value: o.accessibility, baseline: b.accessibility, limit: 100, target: '100', format: whole, pass: o.accessibility >= 100 }),
      row(`${name} best practices`, { value: o['best-practices'], baseline: b['best-practices'], limit: 100, target: '100', format: whole, pass: o['best-practices'] >= 100 }),
      row(`${name} SEO`, { value: o.seo, baseline: b.seo, limit: 100, target: '100', format: whole, pass: o.seo >= 100 }),
      preset === 'mobile'
        ? row('Mobile FCP', { value: o.fcp, baseline: b.fcp, limit: b.fcp + 150, target: '≤ static + 0.15 s', format: seconds, pass: o.fcp <= b.fcp + 150 })
        : row('Desktop FCP', { value: o.fcp, baseline: b.fcp, format: seconds }),
      row(`${name} LCP`, { value: o.lcp, baseline: b.lcp, format: seconds }),
      row(`${name} CLS`, { value: o.cls, baseline: b.cls, limit: 0, target: '0', format: cls, pass: o.cls === 0 }),
      row(`${name} TBT`, { value: o.tbt, baseline: b.tbt, format: (n) => `${Math.round(n)} ms` }),
    );
  }
  rows.push(
    row('Step change p50', { value: steps.p50, format: ms }),
    row('Step change p95', { value: steps.p95, limit: 16, target: '≤ 16 ms', format: ms, pass: steps.p95 <= 16 }),
    row('Step change max', { value: steps.max, format: ms }),
    row(`JS heap after ${HEAP_WARMUP} steps`, { value: memory.after10, format: megabytes }),
    row(`JS heap after ${HEAP_STEPS} more`, { value: memory.after1000, format: megabytes }),
    row('JS heap growth', { value: memory.growth, limit: MB, target: '≤ 1 MB', format: signedMegabytes, pass: memory.growth <= MB }),
    row(`  of it in the last ${HEAP_STEPS / 2}`, { value: memory.secondHalf, format: signedMegabytes }),
    row('  of it compiled code', { value: memory.codeGrowth, format: signedMegabytes }),
  );

  const environment = {
    date: new Date().toISOString(),
    node: process.version,
    chromium: execFileSync(CHROMIUM, ['--version'], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).trim(),
    lighthouse: JSON.parse(readFileSync(join(ROOT, 'node_modules/lighthouse/package.json'), 'utf8')).version,
    cpus: cpus().length,
    loadAverage: { before: loadBefore[0] ?? 0, after: loadavg()[0] ?? 0 },
    lighthouseRuns: RUNS,
    benchmarkIndex: lh.mobile.ours.median.benchmarkIndex,
    seconds: Math.round((Date.now() - started) / 1000),
  };
  const table = printTable(rows);
  console.log(`\n${table}\n`);
  const misses = rows.filter((r) => r.result === 'MISS').map((r) => r.figure);
  console.log(
    `Lighthouse: median of ${RUNS} runs per page and preset; Chromium benchmark index ${Math.round(environment.benchmarkIndex)}; ` +
      `load average ${environment.loadAverage.before.toFixed(1)} → ${environment.loadAverage.after.toFixed(1)} on ${environment.cpus} CPUs; ${environment.seconds} s.`,
  );
  const firstLoadJs = new Set(sizes.js.files);
  for (const preset of /** @type {const} */ (['mobile', 'desktop'])) {
    const { failing, warnings, scripts } = lh[preset].ours;
    if (failing.length) console.log(`Audits under 1 (${preset}, ours): ${failing.join('; ')}`);
    if (warnings.length) console.log(`Lighthouse warnings (${preset}): ${warnings.join(' | ')}`);
    const extra = scripts.filter((file) => !firstLoadJs.has(file));
    const missing = [...firstLoadJs].filter((file) => !scripts.includes(file));
    if (extra.length || missing.length) {
      console.log(`Warning (${preset}): Lighthouse's page loaded ${extra.join(', ') || 'nothing more'} beyond the first-load set, and not ${missing.join(', ') || '-'}`);
    }
  }
  console.log(misses.length ? `Missed: ${misses.join(', ')}.` : 'Every target met.');

  const out = join(ROOT, 'bench-results');
  mkdirSync(out, { recursive: true });
  writeFileSync(
    join(out, 'bench.json'),
    `${JSON.stringify({ environment, dist, rows, table, sizes, lighthouse: lh, steps, memory, misses }, null, 2)}\n`,
  );
  console.log(`bench: written ${join(out, 'bench.json')}`);
} finally {
  await Promise.all([ours.close(), baseline.close()]);
  rmSync(baselineFolder, { recursive: true, force: true });
}
