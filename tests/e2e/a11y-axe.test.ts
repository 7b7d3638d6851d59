/**
 * Every page of the wizard, reached through the UI, checked with axe (WCAG 2.0–2.2 A and AA and
 * best practice) in both languages, light and dark, at 390 and 1280 px: zero violations. On the
 * same walk, each page's targets (≥ 24 × 24 px), its screen-reader structure and, with reduced
 * motion asked for, the absence of motion. A screenshot of every page at both widths is written
 * to test-results/screens/.
 */
import { mkdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { beforeAll, describe, it } from 'vitest';
import { allVisits, type Lang, LANGS, LOCALES, type Visit, visitAll } from './wizard';
import { motionProblems, runAxe, structureProblems, targetProblems } from './a11y-checks';
import { expectClean, keepScreenshot, launchBrowser, newPage } from './browser';

const WIDTHS = [
  { width: 390, height: 844 },
  { width: 1280, height: 800 },
] as const;
const SCHEMES = ['light', 'dark'] as const;
const SCREENS = fileURLToPath(new URL('../../test-results/screens/', import.meta.url));

beforeAll(() => {
  mkdirSync(SCREENS, { recursive: true });
});

// The two languages side by side, each in its own Chromium: two processes, both cores.
describe.concurrent.each(LANGS)('every page in %s', (lang: Lang) => {
  it('has no axe violations in light and dark at 390 and 1280 px, targets of 24 px, the basic structure and no motion', { timeout: 480_000 }, async ({ expect, onTestFinished }) => {
    const browser = await launchBrowser();
    onTestFinished(() => browser.close());
    const { page, context, collected } = await newPage(browser, { ...WIDTHS[0], locale: LOCALES[lang] });
    await page.emulateMedia({ reducedMotion: 'reduce' });
    const axe: string[] = [];
    const targets: string[] = [];
    const structure: string[] = [];
    const motion: string[] = [];
    let runs = 0;

    const onVisit = async (visit: Visit) => {
      structure.push(...(await structureProblems(page, lang, visit)).map((p) => `${visit.name}: ${p}`));
      motion.push(...(await motionProblems(page)).map((p) => `${visit.name}: ${p}`));
      for (const size of WIDTHS) {
        await page.setViewportSize(size);
        targets.push(...(await targetProblems(page)).map((p) => `${visit.name} at ${size.width} px: ${p}`));
        for (const colorScheme of SCHEMES) {
          await page.emulateMedia({ colorScheme });
          const results = await runAxe(page);
          runs++;
          const where = `${visit.name} (${colorScheme}, ${size.width} px)`;
          for (const violation of results.violations) {
            for (const node of violation.nodes) {
              axe.push(`${where} ${violation.id}: ${violation.help} at ${node.target.join(' ')}\n  ${node.failureSummary}`);
            }
          }
          // Contrast axe could not decide is not contrast passed.
          for (const unsure of results.incomplete.filter((r) => r.id === 'color-contrast')) {
            for (const node of unsure.nodes) axe.push(`${where} color-contrast undecided at ${node.target.join(' ')}`);
          }
          if (colorScheme === 'light') {
            const name = `${lang}-${String(visit.order).padStart(2, '0')}-${visit.name}-${size.width}.png`;
            await keepScreenshot(page, `${SCREENS}${name}`);
          }
        }
      }
      await page.setViewportSize(WIDTHS[0]);
    };

    const seen = await visitAll(page, lang, onVisit);
    await context.close();

    expect(seen.map((v) => v.name).sort()).toEqual(allVisits().map((v) => v.name).sort());
    console.info(
      `axe ${lang}: ${seen.length} pages × ${WIDTHS.length} widths × ${SCHEMES.length} colour schemes = ${runs} runs, ${axe.length} violations`,
    );
    expect.soft(axe, 'axe violations').toEqual([]);
    expect.soft(targets, 'targets smaller than 24 × 24 px').toEqual([]);
    expect.soft(structure, 'structure').toEqual([]);
    expect.soft(motion, 'motion with prefers-reduced-motion: reduce').toEqual([]);
    expectClean(collected);
  });
});
