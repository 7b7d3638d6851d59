/** What any page of the wizard is read by: its address, its heading, where focus is, when it is ready. */
import type { Frame, Locator, Page } from 'playwright-core';
import { expect } from 'vitest';
import { type Answer, type Lang, optionLabel } from './strings';

export function pathnameOf(page: Page): string {
  return new URL(page.url()).pathname;
}

export function searchOf(page: Page): string {
  return new URL(page.url()).search;
}

export function heading(page: Page): Locator {
  return page.locator('main h1');
}

/** Polls a value read from the page until it matches (React renders after the event). */
export function eventually<T>(read: () => Promise<T>, timeout = 5_000) {
  return expect.poll(read, { timeout, interval: 50 });
}

export interface Focused {
  /** Lower case, as in a selector: `h1`, `input`, `select`. */
  tag: string;
  id: string;
  type: string;
  name: string | null;
  text: string;
  value: string;
}

/** Where focus is: enough to find one's way with Tab. */
export function focused(page: Page): Promise<Focused> {
  return page.evaluate(() => {
    const el = document.activeElement as HTMLInputElement | null;
    return {
      tag: el?.tagName.toLowerCase() ?? '',
      id: el?.id ?? '',
      type: el?.getAttribute('type') ?? '',
      name: el?.getAttribute('name') ?? null,
      text: el?.textContent?.trim() ?? '',
      value: el && 'value' in el ? String(el.value) : '',
    };
  });
}

/** The app has taken over the document: a served page is HTML until it has hydrated it. */
export function appRunning(page: Page | Frame): Promise<void> {
  return page.locator('html[data-hydrated]').waitFor({ state: 'attached' });
}

/**
 * The address shows `path` and the app is running on it. A pre-rendered page is HTML until React
 * hydrates it; the app marks `<html data-hydrated>` once it has, and only then does a press on
 * "Start" move the flow rather than load /arsak afresh.
 */
export async function waitForPath(page: Page, path: string): Promise<void> {
  await page.waitForFunction(
    (wanted) => {
      const h1 = document.querySelector('main h1');
      return window.location.pathname === wanted && h1 !== null && document.documentElement.dataset.hydrated !== undefined;
    },
    path,
    { polling: 50 },
  );
}

/** A new person in this tab: nothing saved, the start page loaded. */
export async function freshStart(page: Page): Promise<void> {
  if (page.url().startsWith('http')) await page.evaluate(() => window.sessionStorage.clear());
  await page.goto('/');
  await waitForPath(page, '/');
}

/** The country's name as the browser's own Intl names it, in the page's language. */
export function countryName(page: Page, lang: Lang, code: string): Promise<string> {
  return page.evaluate(
    ([language, region]) => new Intl.DisplayNames([language], { type: 'region' }).of(region) ?? region,
    [lang, code] as const,
  );
}

/** An answer as a person reads it: the option's label, or the country's name. */
export async function answerLabel(page: Page, lang: Lang, { question, value }: Answer): Promise<string> {
  return question === 'country' ? countryName(page, lang, value) : optionLabel(lang, question, value);
}
