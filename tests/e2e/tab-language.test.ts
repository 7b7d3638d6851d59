/**
 * A language given by the address lasts for the tab (issue 16): `lng` is taken out of the address,
 * so the tab keeps it with its flow, and a reload (a phone does one by itself when it drops a tab
 * while the person is on Microsoft's pages), Back and Forward stay in it. Within a tab the last
 * explicit choice wins; a new tab starts from `?lng=`, then the remembered choice, then the browser.
 */
import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { STORAGE_KEY } from '../../src/flow/persist';
import { chromiumForFile, expectClean } from './browser';
import { appRunning, waitForPath } from './wizard';

const openPage = chromiumForFile();
const flowIn = (lang: string) => JSON.parse(readFileSync(new URL(`../../locales/${lang}/flow.json`, import.meta.url), 'utf8'));
const title = (lang: string, step: string): string => flowIn(lang)[step].title.replace(/\u00ad/g, '');

async function shown(page: Page): Promise<{ lang: string; h1: string }> {
  await appRunning(page);
  return page.evaluate(() => ({
    lang: document.documentElement.lang,
    h1: (document.querySelector('main h1')?.textContent ?? '').replace(/\u00ad/g, ''),
  }));
}

describe('the language of a tab', () => {
  it('a link’s ?lng= stays through an answer, a reload, Back and Forward, from an English browser', async () => {
    const { page, context, collected } = await openPage({ width: 412, height: 800, locale: 'en-US' });
    await page.goto('/?arsak=avslutte&lng=sv');
    await waitForPath(page, '/abonnement');
    expect(await shown(page)).toEqual({ lang: 'sv', h1: title('sv', 'plan') });
    expect(new URL(page.url()).search).toBe('');
    await page.locator('main input[type=radio]').first().check();
    await page.locator('main form button[type=submit]').click();
    await waitForPath(page, '/hvor-kjopt');
    await page.reload();
    expect(await shown(page)).toEqual({ lang: 'sv', h1: title('sv', 'purchase') });
    await page.goBack();
    await waitForPath(page, '/abonnement');
    expect(await shown(page)).toEqual({ lang: 'sv', h1: title('sv', 'plan') });
    await page.goForward();
    await waitForPath(page, '/hvor-kjopt');
    expect(await shown(page)).toEqual({ lang: 'sv', h1: title('sv', 'purchase') });
    // Kept with the flow, and nowhere else: the remembered choice is the switch's alone.
    const stored = await page.evaluate((key) => ({ session: sessionStorage.getItem(key), local: { ...localStorage } }), STORAGE_KEY);
    expect(JSON.parse(stored.session!).language).toBe('sv');
    expect(stored.local).toEqual({});
    await context.close();
    expectClean(collected);
  });

  it('stays before any answer too, and the switch is the tab’s last choice', async () => {
    const { page, context, collected } = await openPage({ width: 412, height: 800, locale: 'en-US' });
    await page.goto('/?lng=fi');
    expect((await shown(page)).lang).toBe('fi');
    await page.reload();
    expect(await shown(page)).toEqual({ lang: 'fi', h1: title('fi', 'start') });
    await page.locator('.language-switch summary').click();
    await page.locator('.language-switch').getByRole('button', { name: 'Dansk', exact: true }).click();
    await page.waitForFunction(() => document.documentElement.lang === 'da');
    await page.reload();
    expect(await shown(page)).toEqual({ lang: 'da', h1: title('da', 'start') });
    await context.close();
    expectClean(collected);
  });

  it('outranks the choice remembered from another visit; a new tab starts from that choice', async () => {
    const { page, context, collected } = await openPage({ width: 412, height: 800, locale: 'en-US' });
    await page.goto('/');
    await page.evaluate(() => localStorage.setItem('refusjonsveiviser.sprak', 'de'));
    await page.goto('/?lng=sv');
    await page.reload();
    expect((await shown(page)).lang).toBe('sv');
    const other = await context.newPage();
    await other.goto('/');
    expect(await shown(other)).toEqual({ lang: 'de', h1: title('de', 'start') });
    await context.close();
    expectClean(collected);
  });
});
