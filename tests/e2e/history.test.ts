/**
 * Addresses, history and storage in Debian's Chromium against the production build: Back and
 * Forward, reload, deep links, preset links, a damaged or blocked sessionStorage, changing an
 * answer from an outcome, starting over, and an unknown address.
 */
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { createActor } from 'xstate';
import { refundMachine } from '../../src/flow/machine';
import { ENVELOPE_VERSION, STORAGE_KEY, toEnvelope } from '../../src/flow/persist';
import { frontierOf, pathOf } from '../../src/flow/snapshot';
import { walkTo } from '../paths';
import { type Collected, chromiumForFile, expectClean } from './browser';
import {
  type Answer,
  answer,
  answerAll,
  changeLink,
  continueButton,
  chosen,
  clickStart,
  documentTitle,
  eventually,
  expectedAnswers,
  expectSafeLinks,
  expectStep,
  externalLinks,
  heading,
  linkTo,
  listedAnswers,
  mainLink,
  mainText,
  pathnameOf,
  searchOf,
  t,
  walkFromStart,
} from './wizard';

/** Where an address the answers do not allow is sent with no answers: the machine's furthest step. */
const emptyFrontier = frontierOf(createActor(refundMachine).start().getSnapshot());
/** The first three answers of the longest kind of walk: reason, plan, where bought. */
const firstThree = walkTo('prorated').answers.slice(0, 3);

const openPage = chromiumForFile();

interface Tab {
  page: Page;
  collected: Collected;
  dialogs: string[];
}

async function withPage(run: (tab: Tab) => Promise<void>, init?: () => void): Promise<void> {
  const { page, context, collected } = await openPage({ width: 1280, height: 900 });
  const dialogs: string[] = [];
  page.on('dialog', (dialog) => {
    dialogs.push(dialog.message());
    void dialog.dismiss();
  });
  if (init) await page.addInitScript(init);
  try {
    await run({ page, collected, dialogs });
  } finally {
    await context.close();
  }
  expectClean(collected);
  expect(dialogs).toEqual([]);
}

async function startAndAnswer(page: Page, answers: readonly Answer[]): Promise<void> {
  await page.goto('/');
  await expectStep(page, 'nb', 'start', { focus: false });
  await clickStart(page, 'nb');
  await answerAll(page, 'nb', answers);
}

/** The envelope as the app keeps it in sessionStorage. */
function storedFlow(page: Page): Promise<{ step: string; answers: Record<string, string> } | null> {
  return page.evaluate((key) => {
    const text = window.sessionStorage.getItem(key);
    return text === null ? null : (JSON.parse(text) as { snapshot: { step: string; answers: Record<string, string> } }).snapshot;
  }, STORAGE_KEY);
}

function setStored(page: Page, text: string): Promise<void> {
  return page.evaluate(([key, value]) => window.sessionStorage.setItem(key, value), [STORAGE_KEY, text] as const);
}

describe('Back, Forward and reload', () => {
  it('move between the steps answered, with the earlier answers chosen', async () => {
    await withPage(async ({ page }) => {
      await startAndAnswer(page, firstThree);
      const [, plan, purchase] = firstThree as [Answer, Answer, Answer];
      await expectStep(page, 'nb', 'country', { answers: firstThree });

      await page.goBack();
      await expectStep(page, 'nb', purchase.question);
      expect(await chosen(page, 'nb', purchase.question)).toBe(purchase.value);

      await page.goBack();
      await expectStep(page, 'nb', plan.question);
      expect(await chosen(page, 'nb', plan.question)).toBe(plan.value);

      await page.goForward();
      await expectStep(page, 'nb', purchase.question);
      expect(await chosen(page, 'nb', purchase.question)).toBe(purchase.value);

      await page.reload();
      await expectStep(page, 'nb', purchase.question, { focus: false });
      expect(await chosen(page, 'nb', purchase.question)).toBe(purchase.value);

      // The history still works after the reload.
      await page.goBack();
      await expectStep(page, 'nb', plan.question);
      expect(await chosen(page, 'nb', plan.question)).toBe(plan.value);
      await page.goForward();
      await page.goForward();
      await expectStep(page, 'nb', 'country', { answers: firstThree });
    });
  });

  it('the "Tilbake" link does what Back does', async () => {
    await withPage(async ({ page }) => {
      await startAndAnswer(page, firstThree);
      const [, plan, purchase] = firstThree as [Answer, Answer, Answer];
      const back = page.getByRole('link', { name: t('nb', 'common:back'), exact: true });

      await back.click();
      await expectStep(page, 'nb', purchase.question);
      expect(await chosen(page, 'nb', purchase.question)).toBe(purchase.value);

      await back.click();
      await expectStep(page, 'nb', plan.question);
      expect(await chosen(page, 'nb', plan.question)).toBe(plan.value);

      // It went back in the history rather than adding to it: Forward returns.
      await page.goForward();
      await expectStep(page, 'nb', purchase.question);
      expect(await chosen(page, 'nb', purchase.question)).toBe(purchase.value);
    });
  });

  it('the "Tilbake" link stays in the wizard when the tab has no earlier page', async () => {
    await withPage(async ({ page }) => {
      const [, plan, purchase] = firstThree as [Answer, Answer, Answer];
      await page.goto('/');
      const answers = Object.fromEntries(firstThree.map((a) => [a.question, a.value]));
      await setStored(page, toEnvelope(refundMachine.id, { step: 'purchase', answers, review: false }));
      await page.goto(pathOf('purchase'));
      await expectStep(page, 'nb', 'purchase', { focus: false });
      expect(await chosen(page, 'nb', purchase.question)).toBe(purchase.value);

      await page.getByRole('link', { name: t('nb', 'common:back'), exact: true }).click();
      await expectStep(page, 'nb', plan.question);
      expect(await chosen(page, 'nb', plan.question)).toBe(plan.value);
    });
  });

  it('a reload on the first question, before any answer, stays there', async () => {
    await withPage(async ({ page }) => {
      await page.goto('/');
      await clickStart(page, 'nb');
      await expectStep(page, 'nb', 'reason');
      expect((await storedFlow(page))?.step).toBe('reason');
      await page.reload();
      await expectStep(page, 'nb', 'reason', { focus: false });
    });
  });

  it('a deep address with no answers is replaced by the furthest step allowed', async () => {
    expect(['start', 'reason']).toContain(emptyFrontier);
    await withPage(async ({ page }) => {
      const response = await page.goto(pathOf('country'));
      expect(response?.status()).toBe(200);
      await expectStep(page, 'nb', emptyFrontier, { focus: false });
      expect(await mainText(page, 'nb')).not.toContain(t('nb', 'country.title'));
      // Replaced, not pushed: Back does not return to /land.
      await page.goBack();
      expect(page.url()).not.toContain(pathOf('country'));
    });
  });
});

describe('preset links', () => {
  it('?arsak=avslutte&plan=familie&kjopt=apple lands on the app store outcome', async () => {
    const presets: Answer[] = [
      { question: 'reason', value: 'avslutte' },
      { question: 'plan', value: 'familie' },
      { question: 'purchase', value: 'apple' },
    ];
    await withPage(async ({ page }) => {
      await page.goto('/?arsak=avslutte&plan=familie&kjopt=apple');
      await expectStep(page, 'nb', 'appStore', { answers: presets, focus: false });
      expect(searchOf(page)).toBe('');
      expect(await listedAnswers(page, 'nb')).toEqual(await expectedAnswers(page, 'nb', presets));
      expect(await mainLink(page, linkTo('nb', 'apple')).count()).toBe(1);
      await expectSafeLinks(page, 'nb');
    });
  });

  it('?plan=familie lands on the reason, and answering it skips to where it was bought', async () => {
    await withPage(async ({ page }) => {
      await page.goto('/?plan=familie');
      await expectStep(page, 'nb', 'reason', { focus: false });
      expect(searchOf(page)).toBe('');
      expect(await chosen(page, 'nb', 'reason')).toBeNull();

      await answer(page, 'nb', { question: 'reason', value: 'avslutte' });
      await expectStep(page, 'nb', 'purchase');
      await answer(page, 'nb', { question: 'purchase', value: 'google-play' });
      const answers: Answer[] = [
        { question: 'reason', value: 'avslutte' },
        { question: 'plan', value: 'familie' },
        { question: 'purchase', value: 'google-play' },
      ];
      await expectStep(page, 'nb', 'appStore', { answers });
      expect(await listedAnswers(page, 'nb')).toEqual(await expectedAnswers(page, 'nb', answers));
    });
  });

  it('hostile and invalid values are ignored, and nothing from the address becomes a link', async () => {
    const hostile = new URLSearchParams([
      ['arsak', 'avslutte'],
      ['plan', '<script>alert(1)</script>'],
      ['kjopt', 'javascript:alert(1)'],
      ['land', 'https://evil.example/'],
      ['konto', 'ser-det'.repeat(50)],
      ['lagring', '<img src=x onerror=alert(1)>'],
    ]);
    await withPage(async ({ page }) => {
      await page.goto(`/?${hostile.toString()}`);
      // Only the valid reason is taken: the first question without an answer is the plan.
      await expectStep(page, 'nb', 'plan', { focus: false });
      expect(searchOf(page)).toBe('');
      expect(await chosen(page, 'nb', 'plan')).toBeNull();
      const html = await page.content();
      expect(html).not.toContain('evil.example');
      expect(html).not.toContain('alert(1)');
      expect(await page.locator('img').count()).toBe(0);
      for (const link of await externalLinks(page)) expect(link.href).not.toMatch(/evil|javascript/);
      await expectSafeLinks(page, 'nb');
    });
  });

  it('an address too long to be a preset link presets nothing', async () => {
    await withPage(async ({ page }) => {
      await page.goto(`/?arsak=avslutte&plan=familie&x=${'x'.repeat(3000)}`);
      await expectStep(page, 'nb', 'start', { focus: false });
      // The pre-rendered start page shows before the script runs and tidies the address.
      await expect.poll(() => searchOf(page)).not.toContain('arsak');
      await clickStart(page, 'nb');
      await expectStep(page, 'nb', 'reason');
      expect(await chosen(page, 'nb', 'reason')).toBeNull();
      await answer(page, 'nb', { question: 'reason', value: 'avslutte' });
      // The plan was not taken from the address: it is asked.
      await expectStep(page, 'nb', 'plan');
      expect(await chosen(page, 'nb', 'plan')).toBeNull();
    });
  });

  it('a key given twice, or a value no question offers, presets nothing', async () => {
    await withPage(async ({ page }) => {
      await page.goto('/?arsak=avslutte&arsak=ukjent-trekk&plan=premium&kjopt=');
      await expectStep(page, 'nb', 'start', { focus: false });
      // The pre-rendered start page shows before the script runs and tidies the address.
      await expect.poll(() => searchOf(page)).toBe('');
      await clickStart(page, 'nb');
      await expectStep(page, 'nb', 'reason');
      expect(await chosen(page, 'nb', 'reason')).toBeNull();
    });
  });
});

describe('sessionStorage', () => {
  const valid = (step: string, answers: Record<string, unknown>) =>
    JSON.stringify({ v: ENVELOPE_VERSION, machine: refundMachine.id, snapshot: { step, answers, review: false } });
  const answers = Object.fromEntries(firstThree.map((a) => [a.question, a.value]));

  it('a saved flow resumes where it was (the control for the damaged ones below)', async () => {
    await withPage(async ({ page }) => {
      await page.goto('/');
      await setStored(page, valid('country', answers));
      await page.goto(pathOf('country'));
      await expectStep(page, 'nb', 'country', { answers: firstThree, focus: false });
    });
  });

  const damaged: [string, string][] = [
    ['invalid JSON', `{"v":${ENVELOPE_VERSION},"machine":"${refundMachine.id}","snapshot":{"step":"country",`],
    [
      'a wrong version',
      JSON.stringify({
        v: ENVELOPE_VERSION + 1,
        machine: refundMachine.id,
        snapshot: { step: 'country', answers, review: false },
      }),
    ],
    ['an unknown step', valid('admin', answers)],
    ['a tampered answer', valid('country', { ...answers, plan: 'premium"><img src=x onerror=alert(1)>' })],
    ['a huge string', valid('country', { ...answers, reason: 'a'.repeat(2_000_000) })],
  ];

  it.for(damaged)('with %s is ignored: no answers, no error', async ([, text]) => {
    await withPage(async ({ page }) => {
      await page.goto('/');
      await setStored(page, text);
      await page.goto(pathOf('country'));
      // As if nothing were stored: /land is replaced by the furthest step allowed with no answers.
      await expectStep(page, 'nb', emptyFrontier, { focus: false });
      expect(await heading(page).count()).toBe(1);
      expect(await page.locator('img').count()).toBe(0);
      // And the wizard works from there, with nothing chosen.
      if (emptyFrontier === 'start') await clickStart(page, 'nb');
      await expectStep(page, 'nb', 'reason', { focus: emptyFrontier === 'start' });
      expect(await chosen(page, 'nb', 'reason')).toBeNull();
    });
  });

  it('that throws leaves the wizard working in memory', async () => {
    await withPage(
      async ({ page }) => {
        await page.goto('/');
        expect(await page.evaluate(() => {
          try {
            return typeof window.sessionStorage;
          } catch (error) {
            return (error as Error).name;
          }
        })).toBe('SecurityError');

        const walk = walkTo('appStore');
        await walkFromStart(page, 'nb', walk);
        expect(await listedAnswers(page, 'nb')).toEqual(await expectedAnswers(page, 'nb', walk.answers));

        // Back and Forward still move the flow, with the answer kept.
        const last = walk.answers.at(-1)!;
        await page.goBack();
        await expectStep(page, 'nb', last.question);
        expect(await chosen(page, 'nb', last.question)).toBe(last.value);
        await page.goForward();
        await expectStep(page, 'nb', walk.end, { answers: walk.answers });

        // Nothing was kept: a reload starts again, as with no answers.
        await page.reload();
        await expectStep(page, 'nb', emptyFrontier, { focus: false });
        expect(await chosen(page, 'nb', 'reason').catch(() => null)).toBeNull();
      },
      () => {
        Object.defineProperty(window, 'sessionStorage', {
          configurable: true,
          get() {
            throw new DOMException('The operation is insecure.', 'SecurityError');
          },
        });
      },
    );
  });
});

describe('changing an answer from an outcome', () => {
  it('"Endre" on the country, then Norway: refund not guaranteed, the other answers kept', async () => {
    const walk = walkTo('prorated');
    await withPage(async ({ page }) => {
      await page.goto('/');
      await walkFromStart(page, 'nb', walk);
      const before = walk.answers.find((a) => a.question === 'country')!;

      await changeLink(page, 'nb', 'country').click();
      await expectStep(page, 'nb', 'country', { answers: walk.answers });
      expect(await chosen(page, 'nb', 'country')).toBe(before.value);
      await answer(page, 'nb', { question: 'country', value: 'NO' });

      const changed = walk.answers.map((a) => (a.question === 'country' ? { ...a, value: 'NO' } : a));
      // The finish page's text depends on the country (an overdue payment, F18): shown again, its answer kept.
      await expectStep(page, 'nb', 'finish', { answers: changed.slice(0, -1) });
      expect(await chosen(page, 'nb', 'finish')).toBe('avsluttet');
      await continueButton(page, 'nb').click();
      await expectStep(page, 'nb', 'notGuaranteed', { answers: changed });
      expect(await listedAnswers(page, 'nb')).toEqual(await expectedAnswers(page, 'nb', changed));

      // "Endre" on where it was bought, then Apple: the app store outcome, later answers gone.
      const purchase = walk.answers.find((a) => a.question === 'purchase')!;
      await changeLink(page, 'nb', 'purchase').click();
      await expectStep(page, 'nb', 'purchase', { answers: changed });
      expect(await chosen(page, 'nb', 'purchase')).toBe(purchase.value);
      await answer(page, 'nb', { question: 'purchase', value: 'apple' });

      const upToPurchase = changed.slice(0, changed.indexOf(purchase) + 1).map((a) =>
        a.question === 'purchase' ? { ...a, value: 'apple' } : a,
      );
      await expectStep(page, 'nb', 'appStore', { answers: upToPurchase });
      expect(await listedAnswers(page, 'nb')).toEqual(await expectedAnswers(page, 'nb', upToPurchase));
      expect(Object.keys((await storedFlow(page))?.answers ?? {}).sort()).toEqual(
        upToPurchase.map((a) => a.question).sort(),
      );

      // The questions left behind are no longer reachable by address.
      await page.goto(pathOf('country'));
      await expectStep(page, 'nb', 'appStore', { answers: upToPurchase, focus: false });
    });
  });
});

describe('"Start på nytt"', () => {
  it('asks first when there are answers, then clears everything', async () => {
    await withPage(async ({ page }) => {
      await startAndAnswer(page, firstThree.slice(0, 2));
      await expectStep(page, 'nb', 'purchase');
      const startOver = page.getByRole('button', { name: t('nb', 'common:startOver.button'), exact: true });
      const question = page.getByRole('heading', { name: t('nb', 'common:startOver.heading'), exact: true });

      await startOver.click();
      await question.waitFor();
      await eventually(() => page.evaluate(() => document.activeElement?.textContent ?? '')).toBe(
        t('nb', 'common:startOver.heading'),
      );
      expect(await mainText(page, 'nb')).toContain(t('nb', 'common:startOver.text'));

      // "Nei": nothing changes.
      await page.getByRole('button', { name: t('nb', 'common:startOver.cancel'), exact: true }).click();
      expect(await question.count()).toBe(0);
      expect(pathnameOf(page)).toBe(pathOf('purchase'));
      expect(Object.keys((await storedFlow(page))?.answers ?? {})).toHaveLength(2);

      // "Ja": back to the start with nothing kept.
      await startOver.click();
      await page.getByRole('button', { name: t('nb', 'common:startOver.confirm'), exact: true }).click();
      await expectStep(page, 'nb', 'start');
      expect((await storedFlow(page))?.answers).toEqual({});

      await clickStart(page, 'nb');
      await expectStep(page, 'nb', 'reason');
      expect(await chosen(page, 'nb', 'reason')).toBeNull();
      // The old steps are gone: their address is replaced, and nothing is chosen.
      await page.goto(pathOf('purchase'));
      await expectStep(page, 'nb', emptyFrontier, { focus: false });
      expect((await storedFlow(page))?.answers ?? {}).toEqual({});
    });
  });

  it('does not ask when there is nothing to lose', async () => {
    await withPage(async ({ page }) => {
      await page.goto('/');
      await clickStart(page, 'nb');
      await expectStep(page, 'nb', 'reason');
      await page.getByRole('button', { name: t('nb', 'common:startOver.button'), exact: true }).click();
      await expectStep(page, 'nb', 'start');
    });
  });
});

describe('an unknown address', () => {
  it('shows "Vi finner ikke siden" with a link to the start', async () => {
    await withPage(async ({ page }) => {
      await page.goto('/finnes-ikke');
      const title = t('nb', 'common:notFound.title');
      await eventually(() => heading(page).textContent()).toBe(title);
      await eventually(() => page.title()).toBe(documentTitle('nb', title));
      expect(pathnameOf(page)).toBe('/finnes-ikke');
      expect(await mainText(page, 'nb')).toContain(t('nb', 'common:notFound.text'));
      await expectSafeLinks(page, 'nb');

      await page.getByRole('link', { name: t('nb', 'common:notFound.link'), exact: true }).click();
      await expectStep(page, 'nb', 'start', { focus: false });
    });
  });
});
