/**
 * The production build in Debian's Chromium: a full walk to each of the eleven outcomes in both
 * languages, the facts of the spec where it puts them, and the error summary.
 */
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { shownBlocks } from '../../src/flow/conditions';
import { metaOf } from '../../src/flow/snapshot';
import { OUTCOME_IDS, type OutcomeId, type QuestionId } from '../../src/flow/steps';
import { type Walk, allWalksToOutcomes, shortestWalkToEachOutcome } from '../paths';
import { type Collected, chromiumForFile, expectClean } from './browser';
import {
  type Answer,
  answersOf,
  answerAll,
  chosen,
  clickStart,
  continueButton,
  countryName,
  countrySelect,
  documentTitle,
  eventually,
  expectedAnswers,
  expectSafeLinks,
  expectStep,
  focused,
  heading,
  type Lang,
  LANGS,
  languageButton,
  linkTo,
  listedAnswers,
  mainLink,
  mainText,
  optionLabel,
  pathnameOf,
  prefixOf,
  radio,
  switchLanguage,
  t,
  titleOf,
  tList,
  valuesFor,
  walkFromStart,
} from './wizard';

/** F6: the ten countries of the seed article, and only these (Norway is not one of them). */
const F6_COUNTRIES = ['CA', 'DK', 'FI', 'DE', 'IL', 'KR', 'NL', 'PL', 'PT', 'TR'];
/** F12: the free quota after cancelling Basic, Personal or Family. */
const F12 = { cloudGb: 5, mailboxGb: 15 };

const walks = shortestWalkToEachOutcome();

const openPage = chromiumForFile();

/** A fresh context per test; the page must stay clean (no errors, CSP violations or requests out). */
async function withPage(run: (page: Page, collected: Collected) => Promise<void>): Promise<void> {
  const { page, context, collected } = await openPage({ width: 1280, height: 900 });
  try {
    await run(page, collected);
  } finally {
    await context.close();
  }
  expectClean(collected);
}

/** Opens the start page in the given language, switching on the start page as a person would. */
async function openStart(page: Page, lang: Lang): Promise<void> {
  await page.goto('/');
  // The pre-rendered switch only works once the app has taken the page over (expectStep waits for it).
  await expectStep(page, 'nb', 'start', { focus: false });
  if (lang !== 'nb') {
    await switchLanguage(page, 'nb', lang);
    await expectStep(page, lang, 'start', { focus: false });
  }
}

function given(answers: readonly Answer[]): Partial<Record<QuestionId, string>> {
  return Object.fromEntries(answers.map(({ question, value }) => [question, value]));
}

async function expectStartFacts(page: Page, lang: Lang): Promise<void> {
  const text = await mainText(page, lang);
  // F1 (cancel first) and F2 (not every cancellation gives a refund), up front.
  for (const fact of tList(lang, 'start.facts')) {
    expect(text).toContain(fact);
    expect(await page.locator('main li', { hasText: fact }).isVisible()).toBe(true);
  }
}

/** The facts each question page must show for the answers given so far. */
async function expectQuestionFacts(page: Page, lang: Lang, question: QuestionId, so: readonly Answer[]) {
  await expectSafeLinks(page, lang);
  const answers = given(so);
  const text = await mainText(page, lang);
  switch (question) {
    case 'signIn': {
      // F7: the Subscriptions page, with the account that bought it.
      expect(await mainLink(page, linkTo(lang, 'subscriptions')).count()).toBe(1);
      expect(text).toContain(t(lang, 'signIn.hint'));
      expect(text).toContain(t(lang, 'signIn.account'));
      // F5: "not sure" carries on with a note about app stores.
      if (answers.purchase === 'usikker') expect(text).toContain(t(lang, 'signIn.unsureNote'));
      else expect(text).not.toContain(t(lang, 'signIn.unsureNote'));
      break;
    }
    case 'storage': {
      // F12 for every plan, with the spec's numbers; F13 only for Family.
      // F12 and F13 in one paragraph for Family, which speaks of those shared with.
      const plan = optionLabel(lang, 'plan', answers.plan!);
      const [key, other] = answers.plan === 'familie' ? ['storage.lossShared', 'storage.lossOwn'] : ['storage.lossOwn', 'storage.lossShared'];
      const loss = page.locator('main p', { hasText: prefixOf(lang, key) });
      const lossText = (await loss.textContent()) ?? '';
      expect(lossText).toBe(t(lang, key, { plan, ...F12 }));
      expect(lossText).toMatch(/(?<!\d)5 GB/);
      expect(lossText).toMatch(/(?<!\d)15 GB/);
      expect(text).not.toContain(t(lang, other, { plan, ...F12 }));
      break;
    }
    case 'confirm': {
      // F14 in full only for "ja"; in short otherwise; the quotas link either way.
      const list = tList(lang, 'confirm.overQuotaList');
      const who = answers.plan === 'familie' ? 'Shared' : 'Own';
      const others = ['overQuotaShared', 'overQuotaOwn', 'withinQuotaShared', 'withinQuotaOwn'];
      const shown = answers.storage === 'ja' ? `overQuota${who}` : `withinQuota${who}`;
      expect(text).toContain(t(lang, `confirm.${shown}`));
      for (const key of others.filter((k) => k !== shown)) expect(text).not.toContain(t(lang, `confirm.${key}`));
      if (answers.storage === 'ja') {
        for (const item of list) expect(await page.locator('main li', { hasText: item }).isVisible()).toBe(true);
      } else {
        // The short warning says the same in one paragraph: the list itself is not shown.
        for (const item of list) expect(await page.locator('main li', { hasText: item }).count()).toBe(0);
      }
      expect(await mainLink(page, linkTo(lang, 'quotas')).count()).toBe(1);
      // The storage warning shows the answers so far.
      expect(await listedAnswers(page, lang)).toEqual(await expectedAnswers(page, lang, so));
      break;
    }
    case 'finish': {
      // F11: the Terms of Sale.
      expect(await mainLink(page, linkTo(lang, 'terms')).count()).toBe(1);
      break;
    }
    default:
      break;
  }
}

/** What each outcome must say, beyond its h1 and the answers: every block its meta shows for these answers. */
async function expectOutcomeFacts(page: Page, lang: Lang, outcome: OutcomeId, answers: readonly Answer[]) {
  const values = valuesFor(lang, answers);
  const text = await mainText(page, lang);
  const shown = shownBlocks(metaOf(outcome).blocks, answersOf(answers));
  expect(shown.length).toBeGreaterThan(2);
  for (const { key, as } of shown) {
    const parts = as === 'list' ? tList(lang, `${outcome}.${key}`, values) : [t(lang, `${outcome}.${key}`, values)];
    for (const part of parts) expect(text, `${outcome}.${key}`).toContain(part);
  }
  const links = (id: Parameters<typeof linkTo>[1]) => mainLink(page, linkTo(lang, id)).count();
  switch (outcome) {
    case 'checkCharge':
      // F3: "Administrer betalinger", and how to investigate.
      expect(await links('payments')).toBe(1);
      expect(await links('investigate')).toBe(1);
      break;
    case 'appStore': {
      // F5, F20, F21: that store's steps and links, not the other's; its support, not Microsoft's, first.
      const googlePlay = given(answers).purchase === 'google-play';
      expect(await heading(page).textContent()).toContain(googlePlay ? 'Google Play' : 'Apple');
      expect(await links('googlePlay')).toBe(googlePlay ? 1 : 0);
      expect(await links('googlePlayCancel')).toBe(googlePlay ? 1 : 0);
      expect(await links('apple')).toBe(googlePlay ? 0 : 1);
      expect(await links('contact')).toBe(0);
      break;
    }
    case 'cannotFind':
      // F7, F5.
      expect(await links('subscriptions')).toBe(1);
      expect(await links('googlePlay')).toBe(1);
      expect(await links('apple')).toBe(1);
      break;
    case 'contactSupport':
      // F15 in the outcome itself, as well as in the aside.
      expect(await links('contact')).toBe(1);
      break;
    case 'prorated':
    case 'notQualifying':
    case 'notGuaranteed': {
      // F6, F19: the list the wizard uses, Microsoft's article for the rest; the chosen country named.
      const source = (await page.locator('main p', { hasText: prefixOf(lang, `${outcome}.source`) }).textContent()) ?? '';
      for (const code of F6_COUNTRIES) expect(source).toContain(await countryName(page, lang, code));
      expect(source).not.toContain(await countryName(page, lang, 'NO'));
      expect(text).toContain(await countryName(page, lang, given(answers).country!));
      expect(await links('prorated')).toBe(1);
      expect(await links('terms')).toBe(outcome === 'notQualifying' ? 0 : 1);
      break;
    }
    default:
      break;
  }
}

async function walkAndCheck(page: Page, lang: Lang, walk: Walk): Promise<void> {
  await openStart(page, lang);
  await expectStartFacts(page, lang);
  await expectSafeLinks(page, lang);
  await walkFromStart(page, lang, walk, {
    onQuestion: (question, so) => expectQuestionFacts(page, lang, question, so),
  });
  const outcome = walk.end as OutcomeId;
  await expect(heading(page).textContent()).resolves.toBe(titleOf(lang, outcome, walk.answers));
  expect(await listedAnswers(page, lang)).toEqual(await expectedAnswers(page, lang, walk.answers));
  await expectSafeLinks(page, lang);
  await expectOutcomeFacts(page, lang, outcome, walk.answers);
}

describe('the walks', () => {
  it('reach all eleven outcomes', () => {
    expect([...walks.keys()].sort()).toEqual([...OUTCOME_IDS].sort());
    expect(walks.size).toBe(11);
  });
});

describe.each(LANGS)('a full walk in %s', (lang) => {
  it.for([...walks].map(([outcome, walk]) => ({ outcome, walk })))(`to $outcome (${lang})`, async ({ walk }) => {
    await withPage((page) => walkAndCheck(page, lang, walk));
  });
});

describe('answers that change what a page says', () => {
  // Found in the machine's graph, not written by hand: Family (F13), "not sure" (F5), storage "nei" (F14 short).
  const variant = allWalksToOutcomes().find(
    (walk) =>
      walk.end === 'prorated' &&
      given(walk.answers).plan === 'familie' &&
      given(walk.answers).purchase === 'usikker' &&
      given(walk.answers).storage === 'nei',
  );

  it.for(LANGS)('Family, not sure where bought, within the free storage (%s)', async (lang) => {
    expect(variant).toBeDefined();
    await withPage((page) => walkAndCheck(page, lang, variant!));
  });
});

describe.each(LANGS)('the error summary in %s', (lang) => {
  it('shows on "Fortsett" with nothing chosen, takes focus, and a choice then moves on', async () => {
    await withPage(async (page) => {
      await openStart(page, lang);
      await clickStart(page, lang);
      await expectStep(page, lang, 'reason');
      const title = titleOf(lang, 'reason');

      await continueButton(page, lang).click();
      const summaryHeading = page.getByRole('heading', { name: t(lang, 'common:errorSummary.heading'), exact: true });
      await summaryHeading.waitFor({ state: 'visible' });
      // The summary itself has focus, so a screen reader reads it first.
      await eventually(() =>
        page.evaluate(() => document.activeElement?.querySelector('h2')?.textContent ?? null),
      ).toBe(t(lang, 'common:errorSummary.heading'));
      await eventually(() => page.title()).toBe(documentTitle(lang, title, true));
      expect(await page.title()).toMatch(lang === 'nb' ? /^Feil: / : /^Error: /);
      expect(pathnameOf(page)).toBe('/arsak');

      // Its link takes focus to the first choice.
      await page.getByRole('link', { name: t(lang, 'reason.error'), exact: true }).click();
      await eventually(() => focused(page)).toMatchObject({ tag: 'input', name: 'reason' });

      // A choice alone never moves on.
      await radio(page, lang, 'reason', 'avslutte').check();
      await page.waitForTimeout(300);
      expect(pathnameOf(page)).toBe('/arsak');
      expect(await heading(page).textContent()).toBe(title);
      expect(await chosen(page, lang, 'reason')).toBe('avslutte');

      await continueButton(page, lang).click();
      await expectStep(page, lang, 'plan');
      expect(await summaryHeading.count()).toBe(0);
      expect(await page.title()).toBe(documentTitle(lang, titleOf(lang, 'plan')));
    });
  });

  it('shows for the country question when no country is chosen', async () => {
    // The walk to the country question, from the machine's graph.
    const walk = walks.get('prorated')!;
    const upTo = walk.answers.slice(0, walk.answers.findIndex((a) => a.question === 'country'));
    await withPage(async (page) => {
      await openStart(page, lang);
      await clickStart(page, lang);
      await answerAll(page, lang, upTo);
      await expectStep(page, lang, 'country', { answers: upTo });
      // The person's own region is suggested (the browser says nb-NO).
      expect(await chosen(page, lang, 'country')).toBe('NO');
      await countrySelect(page, lang).selectOption('');
      await continueButton(page, lang).click();
      await page.getByRole('heading', { name: t(lang, 'common:errorSummary.heading'), exact: true }).waitFor();
      await eventually(() => page.title()).toBe(documentTitle(lang, titleOf(lang, 'country'), true));
      await page.getByRole('link', { name: t(lang, 'country.error'), exact: true }).click();
      await eventually(() => focused(page)).toMatchObject({ tag: 'select' });
      await countrySelect(page, lang).selectOption('DK');
      expect(pathnameOf(page)).toBe('/land');
      await continueButton(page, lang).click();
      await expectStep(page, lang, 'signIn');
    });
  });
});

describe('the language', () => {
  it('<html lang> follows the switch, and the choice survives a reload', async () => {
    await withPage(async (page) => {
      await page.goto('/');
      await expectStep(page, 'nb', 'start', { focus: false });
      expect(await page.evaluate(() => document.documentElement.lang)).toBe('nb');

      await switchLanguage(page, 'nb', 'en');
      await expectStep(page, 'en', 'start', { focus: false });
      // A choice closes the list; opened again, it marks English as the current language.
      const english = await languageButton(page, 'en', 'en');
      expect(await english.getAttribute('aria-current')).toBe('true');

      await page.reload();
      await expectStep(page, 'en', 'start', { focus: false });
      expect(await page.evaluate(() => document.documentElement.lang)).toBe('en');

      // Switching mid-walk keeps the place and the answers.
      await clickStart(page, 'en');
      await answerAll(page, 'en', [{ question: 'reason', value: 'avslutte' }]);
      await expectStep(page, 'en', 'plan');
      await radio(page, 'en', 'plan', 'familie').check();
      await switchLanguage(page, 'en', 'nb');
      await expectStep(page, 'nb', 'plan', { focus: false });
      expect(await chosen(page, 'nb', 'plan')).toBe('familie');

      await page.reload();
      await expectStep(page, 'nb', 'plan', { focus: false });
      expect(await page.evaluate(() => document.documentElement.lang)).toBe('nb');
      await page.goBack();
      await expectStep(page, 'nb', 'reason');
      expect(await chosen(page, 'nb', 'reason')).toBe('avslutte');
    });
  });
});
