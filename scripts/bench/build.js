// The build under test and the static-HTML baseline beside it.
import { execFileSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { ROOT } from './config.js';

// ---------------------------------------------------------------------------------------------
// The build and the baseline

/** The build to measure: BENCH_DIST as given, or a fresh `npm run build` into dist/. */
export function buildUnderTest() {
  if (process.env.BENCH_DIST) return resolve(process.env.BENCH_DIST);
  console.log('bench: npm run build');
  execFileSync('npm', ['run', 'build'], { cwd: ROOT, stdio: ['ignore', 'inherit', 'inherit'] });
  return join(ROOT, 'dist');
}

/**
 * The static-HTML baseline: the build's pre-rendered start page with every script and
 * script preload taken out, beside the same CSS, favicon and _headers, in a folder of its own.
 * @param {string} dist
 */
export function makeBaseline(dist) {
  const folder = mkdtempSync(join(tmpdir(), 'bench-baseline-'));
  cpSync(dist, folder, { recursive: true });
  const stripped = withoutScripts(readFileSync(join(dist, 'index.html'), 'utf8'));
  if (!/<div id="root">\s*<[a-z]/i.test(stripped)) {
    throw new Error(`baseline: ${dist}/index.html has no pre-rendered start page (was the prerender step run?)`);
  }
  writeFileSync(join(folder, 'index.html'), stripped);
  return folder;
}


/**
 * A page with every script and script preload taken out: static HTML of what it shows.
 * @param {string} html
 */
export function withoutScripts(html) {
  const stripped = html
    .replace(/<script\b[^>]*>[\s\S]*?<\/script>\s*/gi, '')
    .replace(/<link\b[^>]*\brel="(?:module)?preload"[^>]*>\s*/gi, '');
  if (/<script\b|rel="(?:module)?preload"/i.test(stripped)) throw new Error('baseline: a script survived the stripping');
  return stripped;
}
