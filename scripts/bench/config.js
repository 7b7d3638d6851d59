// What every part of the bench shares: where things are, Chromium's flags, the runs, the labels it clicks.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

export const ROOT = fileURLToPath(new URL('../..', import.meta.url));
export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
/** Lighthouse runs per page and preset (BENCH_RUNS, 3 by default); the median of each figure is reported. */
export const RUNS = Math.max(1, Number(process.env.BENCH_RUNS ?? 3));
export const STEP_SAMPLES = 200;
export const HEAP_WARMUP = 10;
export const HEAP_STEPS = 1_000;
export const KIB = 1024;
/** @type {[string, 'js' | 'css' | 'embed'][]} */
export const SIZE_ROWS = [
  ['First-load JS (gzip)', 'js'],
  ['First-load CSS (gzip)', 'css'],
  ['embed.js (gzip)', 'embed'],
];
export const MB = 1_000_000;

// Chromium kept from phoning home, so every request is the page's. Headless Chromium asks for
// en-US unless told otherwise (--lang alone does not do it), and the wizard then rightly renders
// afresh in English instead of hydrating the pre-rendered bokmål page: the customer measured
// speaks bokmål.
export const CHROMIUM_FLAGS = [
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--accept-lang=nb-NO,nb',
];

export const common = JSON.parse(readFileSync(join(ROOT, 'locales/nb/common.json'), 'utf8'));
export const flow = JSON.parse(readFileSync(join(ROOT, 'locales/nb/flow.json'), 'utf8'));
export const LABEL = {
  continue: /** @type {string} */ (common.continue),
  start: /** @type {string} */ (flow.start.button),
  startOver: /** @type {string} */ (common.startOver.button),
  confirmStartOver: /** @type {string} */ (common.startOver.confirm),
};

