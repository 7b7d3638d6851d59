/**
 * To every outcome with the keyboard alone: Tab, Shift+Tab, arrow keys, Space and Enter, no
 * clicks. After each step the focus is on the new page's h1; every element Tab reaches is in view
 * and not covered (elementFromPoint at its centre); on every page, Tab and Shift+Tab go through
 * everything in the order of the page, top to bottom and, on a line, left to right.
 */
import type { Page } from 'playwright-core';
import { describe, it } from 'vitest';
import { pathOf } from '../../src/flow/snapshot';
import { QUESTIONS, type QuestionId, type StepId } from '../../src/flow/steps';
import { shortestWalkToEachOutcome } from '../paths';
import {
  type Answer,
  freshStart,
  keepingCountry,
  type Lang,
  LANGS,
  LOCALES,
  pathnameOf,
  STRINGS,
  waitForPath,
} from './wizard';
import { expectedTabOrder, type Focus, focusInfo, stopKey } from './a11y-checks';
import { chromiumForFile, expectClean } from './browser';

const openPage = chromiumForFile();

type Here = Focus;

class Keyboard {
  readonly problems: string[] = [];
  private readonly ordered = new Set<string>();
  private pageName = '';

  constructor(
    private readonly page: Page,
    private readonly lang: Lang,
  ) {}

  at(name: string) {
    this.pageName = name;
  }

  private fail(message: string) {
    this.problems.push(`${this.pageName}: ${message}`);
  }

  here(): Promise<Here> {
    return focusInfo(this.page);
  }

  /** Presses a key; whatever then has focus must be in view and not covered. */
  async press(key: string): Promise<Here> {
    await this.page.keyboard.press(key);
    const here = await this.here();
    if (here.index >= 0) {
      const what = `${here.tag}${here.id ? `#${here.id}` : ''} "${here.text}"`;
      if (!here.inViewport) this.fail(`after ${key}, ${what} is focused but not fully in view`);
      if (here.coveredBy) this.fail(`after ${key}, ${what} is covered by ${here.coveredBy}`);
      if (!here.visibleOutline && !here.isHeading && here.tag !== 'main' && here.tag !== 'h2') {
        this.fail(`after ${key}, ${what} shows no outline or shadow`);
      }
    }
    return here;
  }

  /** Tab (or Shift+Tab) until the focused element is the one wanted (no key if it already is). */
  async tabTo(wanted: (here: Here) => boolean, description: string, key = 'Tab'): Promise<Here> {
    const now = await this.here();
    if (wanted(now)) return now;
    for (let i = 0; i < 40; i++) {
      const here = await this.press(key);
      if (wanted(here)) return here;
    }
    throw new Error(`${this.pageName}: ${key} never reached ${description}`);
  }

  /** Presses a key that must not change the page: choosing never moves on by itself. */
  async pressInPlace(key: string): Promise<Here> {
    const before = await this.here();
    const after = await this.press(key);
    if (after.path !== before.path || after.h1 !== before.h1) {
      this.fail(`${key} on ${before.tag} moved from ${before.path} to ${after.path}`);
    }
    return after;
  }

  /**
   * Once per page: a whole round of Tab from where focus is, then the same round back with
   * Shift+Tab, compared with the page's own order; and going forward, each stop is further down
   * the page (or further along the same line).
   */
  async checkOrder(name: string): Promise<void> {
    if (this.ordered.has(name)) return;
    this.ordered.add(name);
    const start = await this.here();
    const order = await expectedTabOrder(this.page);
    if (order.length === 0) return this.fail('nothing to Tab to');
    const label = (stops: Here[]) => stops.map((s) => `${s.tag}"${s.text.slice(0, 15)}"`).join(' → ');
    // The round starts after the focused element (the h1, the error summary, the body at the top).
    const at = order.findIndex((stop) => stop.index > start.index);
    const first = start.index < 0 || at < 0 ? 0 : at;
    const forward = [...order.slice(first), ...order.slice(0, first)].map((stop) => stop.key);
    const stops: Here[] = [];
    for (let presses = 0; stops.length < forward.length && presses < forward.length + 3; presses++) {
      const here = await this.press('Tab');
      if (here.index >= 0) stops.push(here);
    }
    if (stops.map(stopKey).join() !== forward.join()) this.fail(`Tab order ${label(stops)} is not the page order`);
    // Reading order: from the top of the page, each stop below the last, or right of it on a line.
    const top = stops.findIndex((s) => stopKey(s) === order[0]!.key);
    const reading = top < 0 ? stops : [...stops.slice(top), ...stops.slice(0, top)];
    for (let i = 1; i < reading.length; i++) {
      const a = reading[i - 1]!;
      const b = reading[i]!;
      const sameLine = b.top < a.top + a.rect.height && a.top < b.top + b.rect.height;
      const follows = sameLine ? b.left >= a.left - 1 : b.top >= a.top - 1;
      if (!follows) {
        this.fail(
          `Tab goes from "${a.text.slice(0, 20)}" (${a.left.toFixed(0)},${a.top.toFixed(0)}) back to "${b.text.slice(0, 20)}" (${b.left.toFixed(0)},${b.top.toFixed(0)})`,
        );
      }
    }
    // And back: Shift+Tab retraces the round in reverse, to the first stop after the start.
    const backward = forward.slice(0, -1).reverse();
    const back: Here[] = [];
    for (let presses = 0; back.length < backward.length && presses < backward.length + 3; presses++) {
      const here = await this.press('Shift+Tab');
      if (here.index >= 0) back.push(here);
    }
    if (back.map(stopKey).join() !== backward.join()) {
      this.fail(`Shift+Tab order ${label(back)} is not the page order reversed`);
    }
  }

  /** After a step: the new page's h1 has focus, in view. */
  async expectHeadingFocused(step: StepId): Promise<void> {
    await waitForPath(this.page, pathOf(step));
    await this.page
      .waitForFunction(() => document.activeElement?.matches('main h1'), null, { polling: 50, timeout: 10_000 })
      .catch(() => undefined);
    const here = await this.here();
    this.at(step);
    if (!here.isHeading) this.fail(`after the step, focus is on ${here.tag} "${here.text}", not the h1`);
    else if (!here.inViewport) this.fail('the focused h1 is not in view');
  }

  /** Chooses an answer with arrow keys and Space only, then "Fortsett" with Enter or Space. */
  async answer({ question, value }: Answer, submitKey: 'Enter' | 'Space'): Promise<void> {
    if (question === 'country') {
      const here = await this.tabTo((h) => h.tag === 'select', 'the country list');
      const target = here.options.indexOf(value);
      const key = here.selectedIndex < target ? 'ArrowDown' : 'ArrowUp';
      // Down a long list: press after press, then check focus, value and page once.
      for (let i = Math.abs(target - here.selectedIndex); i > 1; i--) await this.page.keyboard.press(key);
      const chosen = target === here.selectedIndex ? here : await this.pressInPlace(key);
      if (chosen.value !== value || chosen.tag !== 'select') this.fail(`the arrows chose ${chosen.value}, not ${value}`);
    } else {
      const options: readonly string[] = QUESTIONS[question].options;
      let here = await this.tabTo((h) => h.type === 'radio' && h.name === question, 'the answers');
      const target = options.indexOf(value);
      if (options.indexOf(here.value) === target) await this.pressInPlace('Space');
      while (options.indexOf(here.value) !== target) {
        here = await this.pressInPlace(options.indexOf(here.value) < target ? 'ArrowDown' : 'ArrowUp');
      }
      if (!(await this.here()).checked) this.fail(`${value} is focused but not chosen`);
    }
    const submit = await this.tabTo((h) => h.tag === 'button' && h.type === 'submit', '"Fortsett"');
    if (submit.text !== STRINGS[this.lang].common.continue) this.fail(`the submit button reads "${submit.text}"`);
    await this.page.keyboard.press(submitKey);
  }

  /** "Fortsett" with nothing chosen: focus on the error summary, its link leads to the first answer. */
  async errorSummary(question: QuestionId): Promise<void> {
    await this.tabTo((h) => h.tag === 'button' && h.type === 'submit', '"Fortsett"');
    await this.page.keyboard.press('Enter');
    await this.page.waitForFunction(() => document.activeElement?.classList.contains('error-summary'), null, {
      polling: 50,
    });
    this.at(`${question}-error`);
    const summary = await this.here();
    if (!summary.inViewport) this.fail('the focused error summary is not in view');
    await this.checkOrder(`${question}-error`);
    const link = await this.tabTo((h) => h.tag === 'a' && h.text === STRINGS[this.lang].flow[question].error, 'the error link');
    if (!link.inViewport) this.fail('the error link is not in view');
    await this.page.keyboard.press('Enter');
    const field = await this.here();
    if (field.id !== `${question}-field`) this.fail(`the error link moved focus to ${field.tag}#${field.id}`);
  }

  /**
   * On the start page: each language by keyboard, and back. A choice closes the list and leaves
   * focus on its summary, which names the language chosen.
   */
  async switchLanguage(): Promise<void> {
    const other = LANGS.find((l) => l !== this.lang)!;
    const names = { nb: 'Norsk bokmål', en: 'English' } as const;
    const onSummary = async (lang: Lang, when: string) => {
      const here = await this.here();
      if (here.tag !== 'summary' || !here.text.endsWith(names[lang])) this.fail(`${when}, focus is on ${here.tag} "${here.text}"`);
      const open = await this.page.locator('.language-switch details').evaluate((d) => (d as HTMLDetailsElement).open);
      if (open) this.fail(`${when}, the list is still open`);
    };
    await this.tabTo((h) => h.tag === 'summary', 'the language disclosure');
    await this.page.keyboard.press('Enter');
    await this.tabTo((h) => h.text === names[other], `the ${other} switch`);
    await this.page.keyboard.press('Enter');
    await this.page.waitForFunction((l) => document.documentElement.lang === l, other, { polling: 50 });
    await onSummary(other, 'after switching language');
    await this.page.keyboard.press('Enter');
    await this.tabTo((h) => h.text === names[this.lang], `the ${this.lang} switch`);
    await this.page.keyboard.press('Space');
    await this.page.waitForFunction((l) => document.documentElement.lang === l, this.lang, { polling: 50 });
    await onSummary(this.lang, 'after switching back');
  }

  /** "Start på nytt" asks first; "Nei" returns focus to it, "Ja" starts over on the start page. */
  async startOver(): Promise<void> {
    const strings = STRINGS[this.lang].common.startOver;
    await this.tabTo((h) => h.text === strings.button, '"Start på nytt"');
    await this.page.keyboard.press('Enter');
    await this.page.locator('#start-over-heading').waitFor();
    this.at('start-over');
    let here = await this.here();
    if (here.id !== 'start-over-heading' || !here.inViewport) this.fail(`the question is not focused in view (${here.tag})`);
    await this.checkOrder('start-over');
    await this.tabTo((h) => h.text === strings.cancel, '"Nei"');
    await this.page.keyboard.press('Space');
    await this.page.locator('#start-over-heading').waitFor({ state: 'detached' });
    here = await this.here();
    if (here.text !== strings.button) this.fail(`after "Nei", focus is on "${here.text}"`);
    await this.page.keyboard.press('Enter');
    await this.tabTo((h) => h.text === strings.confirm, '"Ja"');
    await this.page.keyboard.press('Enter');
    await this.expectHeadingFocused('start');
  }
}

const RUNS = [
  { lang: 'nb', width: 1280, height: 800 },
  { lang: 'en', width: 390, height: 844 },
] as const;

describe.concurrent.each(RUNS)('keyboard only, $lang at $width px', ({ lang, width, height }) => {
  it('reaches every outcome with focus on each new h1, always in view, in page order', { timeout: 300_000 }, async ({ expect }) => {
    const { page, context, collected } = await openPage({ width, height, locale: LOCALES[lang] });
    const keys = new Keyboard(page, lang);
    const suggested = lang === 'nb' ? 'NO' : 'US';
    const walks = [...shortestWalkToEachOutcome().values()].map((walk) => keepingCountry(walk, suggested));
    let steps = 0;
    for (const [w, walk] of walks.entries()) {
      await freshStart(page);
      keys.at('start');
      // A round of Tab and a round of Shift+Tab: focus ends on the first element, the skip link.
      await keys.checkOrder('start');
      if (w === 0) {
        await keys.switchLanguage();
      } else {
        const skip = await keys.tabTo((h) => h.className.includes('skip-link'), 'the skip link');
        if (!skip.inViewport) keys.problems.push('start: the focused skip link is not in view');
        await page.keyboard.press('Enter');
        const main = await keys.here();
        if (main.tag !== 'main') keys.problems.push(`start: the skip link moved focus to ${main.tag}`);
      }
      await keys.tabTo((h) => h.className.includes('button--start'), 'the start button');
      await page.keyboard.press('Enter');
      for (const [i, given] of walk.answers.entries()) {
        await keys.expectHeadingFocused(given.question);
        // The rounds end on the first element after the h1: the answers, or a link in the hint.
        await keys.checkOrder(given.question);
        if (w === 0 && i === 0) await keys.errorSummary(given.question);
        await keys.answer(given, (steps++ % 2 === 0 ? 'Enter' : 'Space'));
      }
      await keys.expectHeadingFocused(walk.end);
      await keys.checkOrder(walk.end);
      if (w === walks.length - 1) await keys.startOver();
    }
    expect(pathnameOf(page)).toBe('/');
    await context.close();
    expect(keys.problems).toEqual([]);
    expectClean(collected);
  });
});
