/**
 * What fails at run time ends on a page that says so, never a blank one: a lazy chunk that fails
 * to load, a render that throws, a language that cannot be downloaded. Each fault is logged once.
 */
import type { Page, Route } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import nbAccessibility from '../../locales/nb/accessibility.json';
import { STORAGE_KEY, fromEnvelope } from '../../src/flow/persist';
import { walkTo } from '../paths';
import { expectClean } from './browser';
import { answerAll, clickStart, expectStep, heading, switchLanguage, t } from './wizard';
import { LANGUAGE_KEY, MACHINE, NETWORK_FAILURE, appErrors, expectErrorPage, hostileMarkup, openStart, withTab } from './faults';

/** Makes every request for a chunk fail until `unblock`; `aborted` lists the requests it failed. */
async function blockChunk(page: Page, chunk: RegExp): Promise<{ aborted: string[]; unblock: () => Promise<void> }> {
  const aborted: string[] = [];
  const abort = (route: Route) => {
    aborted.push(route.request().url());
    return route.abort('failed');
  };
  await page.route(chunk, abort);
  return { aborted, unblock: () => page.unroute(chunk, abort) };
}

describe('(c) a lazy chunk that fails to load', () => {
  it('ends on the error page, logged once, and "Prøv igjen" loads the page once the chunk is back', async () => {
    const chunk = /\/assets\/AccessibilityPage-[^/]+\.js$/;
    const collected = await withTab(
      async ({ page, collected }) => {
        const { aborted, unblock } = await blockChunk(page, chunk);
        await openStart(page);
        await page.getByRole('contentinfo').getByRole('link', { name: t('nb', 'common:footer.accessibility'), exact: true }).click();
        await expectErrorPage(page);
        expect(aborted.length, 'the accessibility statement is its own chunk, named AccessibilityPage-*.js').toBeGreaterThan(0);
        expect(new URL(page.url()).pathname).toBe('/tilgjengelighet');

        const logged = appErrors(collected);
        expect(logged).toHaveLength(1);
        expect(logged[0]).toMatch(/^Refusjonsveiviseren:/);
        expect(collected.pageErrors).toEqual([]);

        await unblock();
        await page.getByRole('button', { name: t('nb', 'common:error.retry'), exact: true }).click();
        await expect.poll(() => heading(page).textContent()).toBe(nbAccessibility.title);
        expect(await hostileMarkup(page)).toEqual([]);
      },
      { clean: false },
    );
    // Besides the one line logged and the browser's line for the aborted request, clean.
    expectClean({ ...collected, consoleErrors: appErrors(collected).slice(1) });
  });
});

describe('(c) the later pages\' chunk fails to load', () => {
  it('«Start» ends on the error page, not a blank one, and "Prøv igjen" goes on once the chunk is back', async () => {
    const chunk = /\/assets\/laterPages-[^/]+\.js$/;
    const collected = await withTab(
      async ({ page }) => {
        const { aborted, unblock } = await blockChunk(page, chunk);
        await openStart(page);
        await clickStart(page, 'nb');
        await expectErrorPage(page);
        expect(aborted.length, 'the pages after the start are a chunk of their own, named laterPages-*.js').toBeGreaterThan(0);

        await unblock();
        await page.getByRole('button', { name: t('nb', 'common:error.retry'), exact: true }).click();
        await expectStep(page, 'nb', 'reason', { focus: false });
        expect(await hostileMarkup(page)).toEqual([]);
      },
      { clean: false },
    );
    expect(collected.pageErrors).toEqual([]);
    expect(collected.foreignRequests).toEqual([]);
    expect(collected.cspViolations).toEqual([]);
  });
});

describe('(d) a render that throws', () => {
  it('ends on the error page when the country names throw, logged once, and "Start på nytt" starts again', async () => {
    const collected = await withTab(
      async ({ page, collected }) => {
        await openStart(page);
        // From here on, naming Norway throws (as Intl.DisplayNames might in an old browser). Earlier
        // pages name only the ten countries; the whole list, built ahead while they are read, needs
        // Norway, and the country page builds it again when that failed.
        await page.evaluate(() => ((window as unknown as { failRegionNames: boolean }).failRegionNames = true));
        const walk = walkTo('prorated');
        await clickStart(page, 'nb');
        await answerAll(page, 'nb', walk.answers.slice(0, walk.answers.findIndex((a) => a.question === 'country')));
        await expectErrorPage(page);

        const logged = collected.consoleErrors;
        expect(logged).toHaveLength(1);
        expect(logged[0]).toMatch(/^Refusjonsveiviseren:.*injected fault/);
        expect(collected.pageErrors).toEqual([]);

        await page.evaluate(() => ((window as unknown as { failRegionNames: boolean }).failRegionNames = false));
        await page.getByRole('button', { name: t('nb', 'common:error.startOver'), exact: true }).click();
        await expectStep(page, 'nb', 'start', { focus: false });
        // A fresh flow: no answers kept from before.
        const stored = await page.evaluate(() => ({ ...sessionStorage }));
        expect(Object.keys(stored).filter((key) => key !== STORAGE_KEY)).toEqual([]);
        expect(fromEnvelope(MACHINE, stored[STORAGE_KEY] ?? null)?.answers ?? {}).toEqual({});
      },
      {
        clean: false,
        init: (page) =>
          page.addInitScript(() => {
            const of = Intl.DisplayNames.prototype.of;
            Intl.DisplayNames.prototype.of = function (this: Intl.DisplayNames, code: string) {
              const failing = (window as unknown as { failRegionNames?: boolean }).failRegionNames;
              if (failing && this.resolvedOptions().type === 'region' && code === 'NO') {
                throw new Error('injected fault: no name for Norway');
              }
              return of.call(this, code);
            };
          }),
      },
    );
    expectClean({ ...collected, consoleErrors: collected.consoleErrors.slice(1) });
  });
});

describe('(e) a language that cannot be downloaded', () => {
  it('keeps bokmål and says so; English loads once it can be fetched', async () => {
    const collected = await withTab(
      async ({ page, collected }) => {
        const loaded = new Set<string>();
        page.on('request', (request) => loaded.add(request.url()));
        await openStart(page);

        // Every script not fetched for the page in bokmål is another language's strings.
        const before = new Set(loaded);
        const aborted: string[] = [];
        const abortNew = (route: Route) => {
          if (before.has(route.request().url())) return route.continue();
          aborted.push(route.request().url());
          return route.abort('failed');
        };
        await page.route(/\/assets\/[^/]+\.js$/, abortNew);
        const title = await heading(page).textContent();
        const switcher = page.getByRole('navigation', { name: t('nb', 'common:language.label'), exact: true });
        await switcher.locator('summary').click();
        await switcher.getByRole('button', { name: 'English', exact: true }).click();

        const [english, bokmal] = await page.evaluate(() => {
          const names = new Intl.DisplayNames(['nb'], { type: 'language' });
          return [names.of('en'), names.of('nb')];
        });
        const status = switcher.getByRole('status');
        await expect.poll(() => status.textContent()).toBe(t('nb', 'common:language.failed', { language: english!, current: bokmal! }));
        expect(aborted.length, 'English strings are fetched as their own chunks').toBeGreaterThan(0);
        expect(await page.evaluate(() => document.documentElement.lang)).toBe('nb');
        expect(await heading(page).textContent()).toBe(title);
        expect(await page.evaluate((key) => localStorage.getItem(key), LANGUAGE_KEY)).toBeNull();
        expect(appErrors(collected)).toEqual([]);
        expect(collected.consoleErrors.every((line) => NETWORK_FAILURE.test(line))).toBe(true);

        // Once the strings can be fetched, the same button switches: in place, or, where the browser
        // keeps a failed script failed for the document (Chromium does), by opening the page afresh
        // in English, with no `lng` left in the address.
        await page.unroute(/\/assets\/[^/]+\.js$/, abortNew);
        await switchLanguage(page, 'nb', 'en');
        await expectStep(page, 'en', 'start', { focus: false });
        expect(new URL(page.url()).search).toBe('');
        const switcherInEnglish = page.getByRole('navigation', { name: t('en', 'common:language.label'), exact: true });
        expect(await switcherInEnglish.getByRole('status').textContent()).toBe('');
      },
      { clean: false },
    );
    expectClean({ ...collected, consoleErrors: appErrors(collected) });
  });
});

