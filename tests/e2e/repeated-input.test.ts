/**
 * People double-click buttons and hold keys down. The second click of a double-click on «Start» or
 * «Fortsett» must not act on the page it lands on (no answer chosen, no error shown, no step
 * taken), and a held key in agent mode counts once.
 */
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { pathOf } from '../../src/flow/snapshot';
import { QUESTIONS, type QuestionId, type StepId, isQuestion } from '../../src/flow/steps';
import type { Walk } from '../paths';
import { chromiumForFile, expectClean } from './browser';
import {
  type Answer,
  chosenRadio,
  choose,
  continueButton,
  coveringWalks,
  eventually,
  expectAgentStep,
  expectStep,
  freshStart,
  pathnameOf,
  t,
} from './wizard';

const openPage = chromiumForFile();

/** Walks that between them ask every question: each of those pages is double-clicked onto and off. */
function walksAskingEveryQuestion(): Walk[] {
  const asked = new Set<QuestionId>();
  const picked: Walk[] = [];
  for (const walk of coveringWalks()) {
    const questions = walk.answers.map((a) => a.question);
    if (questions.every((q) => asked.has(q))) continue;
    picked.push(walk);
    for (const q of questions) asked.add(q);
  }
  expect([...asked].sort()).toEqual(Object.keys(QUESTIONS).sort());
  return picked;
}

interface Landed {
  path: string;
  chosen: string | null;
  errorSummary: number;
  invalid: number;
}

/**
 * What the page shows after a double-click landed on it: nothing chosen, no error anywhere. The
 * country list always opens on a suggestion, so there only the errors tell.
 */
async function landed(page: Page, step: StepId): Promise<Landed> {
  return {
    path: pathnameOf(page),
    chosen: isQuestion(step) && step !== 'country' ? await chosenRadio(page) : null,
    errorSummary: await page.locator('.error-summary').count(),
    invalid: await page.locator('[aria-invalid="true"]').count(),
  };
}

const nothingDone = (step: StepId): Landed => ({ path: pathOf(step), chosen: null, errorSummary: 0, invalid: 0 });

describe.each([375, 1280])('a double-click at %i px', (width) => {
  it('on «Start» and on every «Fortsett» answers once and leaves the next page untouched', async () => {
    const { page, context, collected } = await openPage({ width, height: 800 });
    try {
      for (const walk of walksAskingEveryQuestion()) {
        await freshStart(page);
        await page.getByRole('main').getByRole('link', { name: t('nb', 'start.button'), exact: true }).dblclick();
        let step: StepId = walk.answers[0]!.question;
        const given: Answer[] = [];
        for (const answer of walk.answers) {
          await expectStep(page, 'nb', step, { answers: given });
          expect(await landed(page, step), `${walk.end}: on ${step}`).toEqual(nothingDone(step));
          expect(await page.title(), 'no «Feil:» in the title').not.toContain(t('nb', 'common:errorTitle', { page: '' }));

          await choose(page, 'nb', answer);
          await continueButton(page, 'nb').dblclick();
          given.push(answer);
          const next = walk.answers[given.length]?.question ?? walk.end;
          step = next;
        }
        await expectStep(page, 'nb', walk.end, { answers: given });
        expect(await page.locator('.error-summary').count()).toBe(0);
      }
    } finally {
      await context.close();
    }
    expectClean(collected);
  });

  it('on «Fortsett» with nothing chosen shows the error once, and nothing moves', async () => {
    const { page, context, collected } = await openPage({ width, height: 800 });
    try {
      await freshStart(page);
      await page.getByRole('main').getByRole('link', { name: t('nb', 'start.button'), exact: true }).click();
      await expectStep(page, 'nb', 'reason');
      await continueButton(page, 'nb').dblclick();
      await page.locator('.error-summary').waitFor();
      expect(pathnameOf(page)).toBe(pathOf('reason'));
      expect(await chosenRadio(page)).toBeNull();
    } finally {
      await context.close();
    }
    expectClean(collected);
  });
});

describe('a held key in agent mode', () => {
  it('Enter held on a question answers it once: the next question opens with nothing chosen and no error', async () => {
    const { page, context, collected } = await openPage({ width: 1440, height: 900 });
    try {
      await page.goto('/agent');
      const langs = { agent: 'nb', customer: 'nb' } as const;
      await expectAgentStep(page, langs, 'reason');
      await page.keyboard.press('2');
      await eventually(() => chosenRadio(page)).toBe('avslutte');
      // Down, and down again without letting go: the browser's auto-repeat (`repeat: true`).
      await page.keyboard.down('Enter');
      const answers: Answer[] = [{ question: 'reason', value: 'avslutte' }];
      await expectAgentStep(page, langs, 'plan', answers);
      for (let i = 0; i < 5; i++) await page.keyboard.down('Enter');
      await page.keyboard.up('Enter');
      await expectAgentStep(page, langs, 'plan', answers);
      expect(await page.locator('.error-summary').count(), 'the repeats did not try to answer the plan').toBe(0);
      // A held digit chooses once too, and a held B goes back one step only.
      await page.keyboard.down('Digit1');
      await page.keyboard.down('Digit1');
      await page.keyboard.up('Digit1');
      await eventually(() => chosenRadio(page)).toBe(QUESTIONS.plan.options[0]);
      await page.keyboard.press('Enter');
      answers.push({ question: 'plan', value: QUESTIONS.plan.options[0] });
      await expectAgentStep(page, langs, 'purchase', answers);
      expect(await chosenRadio(page)).toBeNull();
      expect(await page.locator('.error-summary').count()).toBe(0);
      await page.keyboard.down('KeyB');
      await page.keyboard.down('KeyB');
      await page.keyboard.down('KeyB');
      await page.keyboard.up('KeyB');
      await expectAgentStep(page, langs, 'plan', answers.slice(0, 1));
    } finally {
      await context.close();
    }
    expectClean(collected);
  });
});
