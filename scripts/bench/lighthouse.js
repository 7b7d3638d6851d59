// Lighthouse 12.8, mobile and desktop presets, ours beside the baseline, medians of several runs.
import * as chromeLauncher from 'chrome-launcher';
import { desktopConfig } from 'lighthouse';
import lighthouse from 'lighthouse';
import puppeteer from 'puppeteer-core';
import { CHROMIUM, CHROMIUM_FLAGS, RUNS } from './config.js';
import { seedStorage } from './filmstrip.js';
import { median } from './stats.js';

// ---------------------------------------------------------------------------------------------
// Lighthouse

export const CATEGORIES = ['performance', 'accessibility', 'best-practices', 'seo'];
export const METRICS = /** @type {const} */ ({
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
 * One Lighthouse run of `url` in a new tab of `browser`, which holds `stored` before the page's
 * scripts run (Lighthouse clears the origin's storage and the cache first; the tab puts it back).
 * @param {import('puppeteer-core').Browser} browser
 * @param {{ url: string, stored?: { session?: [string, string], local?: [string, string] } }} target
 * @param {'mobile' | 'desktop'} preset
 * @returns {Promise<{ figures: LhFigures, failing: [string, string][], warnings: string[], scripts: string[] }>}
 */
export async function lighthouseOnce(browser, { url, stored }, preset) {
  const page = await browser.newPage();
  try {
    if (stored) await page.evaluateOnNewDocument(seedStorage, stored);
    return await audit(url, page, preset);
  } finally {
    await page.close();
  }
}

/**
 * @param {string} url
 * @param {import('puppeteer-core').Page} page
 * @param {'mobile' | 'desktop'} preset
 */
async function audit(url, page, preset) {
  const result = await lighthouse(
    url,
    { output: 'json', logLevel: 'error', onlyCategories: CATEGORIES, disableFullPageScreenshot: true },
    preset === 'desktop' ? desktopConfig : undefined,
    /** @type {any} */ (page),
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
  // What the page loaded: on the start page in bokmål, the first-load scripts and nothing else
  // (no English strings, no agent chunk).
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
export async function retried(run) {
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
 * @typedef {{ url: string, stored?: { session?: [string, string], local?: [string, string] } }} Target
 * @typedef {{ id: string, ours: Target, baseline: Target, presets: ('mobile' | 'desktop')[] }} Pair
 */

/**
 * Each address, ours and its baseline run alternately so that a busy moment of the machine hits
 * both alike.
 * @param {Pair[]} pairs
 * @returns {Promise<Record<string, Partial<Record<'mobile' | 'desktop', { ours: LhSummary, baseline: LhSummary }>>>>}
 */
export async function runLighthouse(pairs) {
  const chrome = await chromeLauncher.launch({
    chromePath: CHROMIUM,
    chromeFlags: ['--headless=new', '--no-sandbox', ...CHROMIUM_FLAGS],
    logLevel: 'silent',
  });
  const browser = await puppeteer.connect({ browserURL: `http://127.0.0.1:${chrome.port}`, defaultViewport: null });
  try {
    /** @type {Record<string, Partial<Record<'mobile' | 'desktop', { ours: LhSummary, baseline: LhSummary }>>>} */
    const out = {};
    for (const pair of pairs) {
      for (const preset of pair.presets) {
        /** @type {Record<'ours' | 'baseline', { figures: LhFigures, failing: [string, string][], warnings: string[], scripts: string[] }[]>} */
        const runs = { ours: [], baseline: [] };
        for (let i = 0; i < RUNS; i++) {
          for (const which of /** @type {const} */ (['ours', 'baseline'])) {
            const started = Date.now();
            runs[which].push(await retried(() => lighthouseOnce(browser, pair[which], preset)));
            console.log(`bench: lighthouse ${pair.id} ${preset} ${which} ${i + 1}/${RUNS} (${((Date.now() - started) / 1000).toFixed(0)} s)`);
          }
        }
        (out[pair.id] ??= {})[preset] = { ours: summarise(runs.ours), baseline: summarise(runs.baseline) };
      }
    }
    return out;
  } finally {
    await browser.disconnect();
    chrome.kill();
  }
}

/**
 * The median of each figure; each audit that cost points in any run, with what it scored in each.
 * @param {{ figures: LhFigures, failing: [string, string][], warnings: string[], scripts: string[] }[]} list
 * @returns {LhSummary}
 */
function summarise(list) {
  const figures = list.map((run) => run.figures);
  const keys = /** @type {(keyof LhFigures)[]} */ (Object.keys(figures[0] ?? {}));
  return {
    median: /** @type {LhFigures} */ (Object.fromEntries(keys.map((key) => [key, median(figures.map((f) => f[key]))]))),
    runs: figures,
    failing: [...new Set(list.flatMap((run) => run.failing.map(([id]) => id)))].map(
      (id) => `${id} (${list.map((run) => run.failing.find(([other]) => other === id)?.[1] ?? '1').join(', ')})`,
    ),
    warnings: [...new Set(list.flatMap((run) => run.warnings))],
    scripts: [...new Set(list.flatMap((run) => run.scripts))],
  };
}
