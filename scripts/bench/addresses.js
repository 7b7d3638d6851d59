// The addresses people open (tests/visits.ts), each beside a static page of what it settles on,
// and what a phone shows of each from navigation to settled.
/* global document -- in callbacks run in the page */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { withoutScripts } from './build.js';
import { ROOT } from './config.js';
import { phoneLike, readFilmstrip, recordFrames, seedStorage } from './filmstrip.js';
import { importTs } from '../import-ts.js';

const PHONE = { viewport: { width: 412, height: 823 }, deviceScaleFactor: 2, isMobile: true, hasTouch: true, locale: 'nb-NO' };

/**
 * The visits the bench measures, from the list the filmstrip test checks.
 * @returns {Promise<import('../../tests/visits').Visit[]>}
 */
export async function benchVisits() {
  const { VISITS } = await importTs(join(ROOT, 'tests/visits.ts'));
  return /** @type {import('../../tests/visits').Visit[]} */ (VISITS).filter((visit) => visit.bench);
}

/** @param {string} id */
const fileName = (id) => `${id.replace(/[^a-z0-9]+/gi, '-').replace(/^-|-$/g, '') || 'start'}.html`;

/**
 * Writes into `folder` (served with our headers and CSS) a static page of each visit: what ours
 * settles on, taken from Chromium once the app has the page, with every script out.
 * @param {import('playwright-core').Browser} browser
 * @param {string} ours
 * @param {string} folder
 * @param {import('../../tests/visits').Visit[]} visits
 * @returns {Promise<Record<string, string>>} each visit's baseline path
 */
export async function writeBaselines(browser, ours, folder, visits) {
  mkdirSync(join(folder, 'baseline'), { recursive: true });
  /** @type {Record<string, string>} */
  const paths = {};
  for (const visit of visits) {
    const context = await browser.newContext(PHONE);
    const page = await context.newPage();
    if (visit.stored) await page.addInitScript(seedStorage, visit.stored);
    await page.goto(new URL(visit.path, ours).href);
    await page.waitForFunction(() => document.documentElement.dataset.hydrated !== undefined && document.querySelector('h1') !== null);
    const html = await page.evaluate(() => {
      document.documentElement.classList.remove('rv-wait');
      return `<!doctype html>\n${document.documentElement.outerHTML}`;
    });
    await context.close();
    const path = `/baseline/${fileName(visit.id)}`;
    writeFileSync(join(folder, path), withoutScripts(html));
    paths[visit.id] = path;
  }
  return paths;
}

/**
 * Each visit on the phone-like profile, in a bokmål browser: every `h1` and language on screen
 * from navigation to settled, what broke the rule, and when the settled page's `h1` showed.
 * @param {import('playwright-core').Browser} browser
 * @param {string} ours
 * @param {import('../../tests/visits').Visit[]} visits
 */
export async function filmstrips(browser, ours, visits) {
  const out = [];
  for (const visit of visits) {
    const context = await browser.newContext(PHONE);
    const page = await context.newPage();
    await page.addInitScript(recordFrames);
    if (visit.stored) await page.addInitScript(seedStorage, visit.stored);
    await phoneLike(await context.newCDPSession(page));
    await page.goto(new URL(visit.path, ours).href);
    const { frames, settled, problems } = await readFilmstrip(page);
    await context.close();
    const seen = [...new Set(frames.flatMap((frame) => frame.h1.map((h) => `${frame.lang}: ${h}`)))];
    const shown = frames.find((frame) => frame.h1[0] === settled.h1[0] && frame.lang === settled.lang);
    out.push({ id: visit.id, seen, problems, settledAt: shown?.t ?? Number.NaN, lang: settled.lang, wrongLanguage: settled.lang !== (visit.settlesIn ?? 'nb') });
  }
  return out;
}
