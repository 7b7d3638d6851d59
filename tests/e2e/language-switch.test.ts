/**
 * The language switch behaves as the disclosure menus people know: it opens over the page without
 * pushing it down, Escape closes it and gives focus back to its summary, a choice closes it, so do a
 * click and a Tab elsewhere. It is a `<details>`, which the browser tells a screen reader is a
 * button, open or closed, and which works before the script has run.
 */
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { chromiumForFile, expectClean } from './browser';
import { LANGUAGE_NAMES, expectStep, focused, freshStart, heading, languageToggle, t } from './wizard';

const openPage = chromiumForFile();

async function withStart(width: number, run: (page: Page) => Promise<void>): Promise<void> {
  const { page, context, collected } = await openPage({ width, height: 700 });
  try {
    await freshStart(page);
    await run(page);
  } finally {
    await context.close();
  }
  expectClean(collected);
}

function list(page: Page) {
  return page.locator('.language-switch ul');
}

async function isOpen(page: Page): Promise<{ open: boolean; listShown: boolean }> {
  return {
    open: await page.locator('.language-switch details').evaluate((details) => (details as HTMLDetailsElement).open),
    listShown: await list(page).isVisible(),
  };
}

const OPEN = { open: true, listShown: true };
const CLOSED = { open: false, listShown: false };

describe.each([320, 1280])('the language switch at %i px', (width) => {
  it('opens over the page, within the screen, named by its label and the language shown', async () => {
    await withStart(width, async (page) => {
      const toggle = languageToggle(page, 'nb');
      expect(await isOpen(page)).toEqual(CLOSED);
      const before = await heading(page).boundingBox();
      await toggle.click();
      expect(await isOpen(page)).toEqual(OPEN);
      expect(await heading(page).boundingBox(), 'the page is not pushed down').toEqual(before);
      const box = (await list(page).boundingBox())!;
      expect(box.x).toBeGreaterThanOrEqual(0);
      expect(box.x + box.width).toBeLessThanOrEqual(width);
      expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(width);
      // Its name says what it is in any language: the label and the current language.
      expect(await toggle.textContent()).toContain(t('nb', 'common:language.label'));
      expect(await toggle.textContent()).toContain(LANGUAGE_NAMES.nb);
    });
  });

  it('by keyboard: Enter opens, Tab reaches each language, Escape closes and focus is back on the summary', async () => {
    await withStart(width, async (page) => {
      await languageToggle(page, 'nb').focus();
      await page.keyboard.press('Enter');
      expect(await isOpen(page)).toEqual(OPEN);
      await page.keyboard.press('Tab');
      expect((await focused(page)).text).toBe(LANGUAGE_NAMES.nb);
      await page.keyboard.press('Tab');
      expect((await focused(page)).text).toBe('Norsk nynorsk');
      await page.keyboard.press('Escape');
      expect(await isOpen(page)).toEqual(CLOSED);
      expect(await focused(page)).toMatchObject({ tag: 'summary', text: expect.stringContaining(LANGUAGE_NAMES.nb) as string });

      // Space opens it too; Tab past the last language closes it, so it never covers what has focus.
      await page.keyboard.press(' ');
      expect(await isOpen(page)).toEqual(OPEN);
      const count = await list(page).locator('button').count();
      for (let i = 0; i <= count; i++) await page.keyboard.press('Tab');
      expect(await isOpen(page)).toEqual(CLOSED);
      expect(await page.evaluate(() => document.activeElement?.closest('.language-switch'))).toBeNull();
    });
  });

  it('a choice closes it, focus on its summary, the page in the new language; a click outside closes it', async () => {
    await withStart(width, async (page) => {
      await languageToggle(page, 'nb').click();
      await page.getByRole('button', { name: LANGUAGE_NAMES.en, exact: true }).click();
      await expectStep(page, 'en', 'start', { focus: false });
      expect(await isOpen(page)).toEqual(CLOSED);
      expect((await focused(page)).tag).toBe('summary');

      await languageToggle(page, 'en').click();
      expect(await isOpen(page)).toEqual(OPEN);
      await page.mouse.click(5, 600);
      expect(await isOpen(page)).toEqual(CLOSED);
      // A second press on its summary closes it too.
      await languageToggle(page, 'en').click();
      await languageToggle(page, 'en').click();
      expect(await isOpen(page)).toEqual(CLOSED);
    });
  });
});
