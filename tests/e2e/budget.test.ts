import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { BUDGET, firstLoadFiles, gzipSize, readManifest } from '../../scripts/first-load.js';
import { DEFAULT_LANGUAGE, NAMESPACES } from '../../src/i18n/languages';

const dist = process.env.E2E_DIST ?? fileURLToPath(new URL('../../dist', import.meta.url));
const manifest = readManifest(dist);
const html = readFileSync(`${dist}/index.html`, 'utf8');
const gzipped = (file: string) => gzipSize(dist, file);

/** What the start page loads before it is interactive: the entry, its static imports, and the strings it awaits. */
const firstLoad = () => firstLoadFiles(dist, { language: DEFAULT_LANGUAGE, namespaces: NAMESPACES });

describe('the first-load budget', () => {
  const { js, css } = firstLoad();
  const size = (files: string[]) => files.reduce((sum, file) => sum + gzipped(file), 0);

  it('loads what index.html names, and nothing it does not', () => {
    const named = [...html.matchAll(/(?:src|href)="\/(assets\/[^"]+\.(?:js|css))"/g)].map((m) => m[1]);
    expect(named.length).toBeGreaterThan(1);
    for (const file of named) expect([...js, ...css]).toContain(file);
  });

  it(`keeps JavaScript within ${BUDGET.js / 1024} KiB gzip`, () => {
    const total = size(js);
    console.log(`first-load JavaScript: ${(total / 1024).toFixed(1)} KiB gzip in ${js.length} files`);
    expect(total).toBeLessThanOrEqual(BUDGET.js);
  });

  it(`keeps CSS within ${BUDGET.css / 1024} KiB gzip`, () => {
    expect(css.length).toBeGreaterThan(0);
    expect(size(css)).toBeLessThanOrEqual(BUDGET.css);
  });

  it(`keeps embed.js within ${BUDGET.embed / 1024} KiB gzip`, () => {
    expect(gzipped('embed.js')).toBeLessThanOrEqual(BUDGET.embed);
  });

  it('leaves agent mode, the accessibility statement, the embed channel and other languages for later', () => {
    const later = Object.entries(manifest)
      .filter(([key]) => /^src\/(agent|pages\/AccessibilityPage|embed)\//.test(key) || /^locales\/(?!nb\/)|\/(agent|accessibility)\.json$/.test(key))
      .map(([, chunk]) => chunk.file);
    expect(later.length).toBeGreaterThan(3);
    for (const file of later) expect(js).not.toContain(file);
  });

  it('uses no web fonts', () => {
    expect(Object.values(manifest).some((chunk) => /\.(woff2?|ttf|otf)$/.test(chunk.file))).toBe(false);
    for (const file of css) expect(readFileSync(`${dist}/${file}`, 'utf8')).not.toMatch(/@font-face/);
  });
});
