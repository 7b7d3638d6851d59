/**
 * What the wizard keeps in the browser: no cookie, the answers alone in sessionStorage, the language
 * choice alone in localStorage.
 */
import { describe, expect, it } from 'vitest';
import { STORAGE_KEY, fromEnvelope } from '../../src/flow/persist';
import { walkTo } from '../paths';
import { switchLanguage, t, walkFromStart } from './wizard';
import { LANGUAGE_KEY, MACHINE, openStart, withTab } from './faults';

// -------------------------------------------------------------------------------------------------
// (f) What the wizard keeps in the browser
// -------------------------------------------------------------------------------------------------

describe('(f) no cookies, and only the answers kept', () => {
  it('after a whole walk in English: no cookie, the envelope (answers and the tab’s language) alone in sessionStorage, the language alone in localStorage', async () => {
    await withTab(async ({ page }) => {
      const consoleLines: string[] = [];
      page.on('console', (message) => consoleLines.push(`${message.type()}: ${message.text()}`));
      const walk = walkTo('prorated');
      await openStart(page);
      await switchLanguage(page, 'nb', 'en');
      await walkFromStart(page, 'en', walk);
      await page.getByRole('button', { name: t('en', 'feedback.yes'), exact: true }).click();
      await page.getByRole('status').filter({ hasText: t('en', 'feedback.thanks') }).waitFor();

      expect(await page.context().cookies()).toEqual([]);
      expect(await page.evaluate(() => document.cookie)).toBe('');
      const storage = await page.evaluate(() => ({
        session: Object.fromEntries(Object.entries(sessionStorage)),
        local: Object.fromEntries(Object.entries(localStorage)),
      }));
      expect(Object.keys(storage.session)).toEqual([STORAGE_KEY]);
      const stored = JSON.parse(storage.session[STORAGE_KEY]!) as Record<string, unknown>;
      // The language chosen in the switch is the tab's, kept with its flow, and so is the rating of
      // the outcome (asked once): an outcome and a yes or no, nothing more.
      expect(Object.keys(stored).sort()).toEqual(['feedback', 'language', 'machine', 'snapshot', 'v']);
      expect(stored.language).toBe('en');
      expect(stored.feedback).toEqual({ [walk.end]: { helpful: true, reason: null } });
      expect(Object.keys(stored.snapshot as object).sort()).toEqual(['answers', 'mustShow', 'review', 'step']);
      expect(fromEnvelope(MACHINE, storage.session[STORAGE_KEY]!)).toEqual({
        step: walk.end,
        answers: Object.fromEntries(walk.answers.map(({ question, value }) => [question, value])),
        review: false,
        mustShow: [],
      });
      expect(storage.local).toEqual({ [LANGUAGE_KEY]: 'en' });

      // Nor anywhere else a page can keep things.
      expect(
        await page.evaluate(async () => ({
          databases: (await indexedDB.databases()).length,
          caches: (await caches.keys()).length,
          workers: (await navigator.serviceWorker.getRegistrations()).length,
        })),
      ).toEqual({ databases: 0, caches: 0, workers: 0 });
      // And nothing was written to the console on the way.
      expect(consoleLines).toEqual([]);
    });
  });
});

