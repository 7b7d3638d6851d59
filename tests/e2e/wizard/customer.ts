/**
 * The customer's pages, driven the way a person does: reads the question, picks the answer by its
 * visible label and presses "Fortsett", in the language chosen.
 */
import type { Frame, FrameLocator, Locator, Page } from 'playwright-core';
import { expect } from 'vitest';
import { linksFor } from '../../../src/config/links';
import { pathOf } from '../../../src/flow/snapshot';
import type { QuestionId, StepId } from '../../../src/flow/steps';
import type { Walk } from '../../paths';
import { answerLabel, appRunning, eventually, focused, heading, pathnameOf } from './page';
import { type Answer, LANGUAGE_NAMES, type Lang, documentTitle, optionLabel, t, titleOf } from './strings';

export interface ExpectStepOptions {
  /** The answers given so far, for titles that name them (the app store outcome). */
  answers?: readonly Answer[];
  /** After a step change the h1 takes focus; not on a fresh load. */
  focus?: boolean;
}

/**
 * The page shows `step`: its address, its h1, its document title, and after a step change focus on
 * the h1; after a fresh load, the app running on it.
 */
export async function expectStep(page: Page, lang: Lang, step: StepId, options: ExpectStepOptions = {}) {
  const { answers = [], focus = true } = options;
  const title = titleOf(lang, step, answers);
  // Read together, so a page half-way (the old address with the new heading) never passes.
  await eventually(async () => ({
    path: pathnameOf(page),
    heading: await heading(page).textContent({ timeout: 1_000 }).catch(() => null),
    title: await page.title(),
  })).toEqual({ path: pathOf(step), heading: title, title: documentTitle(lang, title) });
  if (focus) await eventually(() => focused(page)).toMatchObject({ tag: 'h1', text: title });
  // A page opened afresh is the server's HTML until the app has hydrated it; what the test does next
  // is meant for the app.
  else await appRunning(page);
}

export function countrySelect(page: Page, lang: Lang): Locator {
  return page.getByRole('combobox', { name: t(lang, 'common:country.label'), exact: true });
}

export function radio(page: Page, lang: Lang, question: Exclude<QuestionId, 'country'>, value: string): Locator {
  return page.getByRole('radio', { name: optionLabel(lang, question, value), exact: true });
}

/** Picks an answer the way a person does; it must not move on by itself. */
export async function choose(page: Page, lang: Lang, { question, value }: Answer): Promise<void> {
  const before = page.url();
  if (question === 'country') await countrySelect(page, lang).selectOption(value);
  else await radio(page, lang, question, value).check();
  expect(page.url(), 'choosing alone must not change the address').toBe(before);
}

export function continueButton(page: Page, lang: Lang): Locator {
  return page.getByRole('button', { name: t(lang, 'common:continue'), exact: true });
}

export async function answer(page: Page, lang: Lang, given: Answer): Promise<void> {
  await choose(page, lang, given);
  await continueButton(page, lang).click();
}

/** "Fortsett" with nothing chosen: the error summary shows and takes focus. */
export async function showError(page: Page, lang: Lang, question: QuestionId): Promise<void> {
  if (question === 'country') await countrySelect(page, lang).selectOption('');
  await continueButton(page, lang).click();
  await page.locator('.error-summary').waitFor();
  await page.waitForFunction(() => document.activeElement?.classList.contains('error-summary'), null, {
    polling: 50,
  });
}

/** The value chosen on the question shown (the pre-selected one when coming back). */
export async function chosen(page: Page, lang: Lang, question: QuestionId): Promise<string | null> {
  if (question === 'country') return (await countrySelect(page, lang).inputValue()) || null;
  const values = await page
    .locator(`main input[type="radio"][name="${question}"]`)
    .evaluateAll((inputs) => inputs.filter((i) => (i as HTMLInputElement).checked).map((i) => (i as HTMLInputElement).value));
  if (values.length > 1) throw new Error(`More than one answer checked: ${values.join(', ')}`);
  return values[0] ?? null;
}

/** What opens and closes the list of languages: the disclosure's summary, a button to a screen reader. */
export function languageToggle(page: Page | Frame | FrameLocator, lang: Lang): Locator {
  return page.getByRole('navigation', { name: t(lang, 'common:language.label'), exact: true }).locator('summary');
}

/** The button for a language in the switch, its disclosure opened first if it is closed. */
export async function languageButton(page: Page | Frame | FrameLocator, from: Lang, to: Lang): Promise<Locator> {
  const nav = page.getByRole('navigation', { name: t(from, 'common:language.label'), exact: true });
  if (!(await nav.locator('details').evaluate((details) => (details as HTMLDetailsElement).open))) {
    await nav.locator('summary').click();
  }
  return nav.getByRole('button', { name: LANGUAGE_NAMES[to], exact: true });
}

export async function switchLanguage(page: Page, from: Lang, to: Lang): Promise<void> {
  await (await languageButton(page, from, to)).click();
  await eventually(() => page.evaluate(() => document.documentElement.lang)).toBe(to);
}

/**
 * "Start" on the start page: a link styled as a button (GOV.UK), or a button. Pressed once the app
 * has hydrated the server's page: a press before that loads /arsak afresh, as a fresh load, which
 * leaves focus where a new document starts (a busy machine's click can beat hydration).
 */
export async function clickStart(page: Page | Frame, lang: Lang): Promise<void> {
  const name = t(lang, 'start.button');
  await appRunning(page);
  await page
    .getByRole('main')
    .getByRole('link', { name, exact: true })
    .or(page.getByRole('main').getByRole('button', { name, exact: true }))
    .click();
}

export interface WalkHooks {
  /** Called on each question page, before it is answered, with the answers given so far. */
  onQuestion?: (question: QuestionId, answersSoFar: readonly Answer[]) => Promise<void>;
}

/**
 * From the start page, answers every question of the walk and ends on its outcome. At each step
 * the page must be the expected question (address, h1, document title, focus on the h1).
 */
export async function walkFromStart(page: Page, lang: Lang, walk: Walk, hooks: WalkHooks = {}): Promise<void> {
  await expectStep(page, lang, 'start', { focus: false });
  await clickStart(page, lang);
  await answerAll(page, lang, walk.answers, hooks);
  await expectStep(page, lang, walk.end, { answers: walk.answers });
}

/** Answers the given questions in order, each on its own page. */
export async function answerAll(
  page: Page,
  lang: Lang,
  answers: readonly Answer[],
  hooks: WalkHooks = {},
  before: readonly Answer[] = [],
): Promise<void> {
  const given = [...before];
  for (const next of answers) {
    await expectStep(page, lang, next.question, { answers: given });
    await hooks.onQuestion?.(next.question, given);
    await answer(page, lang, next);
    given.push(next);
  }
}

export function answersRegion(page: Page, lang: Lang): Locator {
  return page.getByRole('region', { name: t(lang, 'common:answers.heading'), exact: true });
}

/** "Svarene dine" as [question, answer] pairs, as read on the page. */
export async function listedAnswers(page: Page, lang: Lang): Promise<[string, string][]> {
  const region = answersRegion(page, lang);
  if ((await region.count()) === 0) return [];
  return region.locator('dl > div').evaluateAll((rows) =>
    rows.map((row) => [
      row.querySelector('dt')?.textContent?.trim() ?? '',
      row.querySelector('dd')?.textContent?.trim() ?? '',
    ]),
  ) as Promise<[string, string][]>;
}

/** What "Svarene dine" should list for these answers. */
export async function expectedAnswers(page: Page, lang: Lang, answers: readonly Answer[]): Promise<[string, string][]> {
  const rows: [string, string][] = [];
  for (const given of answers) rows.push([t(lang, `${given.question}.summary`), await answerLabel(page, lang, given)]);
  return rows;
}

/** The "Endre" link of one answer in the summary. */
export function changeLink(page: Page, lang: Lang, question: QuestionId): Locator {
  const name = `${t(lang, 'common:answers.change')} ${t(lang, 'common:answers.changeHidden', {
    question: t(lang, `${question}.title`),
  })}`;
  return answersRegion(page, lang).getByRole('link', { name, exact: true });
}

/** The text of `main` as read, with the "(opens in a new tab)" notes of links left out. */
export async function mainText(page: Page, lang: Lang): Promise<string> {
  const text = (await page.locator('main').textContent()) ?? '';
  return normalise(text.split(` ${t(lang, 'common:newTab')}`).join(''));
}

export function normalise(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}

export interface LinkInfo {
  href: string;
  rel: string | null;
  target: string | null;
  text: string;
}

/** Every link on the page that leaves the site. */
export async function externalLinks(page: Page): Promise<LinkInfo[]> {
  return page.locator('a[href]').evaluateAll((links) =>
    links
      .map((a) => a as HTMLAnchorElement)
      .filter((a) => new URL(a.href, location.href).origin !== location.origin)
      .map((a) => ({
        href: a.getAttribute('href') ?? '',
        rel: a.getAttribute('rel'),
        target: a.getAttribute('target'),
        text: a.textContent ?? '',
      })),
  );
}

/** Every link out is a configured address, opens safely, and "Trenger du mer hjelp?" names the right contact page. */
export async function expectSafeLinks(page: Page, lang: Lang): Promise<void> {
  // The app's links: until it has taken over, a served page also holds the notice for a script that
  // never loads, which links to the contact page in bokmål and English.
  await appRunning(page);
  const configured = new Set(Object.values(linksFor(lang)));
  const links = await externalLinks(page);
  expect(links.length).toBeGreaterThan(0);
  for (const link of links) {
    expect(link.rel, `rel of ${link.href}`).toBe('noopener noreferrer');
    expect(configured, `${link.href} is a configured address`).toContain(link.href);
  }
  const help = page.getByRole('complementary', { name: t(lang, 'common:moreHelp.heading'), exact: true });
  const contact = help.getByRole('link');
  expect(await contact.count()).toBe(1);
  expect(await contact.getAttribute('href')).toBe(
    lang === 'nb' ? 'https://support.microsoft.com/nb-no/contactus' : 'https://support.microsoft.com/en-us/contactus',
  );
}

/** Where a link with this configured id points, in this language. */
export function linkTo(lang: Lang, id: keyof ReturnType<typeof linksFor>): string {
  return linksFor(lang)[id];
}

export function mainLink(page: Page, href: string): Locator {
  return page.locator(`main a[href="${href}"]`);
}

