/**
 * What the fault tests share: a tab that records every problem, the start page ready for clicks,
 * a settled page, what a hostile payload could have become, and the error page as it must look.
 */
import type { Page } from 'playwright-core';
import { expect } from 'vitest';
import { linksFor } from '../../src/config/links';
import { refundMachine } from '../../src/flow/machine';
import { STORAGE_KEY } from '../../src/flow/persist';
import { type Collected, baseURL, chromiumForFile, expectClean } from './browser';
import { expectStep, heading, t } from './wizard';

export const ORIGIN = new URL(baseURL).origin;
export const MACHINE = refundMachine.id;
/** The only addresses off the site a page may link to: the configured ones, in either language. */
export const CONFIGURED_LINKS = [...new Set([...Object.values(linksFor('nb')), ...Object.values(linksFor('en'))])];
export const LANGUAGE_KEY = 'refusjonsveiviser.sprak';

export const openPage = chromiumForFile();

export interface Tab {
  page: Page;
  collected: Collected;
}

/** A fresh context, optionally with an init script; the context is closed after `run`. */
export async function withTab(
  run: (tab: Tab) => Promise<void>,
  { init, clean = true }: { init?: (page: Page) => Promise<unknown>; clean?: boolean } = {},
): Promise<Collected> {
  const { page, context, collected } = await openPage({ width: 1280, height: 900 });
  try {
    await init?.(page);
    await run({ page, collected });
  } finally {
    await context.close();
  }
  if (clean) expectClean(collected);
  return collected;
}

/**
 * The start page, ready for clicks: it is pre-rendered, so its buttons only work once the app has
 * loaded its strings and hydrated it (a click before that is lost).
 */
export async function openStart(page: Page): Promise<void> {
  await page.goto('/');
  await expectStep(page, 'nb', 'start', { focus: false });
  await page.waitForLoadState('networkidle');
}

/** Waits for a page with a non-empty h1, the address settled and a frame painted after it. */
export async function settled(page: Page): Promise<string> {
  const h1 = page.locator('main h1');
  await expect.poll(async () => ((await h1.count()) === 1 ? ((await h1.textContent()) ?? '').trim() : ''), { timeout: 10_000 }).not.toBe('');
  await page.evaluate(() => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(() => setTimeout(done, 30)))));
  return ((await h1.textContent()) ?? '').trim();
}

/**
 * Everything a payload could have become: inline handlers, script URLs, elements that run or
 * load things, the payloads' own marker names, and links to anywhere but the site and the
 * configured addresses.
 */
export async function hostileMarkup(page: Page): Promise<string[]> {
  return page.evaluate((configured) => {
    const problems: string[] = [];
    const describe = (el: Element) => `<${el.tagName.toLowerCase()}${el.id ? `#${el.id}` : ''}>`;
    const URL_ATTRIBUTES = ['href', 'src', 'action', 'formaction', 'xlink:href', 'data', 'poster', 'background', 'srcdoc', 'ping'];
    for (const el of document.querySelectorAll('*')) {
      for (const { name, value } of el.attributes) {
        const attribute = name.toLowerCase();
        // eslint-disable-next-line no-control-regex
        const squeezed = value.replace(/[\u0000-\u0020]+/g, '').toLowerCase();
        if (attribute.startsWith('on')) problems.push(`${describe(el)} has ${attribute}="${value.slice(0, 60)}"`);
        if (URL_ATTRIBUTES.includes(attribute) && /^(javascript|vbscript|data):/.test(squeezed)) {
          problems.push(`${describe(el)} has ${attribute}="${value.slice(0, 60)}"`);
        }
        if (attribute === 'style' && /expression|url\(/i.test(value)) problems.push(`${describe(el)} has style="${value.slice(0, 60)}"`);
        if (/pwn/i.test(attribute) || /pwn/i.test(squeezed)) problems.push(`${describe(el)} carries the payload marker in ${attribute}`);
      }
      if (/pwn|xss/i.test(el.tagName)) problems.push(`payload element ${describe(el)}`);
    }
    const forbidden = [
      'body script',
      // The script before the first paint is the head's first, allowed by its hash in the CSP.
      'script:not([src]):not(head > script:first-of-type)',
      'iframe',
      'frame',
      'object',
      'embed',
      'applet',
      'base',
      'form[action]',
      'meta[http-equiv="refresh" i]',
      'body style',
      'body link',
      'svg script',
      'math',
      'marquee',
      'img',
      'video',
      'audio',
    ];
    for (const el of document.querySelectorAll(forbidden.join(','))) problems.push(`unexpected element ${describe(el)}`);
    for (const script of document.querySelectorAll<HTMLScriptElement>('script[src]')) {
      const src = new URL(script.src, location.href);
      if (src.origin !== location.origin || !src.pathname.startsWith('/assets/')) problems.push(`script from ${script.src}`);
    }
    for (const link of document.querySelectorAll<HTMLLinkElement>('link[href]')) {
      if (new URL(link.href, location.href).origin !== location.origin) problems.push(`<link> to ${link.href}`);
    }
    for (const a of document.querySelectorAll('a')) {
      const raw = a.getAttribute('href');
      if (raw === null) continue;
      const href = (a as HTMLAnchorElement).href;
      let target: URL;
      try {
        target = new URL(href, location.href);
      } catch {
        problems.push(`link with an unparseable address ${raw.slice(0, 60)}`);
        continue;
      }
      if (target.protocol !== 'http:' && target.protocol !== 'https:') problems.push(`link to ${target.protocol} ${raw.slice(0, 60)}`);
      else if (target.origin !== location.origin && !configured.includes(href)) problems.push(`link off the site to ${href.slice(0, 100)}`);
    }
    if (Object.keys(Object.prototype).length > 0) problems.push(`Object.prototype polluted: ${Object.keys(Object.prototype).join(',')}`);
    return problems;
  }, CONFIGURED_LINKS);
}

/** The page shows something sensible and nothing hostile; returns the h1. */
export async function expectSafePage(page: Page): Promise<string> {
  const h1 = await settled(page);
  expect(await hostileMarkup(page)).toEqual([]);
  expect(new URL(page.url()).origin).toBe(ORIGIN);
  expect(await page.evaluate(() => Object.keys(sessionStorage).filter((key) => key !== 'refusjonsveiviser'))).toEqual([]);
  return h1;
}


/**
 * One tab for the many hostile loads, fresh for each: an init script empties the storage and puts
 * in the envelope given (through window.name, which outlives the navigation) before the app loads.
 */
export interface SharedTab extends Tab {
  load(address: string, stored?: string | null): Promise<number | undefined>;
  close(): Promise<void>;
}

export async function sharedTab(): Promise<SharedTab> {
  const { page, context, collected } = await openPage({ width: 1280, height: 900 });
  const dialogs: string[] = [];
  page.on('dialog', (dialog) => {
    dialogs.push(dialog.message());
    void dialog.dismiss();
  });
  // The in-between document below is not a page of the app: Chromium asks for /favicon.ico for it.
  await page.route(`${ORIGIN}/favicon.ico`, (route) => route.fulfill({ status: 204 }));
  await page.addInitScript((key) => {
    const prefix = 'faults:';
    if (!window.name.startsWith(prefix)) return;
    const stored = JSON.parse(window.name.slice(prefix.length)) as string | null;
    window.name = '';
    sessionStorage.clear();
    localStorage.clear();
    if (stored !== null) sessionStorage.setItem(key, stored);
  }, STORAGE_KEY);
  return {
    page,
    collected,
    async load(address, stored = null) {
      for (const list of Object.values(collected)) list.length = 0;
      dialogs.length = 0;
      // A document of the site's own that is not the app, so the next load is a whole new one.
      await page.goto('/embed.js');
      await page.evaluate((value) => (window.name = `faults:${JSON.stringify(value)}`), stored);
      const response = await page.goto(`${ORIGIN}${address}`);
      collected.pageErrors.push(...dialogs.map((message) => `dialog opened: ${message}`));
      return response?.status();
    },
    close: () => context.close(),
  };
}

export async function expectCleanShared(tab: SharedTab): Promise<void> {
  await settled(tab.page);
  expectClean(tab.collected);
}



export const NETWORK_FAILURE = /^Failed to load resource/;

/** Console errors from the app itself: not the browser's own line for a request made to fail. */
export const appErrors = (collected: Collected) => collected.consoleErrors.filter((line) => !NETWORK_FAILURE.test(line));

export async function expectErrorPage(page: Page): Promise<void> {
  await expect.poll(() => heading(page).textContent(), { timeout: 10_000 }).toBe(t('nb', 'common:error.title'));
  await settled(page);
  const main = page.getByRole('main');
  await expect.poll(() => main.getByRole('button', { name: t('nb', 'common:error.retry'), exact: true }).count()).toBe(1);
  expect(await main.getByRole('button', { name: t('nb', 'common:error.startOver'), exact: true }).count()).toBe(1);
  // Help is beside it, as on every page: the support link is the configured one.
  const help = page.getByRole('complementary', { name: t('nb', 'common:moreHelp.heading'), exact: true });
  expect(await help.locator(`a[href="${linksFor('nb').contact}"]`).count()).toBe(1);
  expect(await hostileMarkup(page)).toEqual([]);
}

