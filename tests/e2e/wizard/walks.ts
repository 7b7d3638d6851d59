/**
 * The pages the accessibility tests look at, reached through the UI. They come from the machine:
 * the walks that between them pass every state (tests/paths.ts), each question also with its error
 * summary showing, and the pages outside the flow (the accessibility statement, "not found", the
 * start-over question).
 */
import type { Page } from 'playwright-core';
import { createActor } from 'xstate';
import { refundMachine } from '../../../src/flow/machine';
import { metaOf, pathOf, stepOf } from '../../../src/flow/snapshot';
import { type StepId, STEP_IDS, isQuestion } from '../../../src/flow/steps';
import { type Walk, allWalksToOutcomes, shortestWalkToEachOutcome } from '../../paths';
import { answer, showError } from './customer';
import { freshStart, waitForPath } from './page';
import { type Answer, type Lang, t } from './strings';

export const ACCESSIBILITY_PATH = '/tilgjengelighet';

export interface Visit {
  /** File-name-safe name: the step id, `<question>-error`, or the extra page's name. */
  name: string;
  /** A stable position for sorting screenshots: the machine's step order, errors after their question. */
  order: number;
  step?: StepId;
  kind: 'start' | 'question' | 'outcome' | 'page';
  error: boolean;
}

/** The walks from the start to outcomes that between them reach every state of the machine. */
export function coveringWalks(): Walk[] {
  const walks = [...shortestWalkToEachOutcome().values()];
  const covered = new Set<StepId>(['start']);
  for (const walk of walks) {
    for (const { question } of walk.answers) covered.add(question);
    covered.add(walk.end);
  }
  // A state no shortest walk to an outcome passes: the shortest walk to an outcome through it,
  // so that question is answered (and its error summary shown) on the way like any other.
  // They go first: the walk that ends the list (where the start-over question is looked at) stays the
  // shortest to the last outcome.
  const toOutcomes = [...allWalksToOutcomes()].sort((x, y) => x.answers.length - y.answers.length);
  const more: Walk[] = [];
  for (const step of STEP_IDS.filter((s) => !covered.has(s))) {
    const walk = toOutcomes.find((w) => w.answers.some((a) => a.question === step));
    if (!walk) continue;
    more.push(walk);
    for (const { question } of walk.answers) covered.add(question);
    covered.add(walk.end);
  }
  return [...more, ...walks];
}

/** Where the machine ends up when these answers are given from the start. */
export function endOf(answers: readonly Answer[]): StepId {
  const actor = createActor(refundMachine).start();
  actor.send({ type: 'START' });
  for (const { value } of answers) actor.send({ type: 'ANSWER', value });
  const end = stepOf(actor.getSnapshot());
  actor.stop();
  return end;
}

/**
 * The same walk keeping the country the page suggests, where the machine says the outcome does
 * not depend on it: what a person would do, and far fewer arrow presses in a list of 250.
 */
export function keepingCountry(walk: Walk, suggested: string): Walk {
  const answers = walk.answers.map((given) => (given.question === 'country' ? { ...given, value: suggested } : given));
  return endOf(answers) === walk.end ? { ...walk, answers } : walk;
}

function orderOf(step: StepId, error = false): number {
  return STEP_IDS.indexOf(step) * 2 + (error ? 1 : 0);
}

export const EXTRA_PAGES = ['start-over', 'accessibility', 'not-found'] as const;

/** Every page the walks show: the states, each question's error summary, and the extra pages. */
export function allVisits(): Visit[] {
  const visits: Visit[] = STEP_IDS.flatMap((step) => {
    const kind = metaOf(step).kind;
    const own: Visit = { name: step, order: orderOf(step), step, kind, error: false };
    return isQuestion(step) ? [own, { ...own, name: `${step}-error`, order: orderOf(step, true), error: true }] : [own];
  });
  EXTRA_PAGES.forEach((name, i) => visits.push({ name, order: STEP_IDS.length * 2 + i, kind: 'page', error: false }));
  return visits;
}

export type OnVisit = (visit: Visit) => Promise<void>;

export interface VisitOptions {
  /** Also show each question's error summary (default true). */
  errors?: boolean;
  /** Also the pages outside the flow (default true). */
  extras?: boolean;
}

/**
 * Walks to every state of the machine through the UI, with the mouse, calling `onVisit` once on
 * each page (the first time it is reached).
 */
export async function visitAll(page: Page, lang: Lang, onVisit: OnVisit, options: VisitOptions = {}): Promise<Visit[]> {
  const { errors = true, extras = true } = options;
  const byName = new Map(allVisits().map((visit) => [visit.name, visit]));
  const seen: Visit[] = [];
  const visit = async (name: string) => {
    const found = byName.get(name);
    if (!found || seen.includes(found)) return;
    seen.push(found);
    await onVisit(found);
  };
  let last: Walk | undefined;
  for (const walk of coveringWalks()) {
    await freshStart(page);
    await visit('start');
    await page.locator('main .button--start').click();
    for (const given of walk.answers) {
      await waitForPath(page, pathOf(given.question));
      await visit(given.question);
      if (errors && !seen.some((v) => v.name === `${given.question}-error`)) {
        await showError(page, lang, given.question);
        await visit(`${given.question}-error`);
      }
      await answer(page, lang, given);
    }
    await waitForPath(page, pathOf(walk.end));
    await visit(walk.end);
    last = walk;
  }
  if (extras && last) {
    // On the last outcome reached, with answers given: "Start på nytt" asks first.
    await page.getByRole('button', { name: t(lang, 'common:startOver.button'), exact: true }).click();
    await page.locator('#start-over-heading').waitFor();
    await visit('start-over');
    await page.goto(ACCESSIBILITY_PATH);
    await waitForPath(page, ACCESSIBILITY_PATH);
    await page.waitForFunction((title) => document.title.startsWith(title), t(lang, 'accessibility:title'));
    await visit('accessibility');
    await page.goto('/finnes-ikke');
    await waitForPath(page, '/finnes-ikke');
    await visit('not-found');
  }
  return seen;
}
