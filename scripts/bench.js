// `npm run bench`: how fast the production build is on a cheap phone and a desktop (issues 7, 16).
// Builds (unless BENCH_DIST names a build), serves it and a static baseline with scripts/serve.js,
// then measures with Debian's Chromium:
//   - each address people open (tests/visits.ts: the start, a deep link with and without answers,
//     a reload on an outcome, /agent, ?lng=en, ?lng=he) under Lighthouse 12.8 mobile (and the start
//     page under desktop too), beside a static page of what that address settles on, medians of
//     several runs; and its filmstrip on a phone-like profile: every h1 and language on screen;
//   - Interaction to Next Paint of the click on «Fortsett» at 4× CPU, beside a plain page that
//     swaps the same forms with no framework (scripts/bench/inp.js), and where a step's time goes;
//   - step changes: click on "Fortsett" (or the start link) to the next h1 having focus;
//   - JS heap after 10 and after 1,000 step changes, each after a forced GC;
//   - first-load JS/CSS and embed.js, gzip level 9 (scripts/first-load.js, as the budget test).
// Prints a table (figure, target, ours, baseline, pass/miss) and writes it as JSON to
// bench-results/bench.json. A benchmark, not a test: a missed target never fails the run.
// BENCH_ONLY=steps|inp|profile measures that alone and prints it.

import { execFileSync } from 'node:child_process';
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { cpus, loadavg } from 'node:os';
import { join } from 'node:path';
import { benchVisits, filmstrips, writeBaselines } from './bench/addresses.js';
import { buildUnderTest, makeBaseline } from './bench/build.js';
import { CHROMIUM, HEAP_STEPS, HEAP_WARMUP, KIB, ROOT, RUNS, SIZE_ROWS, STEP_SAMPLES } from './bench/config.js';
import { INP_CPU, INP_RUNS, INP_STEPS, measureInp, profileSteps } from './bench/inp.js';
import { runLighthouse } from './bench/lighthouse.js';
import { launchChromium, measureMemory, measureStepChanges } from './bench/steps.js';
import { cls, kib, megabytes, ms, printTable, row, seconds, signedMegabytes, whole } from './bench/table.js';
import { BUDGET, firstLoadSizes } from './first-load.js';
import { startServer } from './serve.js';

/** Issue 16's memory targets: growth other than compiled code, and growth over the last half. */
const HEAP_LIMIT = 250_000;

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
  const only = process.env.BENCH_ONLY;
  if (only) {
    // A quick look while working on one part: no Lighthouse, no table, no JSON.
    /** @type {Record<string, () => Promise<unknown>>} */
    const parts = {
      steps: async () => ({ steps: { ...(await measureStepChanges(ours.url)), samples: undefined }, memory: await measureMemory(ours.url) }),
      inp: () => measureInp({ ours: ours.url, baseline: baseline.url, folder: baselineFolder }),
      profile: () => profileSteps(ours.url),
    };
    const part = parts[only];
    if (!part) throw new Error(`BENCH_ONLY: one of ${Object.keys(parts).join(', ')}`);
    console.log(JSON.stringify(await part(), null, 2));
    await Promise.all([ours.close(), baseline.close()]);
    rmSync(baselineFolder, { recursive: true, force: true });
    process.exit(0);
  }

  const visits = await benchVisits();
  const browser = await launchChromium();
  const baselinePaths = await writeBaselines(browser, ours.url, baselineFolder, visits);
  console.log(`bench: filmstrips of ${visits.length} addresses`);
  const strips = await filmstrips(browser, ours.url, visits);
  await browser.close();
  const lh = await runLighthouse(
    visits.map((visit) => ({
      id: visit.id,
      ours: { url: new URL(visit.path, ours.url).href, stored: visit.stored },
      baseline: { url: new URL(/** @type {string} */ (baselinePaths[visit.id]), baseline.url).href },
      presets: visit.id === '/' ? ['mobile', 'desktop'] : ['mobile'],
    })),
  );
  console.log(`bench: INP, ${INP_RUNS} runs of ${INP_STEPS} clicks at ${INP_CPU}× CPU`);
  const inp = await measureInp({ ours: ours.url, baseline: baseline.url, folder: baselineFolder });
  console.log('bench: a CPU profile of step changes');
  const profile = await profileSteps(ours.url);
  console.log(`bench: ${STEP_SAMPLES} step changes`);
  const steps = await measureStepChanges(ours.url);
  console.log(`bench: memory over ${HEAP_STEPS} step changes`);
  const memory = await measureMemory(ours.url);

  /** @type {import('./bench/table.js').Row[]} */
  const rows = [
    ...SIZE_ROWS.map(([name, part]) =>
      row(name, { value: sizes[part].gzip, limit: BUDGET[part], target: `≤ ${BUDGET[part] / KIB} KiB`, format: kib, pass: sizes[part].gzip <= BUDGET[part] }),
    ),
  ];
  const start = /** @type {Record<'mobile' | 'desktop', { ours: import('./bench/lighthouse.js').LhSummary, baseline: import('./bench/lighthouse.js').LhSummary }>} */ (lh['/']);
  for (const preset of /** @type {const} */ (['mobile', 'desktop'])) {
    const o = start[preset].ours.median;
    const b = start[preset].baseline.median;
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
  for (const visit of visits) {
    const strip = strips.find((s) => s.id === visit.id);
    const mobile = lh[visit.id]?.mobile;
    if (!strip || !mobile) continue;
    const o = mobile.ours.median;
    const b = mobile.baseline.median;
    if (visit.id !== '/') {
      rows.push(
        row(`${visit.id}: mobile performance`, { value: o.performance, baseline: b.performance, limit: 98, target: '≥ 98', format: whole, pass: o.performance >= 98 }),
        row(`${visit.id}: FCP`, { value: o.fcp, baseline: b.fcp, limit: b.fcp + 150, target: '≤ static + 0.15 s', format: seconds, pass: o.fcp <= b.fcp + 150 }),
        row(`${visit.id}: LCP`, { value: o.lcp, baseline: b.lcp, format: seconds }),
        row(`${visit.id}: CLS`, { value: o.cls, baseline: b.cls, limit: 0, target: '0', format: cls, pass: o.cls === 0 }),
        row(`${visit.id}: TBT`, { value: o.tbt, baseline: b.tbt, format: (n) => `${Math.round(n)} ms` }),
      );
    }
    rows.push(
      row(`${visit.id}: other h1 or language on screen`, { value: strip.problems.length + (strip.wrongLanguage ? 1 : 0), limit: 0, target: '0', format: whole, pass: strip.problems.length === 0 && !strip.wrongLanguage }),
      row(`${visit.id}: its h1 on screen (phone)`, { value: strip.settledAt, format: seconds }),
    );
  }
  rows.push(
    row(`INP p50, ${INP_CPU}× CPU`, { value: inp.ours.p50, baseline: inp.plain.p50, format: ms }),
    row(`INP p95, ${INP_CPU}× CPU`, { value: inp.ours.p95, baseline: inp.plain.p95, format: ms }),
    row('INP p50 ÷ plain page', { value: inp.p50Ratio, limit: 2, target: '≤ 2 (median of runs)', format: (n) => n.toFixed(2), pass: inp.p50Ratio <= 2 }),
    row('INP p95 ÷ plain page', { value: inp.p95Ratio, limit: 2, target: '≤ 2 (median of runs)', format: (n) => n.toFixed(2), pass: inp.p95Ratio <= 2 }),
    row('Step change p50', { value: steps.p50, format: ms }),
    row('Step change p95', { value: steps.p95, limit: 16, target: '≤ 16 ms', format: ms, pass: steps.p95 <= 16 }),
    row('Step change max', { value: steps.max, format: ms }),
    row(`JS heap after ${HEAP_WARMUP} steps`, { value: memory.after10, format: megabytes }),
    row(`JS heap after ${HEAP_STEPS} more`, { value: memory.after1000, format: megabytes }),
    row('JS heap growth', { value: memory.growth, format: signedMegabytes }),
    row('  of it compiled code', { value: memory.codeGrowth, format: signedMegabytes }),
    row('  other than compiled code', { value: memory.growth - memory.codeGrowth, limit: HEAP_LIMIT, target: '≤ 0.25 MB', format: signedMegabytes, pass: memory.growth - memory.codeGrowth <= HEAP_LIMIT }),
    row(`  in the last ${HEAP_STEPS / 2}`, { value: memory.secondHalf, limit: HEAP_LIMIT, target: '≤ 0.25 MB', format: signedMegabytes, pass: memory.secondHalf <= HEAP_LIMIT }),
  );

  const environment = {
    date: new Date().toISOString(),
    node: process.version,
    chromium: execFileSync(CHROMIUM, ['--version'], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).trim(),
    lighthouse: JSON.parse(readFileSync(join(ROOT, 'node_modules/lighthouse/package.json'), 'utf8')).version,
    cpus: cpus().length,
    loadAverage: { before: loadBefore[0] ?? 0, after: loadavg()[0] ?? 0 },
    lighthouseRuns: RUNS,
    benchmarkIndex: start.mobile.ours.median.benchmarkIndex,
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
  for (const [id, presets] of Object.entries(lh)) {
    for (const [preset, { ours: summary }] of Object.entries(presets)) {
      if (summary.failing.length) console.log(`Audits under 1 (${id}, ${preset}, ours): ${summary.failing.join('; ')}`);
      if (summary.warnings.length) console.log(`Lighthouse warnings (${id}, ${preset}): ${summary.warnings.join(' | ')}`);
      if (id !== '/') continue;
      const extra = summary.scripts.filter((file) => !firstLoadJs.has(file));
      const missing = [...firstLoadJs].filter((file) => !summary.scripts.includes(file));
      if (extra.length || missing.length) {
        console.log(`Warning (${preset}): Lighthouse's page loaded ${extra.join(', ') || 'nothing more'} beyond the first-load set, and not ${missing.join(', ') || '-'}`);
      }
    }
  }
  console.log('Filmstrips (phone-like profile, bokmål browser), every h1 seen in order:');
  for (const strip of strips) console.log(`  ${strip.id}: ${strip.seen.join(' → ')}${strip.problems.length ? ` — ${strip.problems.join('; ')}` : ''}`);
  console.log(`INP per page left (ms, all runs): ${inp.pages.map((p) => `${p.from} ${p.p50} (${p.count})`).join(', ')}`);
  console.log(`A step change at ${profile.cpu}× CPU, main thread from press to the next frame, per step: ${profile.mainThreadPerStep} ms (${Object.entries(profile.perStep).map(([k, v]) => `${k} ${v}`).join(', ')}); JavaScript by function: ${profile.functions.slice(0, 8).map((f) => `${f.name} ${f.msPerStep}`).join(', ')}`);
  console.log(misses.length ? `Missed: ${misses.join(', ')}.` : 'Every target met.');

  const out = join(ROOT, 'bench-results');
  mkdirSync(out, { recursive: true });
  writeFileSync(
    join(out, 'bench.json'),
    `${JSON.stringify({ environment, dist, rows, table, sizes, lighthouse: lh, filmstrips: strips, inp, profile, steps, memory, misses }, null, 2)}\n`,
  );
  console.log(`bench: written ${join(out, 'bench.json')}`);
} finally {
  await Promise.all([ours.close(), baseline.close()]);
  rmSync(baselineFolder, { recursive: true, force: true });
}

