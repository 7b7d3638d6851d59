/**
 * A long word in a narrow column: at 320 px, in every language, no word is broken inside itself
 * on the pages a help article's links open (the start, the first questions, outcomes, the
 * statement, not-found). The page walks in a11y-reflow.test.ts check every page in nb and en.
 */
import { describe, expect, it } from 'vitest';
import { LANGUAGES } from '../../src/i18n/languages';
import { brokenWords } from './a11y-checks';
import { chromiumForFile, expectClean } from './browser';
import { appRunning } from './wizard';

const openPage = chromiumForFile();

const ADDRESSES = [
  '/',
  '/arsak',
  '/?arsak=trekk',
  '/?arsak=avslutte',
  '/?arsak=avslutte&plan=familie',
  '/?arsak=avslutte&plan=personal&kjopt=microsoft',
  '/?arsak=avslutte&plan=familie&kjopt=apple',
  '/?arsak=avslutte&plan=familie&kjopt=google-play',
  '/tilgjengelighet',
  '/finnes-ikke',
];

describe.each(LANGUAGES.map(({ code }) => code))('in %s at 320 px', (lng) => {
  it('breaks no word inside itself', async () => {
    const { page, context, collected } = await openPage({ width: 320, height: 640 });
    const broken: string[] = [];
    try {
      for (const address of ADDRESSES) {
        await page.goto(`${address}${address.includes('?') ? '&' : '?'}lng=${lng}`);
        await appRunning(page);
        await page.locator('main h1').waitFor();
        broken.push(...(await brokenWords(page)).map((word) => `${address}: ${word}`));
      }
    } finally {
      await context.close();
    }
    expect(broken).toEqual([]);
    expectClean(collected);
  });
});
