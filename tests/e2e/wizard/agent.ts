/**
 * Agent mode (/agent) driven the way a support agent does: with the keyboard. The heading is in
 * the agent's words with the customer's question inside it, in the customer's language.
 */
import type { Locator, Page } from 'playwright-core';
import { expect } from 'vitest';
import { QUESTIONS, type StepId, isOutcome } from '../../../src/flow/steps';
import { type Focused, countryName, eventually, focused } from './page';
import { type Answer, type Lang, t, ta, titleOf } from './strings';

export interface Languages {
  /** The agent's interface. */
  agent: Lang;
  /** The caller's: what is read aloud. */
  customer: Lang;
}

/** "Spør kunden: <question>" / "Si til kunden: <outcome>": the agent's words, the customer's question. */
export function agentHeading({ agent, customer }: Languages, step: StepId, answers: readonly Answer[] = []): string {
  const say = ta(agent, isOutcome(step) ? 'tellCustomer' : 'askCustomer');
  return `${say}: ${titleOf(customer, step, answers)}`;
}

export function agentH1(page: Page): Locator {
  return page.locator('main h1');
}

interface HeadingState {
  text: string | null;
  focused: boolean;
  customerPart: { lang: string | null; text: string | null } | null;
}

async function headingState(page: Page): Promise<HeadingState> {
  return page.evaluate(() => {
    const h1 = document.querySelector('main h1');
    const part = h1?.querySelector('[lang]');
    return {
      text: h1?.textContent ?? null,
      focused: h1 !== null && document.activeElement === h1,
      customerPart: part ? { lang: part.getAttribute('lang'), text: part.textContent } : null,
    };
  });
}

/**
 * The page shows `step` for the agent: the heading in the agent's words with the customer's
 * question (marked with the customer's language), and the heading has focus.
 */
export async function expectAgentStep(
  page: Page,
  langs: Languages,
  step: StepId,
  answers: readonly Answer[] = [],
  { focus = true }: { focus?: boolean } = {},
): Promise<void> {
  const expected: HeadingState = {
    text: agentHeading(langs, step, answers),
    focused: true,
    customerPart: { lang: langs.customer, text: titleOf(langs.customer, step, answers) },
  };
  if (focus) await eventually(() => headingState(page)).toEqual(expected);
  else await eventually(() => headingState(page)).toMatchObject({ text: expected.text, customerPart: expected.customerPart });
}

/** Presses Tab (or Shift+Tab) until focus is where wanted; fails after `limit` presses. */
export async function tabTo(
  page: Page,
  wanted: (here: Focused) => boolean,
  what: string,
  { backwards = false, limit = 15 } = {},
): Promise<Focused> {
  for (let i = 0; i < limit; i++) {
    await page.keyboard.press(backwards ? 'Shift+Tab' : 'Tab');
    const here = await focused(page);
    if (wanted(here)) return here;
  }
  throw new Error(`${backwards ? 'Shift+Tab' : 'Tab'} never reached ${what}`);
}

/** The value of the radio chosen on the agent's question, or null. */
export async function chosenRadio(page: Page): Promise<string | null> {
  return page
    .locator('main input[type="radio"]')
    .evaluateAll((inputs) => (inputs as HTMLInputElement[]).find((i) => i.checked)?.value ?? null);
}

/**
 * Gives one answer with the keyboard only. Options: the digit key of the option, then Enter (on
 * the focused heading). The country: Tab to the list, type the start of the name (in the agent's
 * language, as the list is), an arrow down and up again, Tab to "Fortsett", Enter.
 */
export async function answerByKeyboard(page: Page, langs: Languages, { question, value }: Answer): Promise<void> {
  if (question === 'country') {
    const name = await countryName(page, langs.agent, value);
    await tabTo(page, (h) => h.tag === 'select' && h.id === 'agent-country', 'the country list');
    await page.keyboard.type(name);
    await eventually(async () => (await focused(page)).value).toBe(value);
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('ArrowUp');
    const here = await focused(page);
    expect(here, 'the arrows move through the list and back').toMatchObject({ tag: 'select', value });
    await tabTo(page, (h) => h.tag === 'button' && h.type === 'submit', '"Fortsett"');
    expect((await focused(page)).text).toBe(ta(langs.agent, 'continue'));
    await page.keyboard.press('Enter');
    return;
  }
  const options: readonly string[] = QUESTIONS[question].options;
  const index = options.indexOf(value);
  if (index < 0 || index > 8) throw new Error(`${question}=${value} has no digit key`);
  await page.keyboard.press(String(index + 1));
  await eventually(() => chosenRadio(page)).toBe(value);
  await page.keyboard.press('Enter');
}

/** Answers each question in turn with the keyboard; each new step's heading must take focus. */
export async function walkByKeyboard(
  page: Page,
  langs: Languages,
  answers: readonly Answer[],
  before: readonly Answer[] = [],
): Promise<void> {
  const given = [...before];
  for (const next of answers) {
    await expectAgentStep(page, langs, next.question, given);
    await answerByKeyboard(page, langs, next);
    given.push(next);
  }
}

export function agentPanel(page: Page, lang: Lang, heading: string): Locator {
  return page.getByRole('region', { name: ta(lang, heading), exact: true });
}

/** "Svar så langt" as [question, answer] pairs, as read on the page. */
export async function panelAnswers(page: Page, lang: Lang): Promise<[string, string][]> {
  return agentPanel(page, lang, 'answers.heading')
    .locator('dl > div')
    .evaluateAll((rows) =>
      rows.map((row) => [row.querySelector('dt')?.textContent?.trim() ?? '', row.querySelector('dd')?.textContent?.trim() ?? '']),
    ) as Promise<[string, string][]>;
}

/** What "Svar så langt" should list: the summary label and the answer, in the agent's language. */
export async function expectedPanelAnswers(page: Page, lang: Lang, answers: readonly Answer[]): Promise<[string, string][]> {
  const rows: [string, string][] = [];
  for (const { question, value } of answers) {
    rows.push([
      t(lang, `${question}.summary`),
      question === 'country' ? await countryName(page, lang, value) : t(lang, `${question}.options.${value}`),
    ]);
  }
  return rows;
}

/** "Veien så langt": the titles on the path, the current one marked. */
export async function panelPath(page: Page, lang: Lang): Promise<{ text: string; current: boolean }[]> {
  return agentPanel(page, lang, 'path.heading')
    .locator('ol > li')
    .evaluateAll((items) =>
      items.map((li) => ({ text: li.textContent?.trim() ?? '', current: li.getAttribute('aria-current') === 'step' })),
    );
}

export function codeField(page: Page, lang: Lang): Locator {
  return page.getByRole('textbox', { name: ta(lang, 'code.label'), exact: true });
}

/** Types a code into "Koden kunden leser opp" and submits it with Enter in the field. */
export async function enterCode(page: Page, lang: Lang, code: string): Promise<void> {
  const field = codeField(page, lang);
  await field.fill('');
  await field.pressSequentially(code);
  await field.press('Enter');
}

export function codeStatus(page: Page): Locator {
  return page.locator('#resume-code-status');
}

export function caseNoteText(page: Page): Promise<string> {
  return page.locator('#case-note').inputValue();
}
