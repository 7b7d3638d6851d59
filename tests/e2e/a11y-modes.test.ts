/**
 * What the DOM cannot tell, read from the pixels Chromium paints: every focus stop changes
 * visibly (≥ 3:1 against what was there, over at least a 1 px ring's worth of pixels) in light,
 * dark and forced colours; in forced colours radios, buttons and the country list keep a visible
 * edge. Then the radios: the whole label chooses, and choosing never moves on. Then the status
 * message a failed language download shows.
 */
import type { Page } from 'playwright-core';
import { describe, it } from 'vitest';
import { pathOf } from '../../src/flow/snapshot';
import { QUESTIONS } from '../../src/flow/steps';
import { shortestWalkToEachOutcome } from '../paths';
import { type Image, contrast, contrastingChange, contrastingPixels, decodePng, pixel } from './a11y-pixels';
import {
  choose,
  continueButton,
  freshStart,
  LOCALES,
  optionLabel,
  STRINGS,
  type Visit,
  visitAll,
  waitForPath,
} from './wizard';
import { focusInfo } from './a11y-checks';
import { chromiumForFile, expectClean } from './browser';

const openPage = chromiumForFile();

const MODES = [
  { name: 'light', colorScheme: 'light', forcedColors: 'none' },
  { name: 'dark', colorScheme: 'dark', forcedColors: 'none' },
  { name: 'forced colours', colorScheme: 'light', forcedColors: 'active' },
  { name: 'forced colours, dark', colorScheme: 'dark', forcedColors: 'active' },
] as const;

/** One page of each kind: every component that takes focus is on one of them. */
const SAMPLES = new Set(['start', 'reason-error', 'country', 'confirm', 'start-over', 'accessibility']);

type Box = { x: number; y: number; width: number; height: number };

async function shot(page: Page, box: Box): Promise<Image> {
  return decodePng(await page.screenshot({ clip: box }));
}

/** The box around an element with room for an outline and its shadow, inside the viewport. */
function around(page: Page, rect: Box, margin: number): Box {
  const { width, height } = page.viewportSize()!;
  const x = Math.max(0, Math.floor(rect.x - margin));
  const y = Math.max(0, Math.floor(rect.y - margin));
  return {
    x,
    y,
    width: Math.min(width, Math.ceil(rect.x + rect.width + margin)) - x,
    height: Math.min(height, Math.ceil(rect.y + rect.height + margin)) - y,
  };
}

/**
 * Tab through the page; at each stop compare the focused look with the same spot blurred. The
 * change must contrast 3:1 over at least as many pixels as a 1 px line round the element.
 */
async function focusAppearance(page: Page, where: string, done: Set<string>): Promise<string[]> {
  const problems: string[] = [];
  // From the top of the document.
  await page.evaluate(() => {
    (document.activeElement as HTMLElement | null)?.blur();
    window.scrollTo(0, 0);
  });
  let first: number | null = null;
  for (let i = 0; i < 40; i++) {
    await page.keyboard.press('Tab');
    const here = await focusInfo(page);
    if (here.index < 0) continue;
    if (first === here.index) break;
    first ??= here.index;
    // One of each kind of element in each mode: the eight "Endre" links look alike.
    const kind = await page.evaluate(() => {
      const el = document.activeElement!;
      const box = el.parentElement?.closest('[class]');
      return `${el.tagName}.${el.className}:${el.getAttribute('type') ?? ''} in ${box?.className ?? ''}`;
    });
    if (done.has(kind)) continue;
    done.add(kind);
    // Focus scrolls the element itself into view, not always its ring: bring both into view.
    let rect = here.rect;
    const viewport = page.viewportSize()!;
    if (rect.y < 10 || rect.x < 10 || rect.y + rect.height > viewport.height - 10 || rect.x + rect.width > viewport.width - 10) {
      rect = await page.evaluate(() => {
        document.activeElement!.scrollIntoView({ block: 'center', inline: 'center' });
        const r = document.activeElement!.getBoundingClientRect();
        return { x: r.left, y: r.top, width: r.width, height: r.height };
      });
    }
    const box = around(page, rect, 10);
    if (box.width <= 0 || box.height <= 0) {
      problems.push(`${where}: ${here.tag} "${here.text}" is focused outside the viewport`);
      continue;
    }
    const focused = await shot(page, box);
    await page.evaluate(() => {
      const el = document.activeElement as HTMLElement;
      (window as unknown as { __focused: HTMLElement }).__focused = el;
      el.blur();
    });
    const blurred = await shot(page, box);
    await page.evaluate(() => (window as unknown as { __focused: HTMLElement }).__focused.focus());
    const changed = contrastingChange(blurred, focused, 3);
    const ring = Math.round(2 * (here.rect.width + here.rect.height));
    if (changed < ring) {
      problems.push(`${where}: focus on ${here.tag} "${here.text.slice(0, 30)}" changes ${changed} px by 3:1, less than a 1 px ring (${ring})`);
    }
  }
  return problems;
}

/** In forced colours: each button, the country list and each radio has an edge that stands out. */
async function edges(page: Page, where: string): Promise<string[]> {
  const problems: string[] = [];
  // The language buttons sit in a closed disclosure: its summary is the control on show.
  const selector = '.button, .language-switch summary, select, input[type="radio"]';
  const count = await page.locator(selector).count();
  for (let i = 0; i < count; i++) {
    const found = await page.evaluate(
      ({ selector, i }) => {
        const el = document.querySelectorAll<HTMLElement>(selector)[i]!;
        if (el.getClientRects().length === 0) return null;
        el.scrollIntoView({ block: 'center' });
        const r = el.getBoundingClientRect();
        return {
          what: `${el.tagName.toLowerCase()} "${(el.textContent ?? '').trim().slice(0, 20) || (el as HTMLInputElement).value}"`,
          radio: el.matches('input[type="radio"]'),
          rect: { x: r.left, y: r.top, width: r.width, height: r.height },
        };
      },
      { selector, i },
    );
    if (!found) continue;
    const { what, radio, rect } = found;
    const box = around(page, rect, 3);
    const image = await shot(page, box);
    const background = pixel(image, 0, 0);
    const inner = {
      x: Math.round(rect.x - box.x),
      y: Math.round(rect.y - box.y),
      width: Math.round(rect.width),
      height: Math.round(rect.height),
    };
    if (radio) {
      // A circle's outline: at least half its circumference in pixels that stand out.
      const needed = Math.round((Math.PI * rect.width) / 2);
      const found = contrastingPixels(image, background, inner, 3);
      if (found < needed) problems.push(`${where}: radio ${what} shows ${found} px against the background (< ${needed})`);
    } else {
      // A rectangle's edge: the outermost 2 px ring, rounded corners left out, mostly standing out.
      let ring = 0;
      let standing = 0;
      const corner = 10;
      for (let y = inner.y; y < inner.y + inner.height; y++) {
        for (let x = inner.x; x < inner.x + inner.width; x++) {
          const edge = x < inner.x + 2 || x >= inner.x + inner.width - 2 || y < inner.y + 2 || y >= inner.y + inner.height - 2;
          const inCorner =
            (x < inner.x + corner || x >= inner.x + inner.width - corner) &&
            (y < inner.y + corner || y >= inner.y + inner.height - corner);
          if (!edge || inCorner || x >= image.width || y >= image.height) continue;
          ring++;
          if (contrast(pixel(image, x, y), background) >= 3) standing++;
        }
      }
      if (standing < ring * 0.8) problems.push(`${where}: ${what} has ${standing} of ${ring} edge pixels standing out`);
    }
  }
  await page.evaluate(() => window.scrollTo(0, 0));
  return problems;
}

describe.concurrent('focus and edges, painted', () => {
  it('shows every focus stop in light, dark and forced colours; forced colours keep edges', { timeout: 300_000 }, async ({ expect }) => {
    const t0 = Date.now();
    const { page, context, collected } = await openPage({ width: 1280, height: 800, locale: LOCALES.nb });
    const problems: string[] = [];
    const checked: string[] = [];
    const done = new Map(MODES.map((mode) => [mode.name, new Set<string>()]));
    await visitAll(page, 'nb', async (visit: Visit) => {
      if (!SAMPLES.has(visit.name)) return;
      checked.push(visit.name);
      for (const mode of MODES) {
        await page.emulateMedia({ colorScheme: mode.colorScheme, forcedColors: mode.forcedColors });
        const where = `${visit.name} (${mode.name})`;
        if (visit.error) {
          // The error summary takes focus by script when it appears: it must show it too.
          const summary = await page.locator('.error-summary').boundingBox();
          const box = around(page, summary!, 6);
          await page.locator('.error-summary').focus();
          const focused = await shot(page, box);
          await page.locator('.error-summary').evaluate((el) => (el as HTMLElement).blur());
          // Not a control, so 1.4.11's 3:1 does not bind it; but its focus must show.
          const changed = contrastingChange(await shot(page, box), focused, 1.4);
          if (changed < 2 * (summary!.width + summary!.height)) problems.push(`${where}: the focused error summary shows no focus`);
        }
        problems.push(...(await focusAppearance(page, where, done.get(mode.name)!)));
        if (mode.forcedColors === 'active') problems.push(...(await edges(page, where)));
      }
      await page.emulateMedia({ colorScheme: 'light', forcedColors: 'none' });
    });
    await context.close();
    console.info(`focus: ${checked.length} pages × ${MODES.length} modes in ${Date.now() - t0} ms`);
    expect(checked.sort()).toEqual([...SAMPLES].sort());
    expect(problems).toEqual([]);
    expectClean(collected);
  });
});

describe.concurrent('radios', () => {
  it('choose from anywhere on their label, and choosing never moves on', { timeout: 300_000 }, async ({ expect }) => {
    const { page, context, collected } = await openPage({ width: 390, height: 844, locale: LOCALES.nb });
    const problems: string[] = [];
    // The longest walk passes every question.
    const walk = [...shortestWalkToEachOutcome().values()].sort((a, b) => b.answers.length - a.answers.length)[0]!;
    await freshStart(page);
    await page.locator('main .button--start').click();
    for (const given of walk.answers) {
      await waitForPath(page, pathOf(given.question));
      if (given.question !== 'country') {
        const question = given.question;
        for (const option of QUESTIONS[question].options) {
          const label = page.locator('main label', { hasText: optionLabel('nb', question, option) });
          await label.scrollIntoViewIfNeeded();
          const r = (await label.boundingBox())!;
          const points = [
            [r.x + 2, r.y + 2],
            [r.x + r.width - 2, r.y + 2],
            [r.x + r.width / 2, r.y + r.height / 2],
            [r.x + 2, r.y + r.height - 2],
            [r.x + r.width - 2, r.y + r.height - 2],
          ] as const;
          for (const [x, y] of points) {
            // Choose another first, so each click has something to change.
            await page.evaluate((name) => {
              for (const input of document.querySelectorAll<HTMLInputElement>(`input[name="${name}"]`)) input.checked = false;
            }, question);
            await page.mouse.click(x, y);
            const state = await page.evaluate(
              ({ name, value }) => ({
                checked: document.querySelector<HTMLInputElement>(`input[name="${name}"][value="${value}"]`)?.checked,
                path: window.location.pathname,
              }),
              { name: question, value: option },
            );
            if (!state.checked) problems.push(`${question}: a click at (${x.toFixed(0)}, ${y.toFixed(0)}) on "${option}" did not choose it`);
            if (state.path !== pathOf(question)) problems.push(`${question}: choosing "${option}" moved to ${state.path}`);
          }
        }
      }
      // choose() fails if choosing alone moves on.
      await choose(page, 'nb', given);
      await continueButton(page, 'nb').click();
    }
    await waitForPath(page, pathOf(walk.end));
    await context.close();
    expect(problems).toEqual([]);
    expectClean(collected);
  });
});

describe.concurrent('status messages', () => {
  it('says in role="status" that a language could not be fetched, and keeps the page', async ({ expect }) => {
    const { page, context } = await openPage({ width: 1280, height: 800, locale: LOCALES.nb });
    await freshStart(page);
    const status = page.locator('[role="status"]');
    // The live region is on the page before anything is said in it, so it is announced.
    await expect.poll(() => status.count()).toBe(1);
    expect((await status.textContent())?.trim()).toBe('');
    await context.route('**/assets/**', (route) => route.abort());
    await page.locator('nav summary').click();
    await page.getByRole('button', { name: 'English', exact: true }).click();
    const name = (code: string) => new Intl.DisplayNames(['nb'], { type: 'language' }).of(code)!;
    const message = STRINGS.nb.common.language.failed.replace('{{language}}', name('en')).replace('{{current}}', name('nb'));
    await expect.poll(() => status.textContent()).toBe(message);
    expect(await page.evaluate(() => document.documentElement.lang)).toBe('nb');
    expect(await page.locator('main h1').textContent()).toBe(STRINGS.nb.flow.start.title);
    await context.close();
  });
});
