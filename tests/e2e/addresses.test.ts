/**
 * Addresses as people type them: a step's slug in any case, with a trailing slash, or /index.html
 * for the start, opens that page and is then written as the wizard writes it.
 */
import { createActor } from 'xstate';
import { describe, expect, it } from 'vitest';
import { refundMachine } from '../../src/flow/machine';
import { frontierOf } from '../../src/flow/snapshot';
import { chromiumForFile, expectClean } from './browser';
import { expectStep, pathnameOf, searchOf, t } from './wizard';

const openPage = chromiumForFile();

describe('an address typed in another form', () => {
  it.each([
    ['/ARSAK', 'reason'],
    ['/Arsak', 'reason'],
    ['/arsak/', 'reason'],
    ['/index.html', 'start'],
  ] as const)('%s opens %s at its own address', async (typed, step) => {
    const { page, context, collected } = await openPage({ width: 1280, height: 800 });
    try {
      await page.goto(`${typed}?lng=nb`);
      await expectStep(page, 'nb', step, { focus: false });
      expect(await page.locator('main h1').textContent()).not.toBe(t('nb', 'common:notFound.title'));
      expect(searchOf(page)).toBe('');
      // One entry: the typed address was replaced, so Back leaves the wizard.
      expect(await page.evaluate(() => history.length)).toBe(2);
      expect(pathnameOf(page)).toBe(step === 'start' ? '/' : '/arsak');
    } finally {
      await context.close();
    }
    expectClean(collected);
  });

  it('a later step typed in capitals, with no answers, opens the first question the answers allow', async () => {
    const { page, context, collected } = await openPage({ width: 1280, height: 800 });
    try {
      await page.goto('/LAND');
      await expectStep(page, 'nb', frontierOf(createActor(refundMachine).start().getSnapshot()), { focus: false });
    } finally {
      await context.close();
    }
    expectClean(collected);
  });
});
