/**
 * A call in agent mode from start to end, where the hands-on test found it loose: a new call starts
 * empty, a reload keeps the call with the caller's language, the page reflows at 320 px in every
 * language, text in the other direction keeps its punctuation, and a code pasted with an en dash
 * opens, its status line ending as a sentence should.
 */
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { encodeResumeCode } from '../../src/flow/resumeCode';
import { QUESTIONS } from '../../src/flow/steps';
import { LANGUAGES } from '../../src/i18n/languages';
import { walkTo } from '../paths';
import { brokenWords } from './a11y-checks';
import { chromiumForFile, expectClean } from './browser';
import {
  type Answer,
  caseNoteText,
  chosenRadio,
  codeStatus,
  eventually,
  expectAgentStep,
  expectedPanelAnswers,
  focused,
  type Languages,
  panelAnswers,
  ta,
  walkByKeyboard,
} from './wizard';

const AGENT_KEY = 'refusjonsveiviser.agent';
const prorated = walkTo('prorated');
const openPage = chromiumForFile();

async function withAgent(width: number, run: (page: Page) => Promise<void>, path = '/agent'): Promise<void> {
  const { page, context, collected } = await openPage({ width, height: width < 400 ? 640 : 900 });
  try {
    await page.goto(path);
    await page.locator('main h1').waitFor();
    await run(page);
  } finally {
    await context.close();
  }
  expectClean(collected);
}

const NB: Languages = { agent: 'nb', customer: 'nb' };

describe('a new call', () => {
  it('on the first question starts with nothing chosen and focus on its heading', async () => {
    await withAgent(1440, async (page) => {
      await expectAgentStep(page, NB, 'reason');
      await page.keyboard.press('2');
      await page.keyboard.press('Enter');
      const first: Answer = { question: 'reason', value: QUESTIONS.reason.options[1] };
      await expectAgentStep(page, NB, 'plan', [first]);
      await page.keyboard.press('b');
      await expectAgentStep(page, NB, 'reason');
      expect(await chosenRadio(page), 'back on question 1, the answer shows').toBe(first.value);

      await page.keyboard.press('n');
      await eventually(async () => (await focused(page)).text).toBe(ta('nb', 'newCall.confirm'));
      await page.keyboard.press('Enter');
      await expectAgentStep(page, NB, 'reason');
      expect(await chosenRadio(page), 'the last caller’s choice is gone').toBeNull();
      expect(await panelAnswers(page, 'nb')).toEqual([]);
      // Enter now asks for an answer instead of carrying the old one into the new call.
      await page.keyboard.press('Enter');
      await page.locator('.error-summary').waitFor();
      await expectAgentStep(page, NB, 'reason', [], { focus: false });
    });
  });
});

describe('a reload during a call', () => {
  it("keeps the answers and the caller's language, and stores nothing else", async () => {
    await withAgent(1440, async (page) => {
      await page.locator('#customer-language').selectOption('en');
      const langs: Languages = { agent: 'nb', customer: 'en' };
      await expectAgentStep(page, langs, 'reason', [], { focus: false });
      await page.locator('main h1').focus();
      const given = prorated.answers.slice(0, 3);
      await walkByKeyboard(page, langs, given);

      await page.reload();
      await expectAgentStep(page, langs, prorated.answers[3]!.question, given);
      expect(await page.locator('#customer-language').inputValue()).toBe('en');
      expect(await panelAnswers(page, 'nb')).toEqual(await expectedPanelAnswers(page, 'nb', given));
      const english = await page.evaluate(() => new Intl.DisplayNames(['nb'], { type: 'language' }).of('en'));
      expect(await caseNoteText(page)).toContain(`${ta('nb', 'notes.customerLanguage', { language: english! })}\n`);

      // What is kept: the call's envelope alone, its answers and the caller's language.
      const kept = await page.evaluate(() => ({
        session: Object.keys(sessionStorage),
        local: Object.keys(localStorage),
        cookie: document.cookie,
      }));
      expect(kept).toEqual({ session: [AGENT_KEY], local: [], cookie: '' });
      const envelope = JSON.parse((await page.evaluate((key) => sessionStorage.getItem(key), AGENT_KEY))!) as Record<string, unknown>;
      expect(Object.keys(envelope).sort()).toEqual(['customerLanguage', 'machine', 'snapshot', 'v']);
      expect(envelope.customerLanguage).toBe('en');
      expect(Object.keys(envelope.snapshot as object).sort()).toEqual(['answers', 'mustShow', 'review', 'step']);

      // Anything else stored there as the language opens in bokmål, the answers kept.
      await page.evaluate((key) => {
        const stored = JSON.parse(sessionStorage.getItem(key)!) as Record<string, unknown>;
        sessionStorage.setItem(key, JSON.stringify({ ...stored, customerLanguage: '<img src=x>' }));
      }, AGENT_KEY);
      await page.reload();
      await expectAgentStep(page, NB, prorated.answers[3]!.question, given);
      expect(await page.locator('#customer-language').inputValue()).toBe('nb');
    });
  });
});

/** Answers the question shown by its value, with the mouse; waits for the next heading. */
async function answerByValue(page: Page, { question, value }: Answer): Promise<void> {
  const before = await page.locator('main h1').textContent();
  if (question === 'country') await page.locator('#agent-country').selectOption(value);
  else await page.locator(`main input[type="radio"][value="${value}"]`).check();
  await page.locator('main button[type="submit"]').click();
  await page.waitForFunction((text) => document.querySelector('main h1')?.textContent !== text, before, { polling: 50 });
}

function sidewaysScroll(page: Page): Promise<number> {
  return page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
}

describe.each(LANGUAGES.map(({ code }) => code))('agent mode in %s at 320 × 640', (lng) => {
  it('never scrolls sideways nor breaks a word inside itself, on any step or with a code opened; a code with an en dash opens, its status ends as a sentence', async () => {
    await withAgent(
      320,
      async (page) => {
        const wide: string[] = [];
        const check = async (where: string) => {
          const extra = await sidewaysScroll(page);
          if (extra > 0) wide.push(`${where}: ${extra} px too wide`);
          wide.push(...(await brokenWords(page)).map((word) => `${where}: ${word} broken over two lines`));
        };
        await check('reason');
        for (const answer of prorated.answers) {
          await answerByValue(page, answer);
          await check(`after ${answer.question}`);
        }
        // A code as a mail client writes it: with an en dash. It opens the step, and says so once.
        const answers = Object.fromEntries(prorated.answers.slice(0, 4).map(({ question, value }) => [question, value]));
        const code = encodeResumeCode({ step: prorated.answers[4]!.question, answers });
        await page.locator('#resume-code').fill(code.replace('-', '\u2013'));
        await page.locator('#resume-code').press('Enter');
        await eventually(() => page.locator('#resume-code').getAttribute('aria-invalid')).toBeNull();
        await eventually(() => codeStatus(page).textContent()).not.toBe('');
        const status = (await codeStatus(page).textContent())!;
        expect(status, 'no full stop after the question mark').not.toMatch(/[?!.]\s*\.$/);
        await check('code opened');
        await page.locator('#resume-code').fill('ZZZZ-ZZZZ');
        await page.locator('#resume-code').press('Enter');
        await eventually(() => page.locator('#resume-code').getAttribute('aria-invalid')).toBe('true');
        await check('code refused');
        expect(wide).toEqual([]);
      },
      `/agent?lng=${lng}`,
    );
  });
});

/** Where a span's first and last characters are drawn, left to right. */
function ends(page: Page, selector: string): Promise<{ dir: string; first: number; last: number; text: string }> {
  return page.locator(selector).evaluate((span) => {
    const text = span.firstChild as Text;
    const at = (i: number) => {
      const range = document.createRange();
      range.setStart(text, i);
      range.setEnd(text, i + 1);
      return range.getBoundingClientRect().left;
    };
    return { dir: getComputedStyle(span).direction, first: at(0), last: at(text.length - 1), text: text.data };
  });
}

describe('text in the other direction', () => {
  it.each([
    ['nb', 'he', 'rtl'],
    ['he', 'nb', 'ltr'],
  ] as const)('an agent in %s with a caller in %s: the question is isolated, its "?" at its own end', async (agent, customer, dir) => {
    await withAgent(
      1440,
      async (page) => {
        await page.locator('#customer-language').selectOption(customer);
        const question = 'main h1 [lang]';
        await eventually(() => page.locator(question).getAttribute('lang')).toBe(customer);
        expect(await page.locator(question).getAttribute('dir')).toBe(dir);
        const drawn = await ends(page, question);
        expect(drawn.text.endsWith('?')).toBe(true);
        // Right to left, the question mark is drawn left of the first letter; left to right, right of it.
        if (dir === 'rtl') expect(drawn.last).toBeLessThan(drawn.first);
        else expect(drawn.last).toBeGreaterThan(drawn.first);
        expect(drawn.dir).toBe(dir);
        // Every part in the caller's language says its direction: options, the customer's hint.
        const parts = await page.locator(`main [lang="${customer}"]`).evaluateAll((els) => els.map((el) => el.getAttribute('dir')));
        expect(parts.length).toBeGreaterThan(2);
        expect(parts.every((d) => d === dir)).toBe(true);
      },
      `/agent?lng=${agent}`,
    );
  });
});
