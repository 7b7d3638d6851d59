import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { phoneLike, readFilmstrip, recordFrames, seedStorage } from '../../scripts/bench/filmstrip.js';
import { type Visit, VISITS } from '../visits';
import { chromiumForFile, expectClean } from './browser';

const openPage = chromiumForFile();

const BROWSERS = [
  ['nb', 'nb-NO'],
  ['en', 'en-US'],
  ['he', 'he-IL'],
] as const;

async function visit(page: Page, { path, stored }: Visit) {
  await page.addInitScript(recordFrames);
  if (stored) await page.addInitScript(seedStorage, stored);
  await phoneLike(await page.context().newCDPSession(page));
  await page.goto(path);
  return readFilmstrip(page);
}

describe('the first paint, on a phone-like profile', () => {
  describe.each(BROWSERS)('in a browser in %s', (language, locale) => {
    it.each(VISITS)('$name ($path): never another page’s heading, never another language', async (address) => {
      const { page, context, collected } = await openPage({ width: 412, height: 823, locale });
      const { frames, settled, problems } = await visit(page, address);
      expect(problems, JSON.stringify(frames, null, 1)).toEqual([]);
      expect(settled.lang).toBe(address.settlesIn ?? language);
      expect(settled.h1.length, JSON.stringify(frames, null, 1)).toBe(1);
      expectClean(collected);
      await context.close();
    });
  });
});

// The check itself, on what the wizard did before issue 16: the bokmål start page painted first
// on every address, then replaced by the address's own page in the reader's language.
describe('the filmstrip check', () => {
  it('sees another page’s heading and another language painted before the page settles', async () => {
    const { page, context } = await openPage({ width: 412, height: 823, locale: 'en-US' });
    await page.route('**/old-first-paint', (route) =>
      route.fulfill({
        contentType: 'text/html; charset=utf-8',
        body: `<!doctype html><html lang="nb"><body><main><h1>Har jeg krav på refusjon?</h1><a href="/arsak">Start</a></main>
<script>setTimeout(() => { document.documentElement.lang = 'en'; document.querySelector('main').innerHTML = '<h1>Which country?</h1>';
document.documentElement.dataset.hydrated = ''; }, 400);</script></body></html>`,
      }),
    );
    await page.addInitScript(recordFrames);
    await page.goto('/old-first-paint');
    const { settled, problems } = await readFilmstrip(page);
    expect(settled.h1).toEqual(['Which country?']);
    expect(problems.some((problem) => problem.includes('h1 «Har jeg krav på refusjon?»'))).toBe(true);
    expect(problems.some((problem) => problem.includes('text in nb'))).toBe(true);
    await context.close();
  });
});
