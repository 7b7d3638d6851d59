/**
 * What each entry of the browser's history is: one per step the person saw. Back walks those
 * steps in reverse and then leaves the wizard; «Start på nytt» and an «Endre» that changes the
 * route leave nothing behind Back that the answers no longer allow; Ctrl-, Cmd- and middle-clicks
 * are the browser's; a preset link is kept through a reload, Back and Forward.
 */
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { STORAGE_KEY } from '../../src/flow/persist';
import { pathOf } from '../../src/flow/snapshot';
import type { StepId } from '../../src/flow/steps';
import { walkTo } from '../paths';
import { chromiumForFile, expectClean } from './browser';
import {
  type Answer,
  answer,
  changeLink,
  continueButton,
  chosen,
  eventually,
  expectStep,
  pathnameOf,
  t,
  walkFromStart,
} from './wizard';

const openPage = chromiumForFile();

/** A page that is not the wizard first, so that leaving the wizard by Back has somewhere to go and can be seen. */
const BEFORE = 'about:blank';

async function withPage(run: (page: Page) => Promise<void>): Promise<void> {
  const { page, context, collected } = await openPage({ width: 1280, height: 900 });
  try {
    await page.goto(BEFORE);
    await run(page);
  } finally {
    await context.close();
  }
  expectClean(collected);
}

async function back(page: Page): Promise<void> {
  await page.goBack({ waitUntil: 'commit' });
}

/** Back has left the wizard for the page it was opened from, and that page has loaded. */
async function expectLeft(page: Page): Promise<void> {
  await eventually(() => Promise.resolve(page.url())).toBe(BEFORE);
  // Forward while that page is still loading races the driver's own bookkeeping.
  await page.waitForLoadState('load');
}

/** «Start på nytt», and «Ja» to the question it asks. */
async function startOver(page: Page): Promise<void> {
  await page.getByRole('button', { name: t('nb', 'common:startOver.button'), exact: true }).click();
  await page.getByRole('button', { name: t('nb', 'common:startOver.confirm'), exact: true }).click();
}

/** Each step of a walk in the order the person saw it. */
function stepsOf(walk: { answers: readonly Answer[]; end: StepId }): StepId[] {
  return ['start', ...walk.answers.map((a) => a.question), walk.end];
}

function storedAnswers(page: Page): Promise<Record<string, string>> {
  return page.evaluate((key) => {
    const text = window.sessionStorage.getItem(key);
    return text === null ? {} : (JSON.parse(text) as { snapshot: { answers: Record<string, string> } }).snapshot.answers;
  }, STORAGE_KEY);
}

describe('Back', () => {
  it('walks every step seen in reverse, then leaves the wizard', async () => {
    const walk = walkTo('prorated');
    await withPage(async (page) => {
      await page.goto('/');
      await walkFromStart(page, 'nb', walk);
      const seen = stepsOf(walk);
      for (const step of seen.slice(0, -1).reverse()) {
        await back(page);
        await expectStep(page, 'nb', step, { focus: false });
      }
      await back(page);
      await expectLeft(page);
    });
  });

  it('after «Start på nytt» from an outcome, leaves the wizard at once', async () => {
    const walk = walkTo('prorated');
    await withPage(async (page) => {
      await page.goto('/');
      await walkFromStart(page, 'nb', walk);
      await startOver(page);
      await expectStep(page, 'nb', 'start');
      expect(pathnameOf(page)).toBe('/');
      await back(page);
      await expectLeft(page);
    });
  });

  it('after «Start på nytt» in a tab opened by a preset link, the start page takes its entry and Back leaves', async () => {
    await withPage(async (page) => {
      await page.goto('/?arsak=avslutte');
      await expectStep(page, 'nb', 'plan', { focus: false });
      await startOver(page);
      await expectStep(page, 'nb', 'start');
      expect(await storedAnswers(page)).toEqual({});
      await back(page);
      await expectLeft(page);
    });
  });

  it('after «Start på nytt» in a tab opened on a page that is not the flow, the start page takes that entry', async () => {
    await withPage(async (page) => {
      await page.goto('/ikke-her');
      await page.getByRole('main').getByRole('link', { name: t('nb', 'common:notFound.link'), exact: true }).click();
      await walkFromStart(page, 'nb', { answers: [{ question: 'reason', value: 'avslutte' }], end: 'plan' });
      await startOver(page);
      await expectStep(page, 'nb', 'start');
      expect(await storedAnswers(page)).toEqual({});
      await back(page);
      await expectLeft(page);
    });
  });

  it('after an «Endre» that changes the route, never returns to the outcome left behind', async () => {
    const walk = walkTo('prorated');
    await withPage(async (page) => {
      await page.goto('/');
      await walkFromStart(page, 'nb', walk);
      await changeLink(page, 'nb', 'country').click();
      await expectStep(page, 'nb', 'country', { answers: walk.answers });
      await answer(page, 'nb', { question: 'country', value: 'NO' });
      // The finish page, whose text the country changes, is shown again on the way.
      await expectStep(page, 'nb', 'finish');
      await continueButton(page, 'nb').click();
      await expectStep(page, 'nb', 'notGuaranteed');

      // Back: the finish page and the country as changed, then the walk before it; the prorated
      // outcome is passed over.
      await back(page);
      await expectStep(page, 'nb', 'finish', { focus: false });
      await back(page);
      await expectStep(page, 'nb', 'country', { focus: false });
      expect(await chosen(page, 'nb', 'country')).toBe('NO');
      const before = stepsOf(walk).slice(0, -1).reverse();
      for (const step of before) {
        await back(page);
        await expectStep(page, 'nb', step, { focus: false });
        expect(pathnameOf(page)).toBe(pathOf(step));
      }
      await back(page);
      await expectLeft(page);
    });
  });
});

describe('links the browser opens elsewhere', () => {
  const clicks: [string, Parameters<Page['click']>[1]][] = [
    ['Ctrl-click', { modifiers: ['ControlOrMeta'] }],
    ['middle-click', { button: 'middle' }],
  ];
  for (const [how, click] of clicks) {
    it(`${how} on «Endre», «Tilbake» and «Start» leaves this tab on its step`, async () => {
      const walk = walkTo('prorated');
      await withPage(async (page) => {
        await page.goto('/');
        const start = page.getByRole('main').getByRole('link', { name: t('nb', 'start.button'), exact: true });
        const opened = page.context().waitForEvent('page');
        await start.click(click);
        await (await opened).close();
        await expectStep(page, 'nb', 'start', { focus: false });

        await walkFromStart(page, 'nb', walk);
        for (const link of [
          changeLink(page, 'nb', 'country'),
          page.getByRole('link', { name: t('nb', 'common:back'), exact: true }),
        ]) {
          const tab = page.context().waitForEvent('page');
          await link.click(click);
          const other = await tab;
          await other.close();
          expect(pathnameOf(page)).toBe(pathOf(walk.end));
          await expectStep(page, 'nb', walk.end, { focus: false });
        }
      });
    });
  }
});

describe('preset links, then reload, Back and Forward', () => {
  const cases: { name: string; link: string; lands: StepId; answers: Record<string, string> }[] = [
    { name: 'to a question', link: '/?arsak=avslutte&plan=familie', lands: 'purchase', answers: { reason: 'avslutte', plan: 'familie' } },
    {
      name: 'to an outcome',
      link: '/?arsak=avslutte&plan=familie&kjopt=apple',
      lands: 'appStore',
      answers: { reason: 'avslutte', plan: 'familie', purchase: 'apple' },
    },
    { name: 'to the first question', link: '/?plan=basic', lands: 'reason', answers: { plan: 'basic' } },
  ];
  for (const { name, link, lands, answers } of cases) {
    it(`${name} (${link}) is kept`, async () => {
      const given = Object.entries(answers).map(([question, value]) => ({ question, value }) as Answer);
      const expectLanded = () => expectStep(page, 'nb', lands, { answers: given, focus: false });
      let page: Page;
      await withPage(async (opened) => {
        page = opened;
        await page.goto(link);
        await expectLanded();
        expect(await storedAnswers(page)).toEqual(answers);

        await page.reload();
        await expectLanded();
        expect(pathnameOf(page)).toBe(pathOf(lands));
        expect(await storedAnswers(page)).toEqual(answers);

        await back(page);
        await expectLeft(page);
        await page.goForward();
        await expectLanded();
        expect(await storedAnswers(page)).toEqual(answers);
      });
    });
  }
});
