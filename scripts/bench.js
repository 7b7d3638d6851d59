// `npm run bench`: how fast the production build is on a cheap phone and a desktop (issue 7).
// Builds (unless BENCH_DIST names a build; BENCH_ONLY=steps measures step changes and memory alone), serves it and a static-HTML baseline of the same
// pre-rendered start page with scripts/serve.js, then measures with Debian's Chromium:
//   - Lighthouse 12.8 (mobile and desktop presets), ours beside the baseline, medians of several runs;
//   - step changes: click on "Fortsett" (or the start link) to the next h1 having focus;
//   - JS heap after 10 and after 1,000 step changes, each after a forced GC;
//   - first-load JS/CSS and embed.js, gzip level 9 (scripts/first-load.js, as the budget test).
// Prints a table (figure, target, ours, baseline, pass/miss) and writes it as JSON to
// bench-results/bench.json. A benchmark, not a test: a missed target never fails the run.

import { execFileSync } from 'node:child_process';
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { cpus, loadavg } from 'node:os';
import { join } from 'node:path';
import { buildUnderTest, makeBaseline } from './bench/build.js';
import { CHROMIUM, HEAP_STEPS, HEAP_WARMUP, KIB, MB, ROOT, RUNS, SIZE_ROWS, STEP_SAMPLES } from './bench/config.js';
import { runLighthouse } from './bench/lighthouse.js';
import { measureMemory, measureStepChanges } from './bench/steps.js';
import { cls, kib, megabytes, ms, printTable, row, seconds, signedMegabytes, whole } from './bench/table.js';
import { BUDGET, firstLoadSizes } from './first-load.js';
import { startServer } from './serve.js';

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

  /** @type {import('./bench/table.js').Row[]} */
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

