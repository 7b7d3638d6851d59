/**
 * The accessibility statement at /tilgjengelighet: reached from the footer by keyboard, in both
 * languages, with its strings fetched only when it is shown. (axe, reflow and focus look at it
 * with every other page.)
 */
import { describe, expect, it } from 'vitest';
import { linksFor } from '../../src/config/links';
import { ACCESSIBILITY_PATH, documentTitle, freshStart, LANGUAGE_NAMES, LOCALES, STRINGS, waitForPath } from './wizard';
import { focusInfo } from './a11y-checks';
import { chromiumForFile, expectClean } from './browser';

const openPage = chromiumForFile();

describe('the accessibility statement', () => {
  it('opens from the footer by keyboard with focus on its h1, and follows the language switch', async () => {
    const { page, context, collected } = await openPage({ width: 1280, height: 800, locale: LOCALES.nb });
    const fetched: string[] = [];
    page.on('request', (request) => fetched.push(new URL(request.url()).pathname));
    await freshStart(page);
    expect(fetched.filter((path) => path.includes('accessibility')), 'fetched before it is needed').toEqual([]);

    const footer = STRINGS.nb.common.footer.accessibility;
    for (let i = 0; i < 30 && (await focusInfo(page)).text !== footer; i++) await page.keyboard.press('Tab');
    expect((await focusInfo(page)).text).toBe(footer);
    await page.keyboard.press('Enter');
    await waitForPath(page, ACCESSIBILITY_PATH);

    const strings = STRINGS.nb.accessibility;
    await expect.poll(() => page.locator('main h1').textContent()).toBe(strings.title);
    await expect.poll(async () => (await focusInfo(page)).isHeading, { message: 'focus on the h1' }).toBe(true);
    expect(await page.title()).toBe(documentTitle('nb', strings.title));
    expect(await page.locator('h1').count()).toBe(1);
    expect(await page.locator('main h2').allTextContents()).toEqual([
      strings.standard.heading,
      strings.testing.heading,
      strings.limits.heading,
      strings.feedback.heading,
    ]);
    const main = (await page.locator('main').textContent()) ?? '';
    for (const needle of ['WCAG 2.2', 'WCAG 2.1', 'axe', '320']) expect(main).toContain(needle);
    const contact = page.locator('main a[target="_blank"]');
    expect(await contact.getAttribute('href')).toBe(linksFor('nb').contact);
    expect(await contact.getAttribute('rel')).toBe('noopener noreferrer');
    expect(fetched.some((path) => path.includes('accessibility'))).toBe(true);

    await page.locator('nav summary').click();
    await page.getByRole('button', { name: LANGUAGE_NAMES.en, exact: true }).click();
    await expect.poll(() => page.locator('main h1').textContent()).toBe(STRINGS.en.accessibility.title);
    expect(await page.evaluate(() => document.documentElement.lang)).toBe('en');
    await expect.poll(() => page.title()).toBe(documentTitle('en', STRINGS.en.accessibility.title));
    expect(await page.locator('main a[target="_blank"]').getAttribute('href')).toBe(linksFor('en').contact);

    await page.getByRole('link', { name: STRINGS.en.accessibility.backToGuide, exact: true }).click();
    await waitForPath(page, '/');
    await context.close();
    expectClean(collected);
  });

  it('loads on its own in English, leaving focus at the top', async () => {
    const { page, context, collected } = await openPage({ width: 390, height: 844, locale: LOCALES.en });
    await page.goto(ACCESSIBILITY_PATH);
    await expect.poll(() => page.locator('main h1').textContent()).toBe(STRINGS.en.accessibility.title);
    expect(await page.title()).toBe(documentTitle('en', STRINGS.en.accessibility.title));
    expect((await focusInfo(page)).index).toBe(-1);
    await context.close();
    expectClean(collected);
  });
});
