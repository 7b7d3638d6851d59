// What the start page loads before it is interactive, read from a build's own Vite manifest and
// sized as gzip level 9. Shared by the size-budget test (tests/e2e/budget.test.ts) and the
// benchmark (scripts/bench.js), so both count the same files.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';

/**
 * The budgets in bytes of gzip, for the budget test and the benchmark alike: the start page's
 * JavaScript (react-router included) and CSS, and the host snippet.
 */
export const BUDGET = { js: 132 * 1024, css: 10 * 1024, embed: 2 * 1024 };

/** @typedef {{ file: string, imports?: string[], dynamicImports?: string[], css?: string[], isEntry?: boolean }} Chunk */

/**
 * The build's manifest (`build.manifest` in vite.config.ts).
 * @param {string} dist the build folder
 * @returns {Record<string, Chunk>}
 */
export function readManifest(dist) {
  return JSON.parse(readFileSync(join(dist, '.vite', 'manifest.json'), 'utf8'));
}

/**
 * A file of the build, compressed as a server would at its best (gzip level 9): bytes.
 * @param {string} dist
 * @param {string} file a path inside the build, e.g. `assets/index-abc.js` or `embed.js`
 */
export function gzipSize(dist, file) {
  return gzipSync(readFileSync(join(dist, file)), { level: 9 }).length;
}

/**
 * The entry, its static imports, and the strings of one language it awaits before the first render.
 * The language and namespaces are src/i18n/languages.ts's DEFAULT_LANGUAGE and NAMESPACES: the
 * test passes those; plain Node (the benchmark) cannot import TypeScript and takes the defaults.
 * @param {string} dist
 * @param {{ language?: string, namespaces?: readonly string[] }} [options]
 * @returns {{ js: string[], css: string[] }}
 */
export function firstLoadFiles(dist, { language = 'nb', namespaces = ['common', 'flow'] } = {}) {
  const manifest = readManifest(dist);
  /** @type {Set<string>} */
  const js = new Set();
  /** @type {Set<string>} */
  const css = new Set();
  /** @param {string} key */
  const visit = (key) => {
    const chunk = manifest[key];
    if (!chunk) throw new Error(`first-load: no ${key} in ${dist}/.vite/manifest.json`);
    if (js.has(chunk.file)) return;
    js.add(chunk.file);
    chunk.css?.forEach((file) => css.add(file));
    chunk.imports?.forEach(visit);
  };
  visit('index.html');
  // The flow namespace's first part is the start page's alone (vite.config.ts, startStrings).
  for (const ns of namespaces) visit(ns === 'flow' ? `locales/${language}/flow.json?start` : `locales/${language}/${ns}.json`);
  return { js: [...js], css: [...css] };
}

/**
 * Gzip bytes of the first-load JavaScript and CSS, and of the host snippet embed.js.
 * @param {string} dist
 * @param {{ language?: string, namespaces?: readonly string[] }} [options]
 */
export function firstLoadSizes(dist, options) {
  const { js, css } = firstLoadFiles(dist, options);
  /** @param {string[]} files */
  const total = (files) => files.reduce((sum, file) => sum + gzipSize(dist, file), 0);
  return {
    js: { files: js, gzip: total(js) },
    css: { files: css, gzip: total(css) },
    embed: { files: ['embed.js'], gzip: gzipSize(dist, 'embed.js') },
  };
}
