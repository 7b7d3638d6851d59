/**
 * A script that never runs is never a blank page: with JavaScript off, the served page shows at
 * once, in bokmål and English, that the guide needs it, with the way to Microsoft's support; when
 * JavaScript is on but the app's script never loads, the same notice appears after a wait, and
 * until then it takes no room (a page that fits has no scrollbar to lose when the app starts).
 */
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { linksFor } from '../../src/config/links';
import { baseURL, launchBrowser } from './browser';
import { heading, t } from './wizard';

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

async function withContext(javaScriptEnabled: boolean, run: (page: Page) => Promise<void>): Promise<void> {
  const context: BrowserContext = await browser.newContext({
    baseURL,
    javaScriptEnabled,
    viewport: { width: 1280, height: 900 },
    locale: 'nb-NO',
  });
  try {
    await run(await context.newPage());
  } finally {
    await context.close();
  }
}

interface Notice {
  visible: boolean;
  height: number;
  paragraphs: { lang: string; text: string; links: string[] }[];
}

function notice(page: Page): Promise<Notice | null> {
  return page.evaluate(() => {
    const box = document.querySelector<HTMLElement>('.no-app');
    if (!box) return null;
    return {
      visible: getComputedStyle(box).visibility === 'visible',
      height: box.getBoundingClientRect().height,
      paragraphs: [...box.querySelectorAll('p')].map((p) => ({
        lang: p.lang,
        text: p.textContent ?? '',
        links: [...p.querySelectorAll('a')].map((a) => a.href),
      })),
    };
  });
}

function expectTheNotice(found: Notice | null): void {
  expect(found?.visible).toBe(true);
  expect(found?.height).toBeGreaterThan(0);
  expect(found?.paragraphs.map(({ lang, links }) => [lang, links])).toEqual([
    ['nb', [linksFor('nb').contact]],
    ['en', [linksFor('en').contact]],
  ]);
  expect(found?.paragraphs[0]?.text).toContain('JavaScript');
  expect(found?.paragraphs[1]?.text).toContain('JavaScript');
}

describe('with JavaScript turned off', () => {
  it('the start page shows, and says at once that the guide needs JavaScript, with the contact page', async () => {
    await withContext(false, async (page) => {
      await page.goto('/');
      expect(await heading(page).textContent()).toBe(t('nb', 'start.title'));
      expectTheNotice(await notice(page));
    });
  });

  it('an address that depends on the tab shows the neutral frame and the notice: no heading, nothing to press but links', async () => {
    await withContext(false, async (page) => {
      await page.goto('/land');
      expect(await page.locator('h1').count()).toBe(0);
      expect(await page.locator('main button, main input, main select').count()).toBe(0);
      expectTheNotice(await notice(page));
      // «Trenger du mer hjelp?» keeps its way to Microsoft's contact page (F15).
      expect(await page.getByRole('complementary').getByRole('link').getAttribute('href')).toBe(linksFor('nb').contact);
    });
  });
});

describe('with JavaScript on and the app’s script never loading', () => {
  it('the notice takes no room while it waits, then shows after the wait', async () => {
    await withContext(true, async (page) => {
      await page.route(/\/assets\/.*\.js$/, (route) => route.abort('failed'));
      await page.goto('/');
      expect(await heading(page).textContent()).toBe(t('nb', 'start.title'));
      const waiting = await notice(page);
      expect(waiting?.visible).toBe(false);
      expect(waiting?.height).toBe(0);
      // The start page fits this window: no scrollbar that would go when the app took over.
      expect(await page.evaluate(() => document.documentElement.scrollHeight <= innerHeight)).toBe(true);

      // The wait is a CSS animation's delay: run the page's animations faster rather than wait.
      const cdp = await page.context().newCDPSession(page);
      await cdp.send('Animation.enable');
      await cdp.send('Animation.setPlaybackRate', { playbackRate: 100 });
      await expect.poll(async () => (await notice(page))?.visible, { timeout: 5_000 }).toBe(true);
      expectTheNotice(await notice(page));
    });
  });
});
