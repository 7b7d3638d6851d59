/**
 * Issue 15's five people, in a real browser, in nb and en: each reaches an outcome that says
 * exactly what applies to them, why, and what to do next.
 */
import { describe, expect, it } from 'vitest';
import { linksFor } from '../../src/config/links';
import { chromiumForFile, expectClean } from './browser';
import { type Answer, LANGS, type Lang, LOCALES, t, tList, valuesFor, walkFromStart } from './wizard';

const openPage = chromiumForFile();

const UP_TO_COUNTRY = (plan: string): Answer[] => [
  { question: 'reason', value: 'avslutte' },
  { question: 'plan', value: plan },
  { question: 'purchase', value: 'microsoft' },
];
const CANCELLED: Answer[] = [
  { question: 'signIn', value: 'ser-det' },
  { question: 'manage', value: 'administrer' },
  { question: 'cancel', value: 'avbryt' },
  { question: 'storage', value: 'nei' },
  { question: 'confirm', value: 'avslutt' },
  { question: 'finish', value: 'avsluttet' },
];
const cancelsIn = (country: string, ...more: Answer[]): Answer[] => [
  ...UP_TO_COUNTRY('personal'),
  { question: 'country', value: country },
  ...CANCELLED,
  ...more,
];

interface Person {
  name: string;
  answers: Answer[];
  end: 'prorated' | 'notQualifying' | 'proratedUnclear' | 'appStore';
  /** Keys of what the outcome must say, beyond its lead and next steps. */
  says: string[];
  /** Keys it must not say: another case's reason. */
  not: string[];
}

const PEOPLE: Person[] = [
  {
    name: 'Finland, monthly',
    answers: cancelsIn('FI', { question: 'period', value: 'maned' }),
    end: 'notQualifying',
    says: ['notQualifying.whyMonthly', 'notQualifying.source'],
    not: ['notQualifying.whyNotRenewed'],
  },
  {
    name: 'Finland, yearly and renewed',
    answers: cancelsIn('FI', { question: 'period', value: 'ar' }, { question: 'renewed', value: 'ja' }),
    end: 'prorated',
    says: ['prorated.whyRenewalPeriod', 'prorated.source'],
    not: ['prorated.whyAnyLength'],
  },
  {
    name: 'Germany, bought in 2021',
    answers: cancelsIn('DE', { question: 'purchaseDate', value: 'for' }),
    end: 'proratedUnclear',
    says: ['proratedUnclear.whyBeforeDate'],
    not: ['proratedUnclear.whyPurchaseDate', 'proratedUnclear.whyPeriod', 'proratedUnclear.whyRenewal'],
  },
  {
    name: 'Denmark',
    answers: cancelsIn('DK'),
    end: 'prorated',
    says: ['prorated.whyAnyLength', 'prorated.source'],
    not: ['prorated.whyRenewalPeriod'],
  },
  {
    name: 'Google Play',
    answers: [...UP_TO_COUNTRY('familie').slice(0, 2), { question: 'purchase', value: 'google-play' }],
    end: 'appStore',
    says: ['appStore.leadGooglePlay', 'appStore.whyGooglePlay', 'appStore.cancelNoteGooglePlay', 'appStore.supportGooglePlay'],
    not: ['appStore.leadApple', 'appStore.cancelNoteApple'],
  },
];

describe.each(LANGS)('each person reaches the outcome for their own case, in %s', (lang: Lang) => {
  it.each(PEOPLE)('$name', async ({ answers, end, says, not }) => {
    const { page, context, collected } = await openPage({ width: 390, height: 844, locale: LOCALES[lang] });
    try {
      await page.goto(`/?lng=${lang}`);
      await walkFromStart(page, lang, { end, answers });
      const main = page.getByRole('main');
      // As read: the «(åpnes i ny fane)» after each link is left out, as the strings have it.
      const newTab = t(lang, 'common:newTab');
      const text = (await main.innerText()).split(newTab).map((part) => part.trim()).join('').replace(/\s+/g, ' ');
      const values = valuesFor(lang, answers);
      const normal = (s: string) => s.replace(/\s+/g, ' ');
      for (const key of says) expect(text, key).toContain(normal(t(lang, key, values)));
      for (const key of not) expect(text, key).not.toContain(normal(t(lang, key, values)));
      // What to do next is always there: the outcome's own steps.
      const nextKey = end === 'appStore' ? 'appStore.cancelGooglePlay' : `${end}.next`;
      for (const step of tList(lang, nextKey, values)) expect(text).toContain(normal(step));
      // Never that prorated refunds exist only in the listed countries (F19).
      expect(text).not.toMatch(/bare i |only apply in /);
      if (end === 'appStore') {
        expect(await main.getByRole('link').evaluateAll((links) => links.map((l) => l.getAttribute('href')))).toEqual(
          expect.arrayContaining([linksFor(lang).googlePlayCancel, linksFor(lang).googlePlay]),
        );
      }
    } finally {
      await context.close();
    }
    expectClean(collected);
  });
});
