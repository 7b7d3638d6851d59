import { AxeBuilder } from '@axe-core/playwright';
import { describe, expect, it } from 'vitest';
import { AXE_TAGS } from './a11y-checks';
import { chromiumForFile, expectClean } from './browser';

const openPage = chromiumForFile();

describe('Hebrew, right to left', () => {
  it('mirrors the page: dir=rtl, the back link on the right, no sideways scrolling at 320 px, axe clean', async () => {
    const { page, context, collected } = await openPage({ width: 320, height: 640, locale: 'he-IL' });
    await page.goto('/');
    await expect.poll(() => page.evaluate(() => [document.documentElement.lang, document.documentElement.dir])).toEqual(['he', 'rtl']);
    await page.locator('main .button--start').click();
    await page.waitForURL(/\/arsak$/);

    const back = (await page.locator('.back-link').boundingBox())!;
    const heading = (await page.locator('main h1').boundingBox())!;
    // Mirrored: the back link starts at the right edge, as the heading does.
    expect(back.x + back.width).toBeGreaterThan(320 - 40);
    expect(back.x).toBeGreaterThan(320 / 2);
    expect(heading.x + heading.width).toBeGreaterThan(320 - 40);
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(320);

    // Latin names keep their own direction inside the Hebrew text.
    await page.locator('main input[type="radio"]').nth(1).check();
    await page.locator('main button[type="submit"]').click();
    await page.waitForURL(/\/abonnement$/);
    expect(await page.locator('main label').first().textContent()).toContain('Microsoft 365 Basic');
    // So does the support code: isolated left to right, or a code whose first group is all digits
    // would show its two groups swapped.
    expect(
      await page.locator('.more-help .code').evaluate((code) => {
        const style = getComputedStyle(code);
        return [style.direction, style.unicodeBidi];
      }),
    ).toEqual(['ltr', 'isolate']);

    const results = await new AxeBuilder({ page })
      .withTags(AXE_TAGS)
      .analyze();
    expect(results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
    expectClean(collected);
    await context.close();
  });
});
