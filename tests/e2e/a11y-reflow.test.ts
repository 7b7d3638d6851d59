/**
 * WCAG 1.4.10 and 1.4.12: every page at 320 × 256 CSS px (1280 px at 400 % zoom) scrolls in one
 * direction only and cuts nothing off; and again on the same page with the text-spacing styles of
 * 1.4.12 applied.
 */
import type { Page } from 'playwright-core';
import { describe, it } from 'vitest';
import { allVisits, LANGS, LOCALES, type Visit, visitAll } from './wizard';
import { brokenWords, reflowProblems, TEXT_SPACING_CSS } from './a11y-checks';
import { chromiumForFile, expectClean } from './browser';

const WIDTH = 320;
const HEIGHT = 256;

const openPage = chromiumForFile();

/**
 * Applies (or takes away) the text-spacing styles, as a person's own style sheet would. A style
 * element would be blocked by the CSP (style-src 'self'); a constructed style sheet is not, so the
 * page keeps its CSP and the run still fails on any violation. Returns the letter spacing in em.
 */
function textSpacing(page: Page, on: boolean): Promise<number> {
  return page.evaluate(
    ({ css, on }) => {
      const key = '__textSpacing';
      const store = window as unknown as Record<string, CSSStyleSheet | undefined>;
      const sheet = store[key] ?? new CSSStyleSheet();
      if (!store[key]) {
        sheet.replaceSync(css);
        store[key] = sheet;
      }
      const others = document.adoptedStyleSheets.filter((s) => s !== sheet);
      document.adoptedStyleSheets = on ? [...others, sheet] : others;
      const style = getComputedStyle(document.querySelector('main p, main legend') ?? document.body);
      return parseFloat(style.letterSpacing) / parseFloat(style.fontSize);
    },
    { css: TEXT_SPACING_CSS, on },
  );
}

describe.concurrent.each(LANGS)('reflow in %s', (lang) => {
  it(`fits every page into ${WIDTH} × ${HEIGHT} px, also with WCAG 1.4.12 text spacing`, { timeout: 300_000 }, async ({ expect }) => {
    const { page, context, collected } = await openPage({ width: WIDTH, height: HEIGHT, locale: LOCALES[lang] });
    const plain: string[] = [];
    const spaced: string[] = [];
    const seen = await visitAll(page, lang, async (visit: Visit) => {
      plain.push(...(await reflowProblems(page, WIDTH)).map((p) => `${visit.name}: ${p}`));
      plain.push(...(await brokenWords(page)).map((word) => `${visit.name}: ${word} broken over two lines`));
      expect(await textSpacing(page, true), `letter spacing on ${visit.name}`).toBeCloseTo(0.12, 2);
      spaced.push(...(await reflowProblems(page, WIDTH)).map((p) => `${visit.name}: ${p}`));
      await textSpacing(page, false);
    });
    await context.close();
    expect(seen.length).toBe(allVisits().length);
    expect.soft(plain, 'at 320 px').toEqual([]);
    expect.soft(spaced, 'at 320 px with text spacing').toEqual([]);
    expectClean(collected);
  });
});
