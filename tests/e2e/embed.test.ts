/**
 * The wizard embedded in a help article, cross-origin, in Debian's Chromium: the article on
 * http://127.0.0.1:<A> with the snippet from README, the wizard's build on http://localhost:<B>.
 * The frame sizes itself both ways with no scrollbar; ready, step and outcome reach the article
 * as DOM events without answers; a third origin, the article's own window, a frame of the
 * wizard's origin that is not the embed, and malformed messages change nothing; a page not on
 * the allowlist cannot frame the wizard (frame-ancestors) and, where headers cannot be set, gets
 * nothing beyond the empty hello; and in every test no CSP violation and no request to another
 * origin, in the frame too.
 */
import { readFileSync } from 'node:fs';
import type { Browser, Frame, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { LANGUAGES } from '../../src/i18n/languages';
import type { StepId } from '../../src/flow/steps';
import { launchBrowser } from './browser';
import {
  type HostLog,
  type HostServer,
  type Recorded,
  type Served,
  article,
  frameHeight,
  frameViewport,
  hostHeightWithin,
  hostLog,
  newEmbedPage,
  settle,
  settledContent,
  startHostServer,
  startOtherHostServer,
  startWizard,
  startWizardWithoutFrameAncestors,
  wizardFrame,
} from './embed-host';
import { type Answer, clickStart, languageButton, optionLabel, t, titleOf } from './wizard';

const SOURCE = 'refusjonsveiviser';
/** The snippet's height before the wizard has said anything. */
const INITIAL_HEIGHT = '640px';
/**
 * Answers on the way to the warning before confirming: a link may lead to it, never past it
 * («Ja, jeg vil avslutte» is the person's own), then the finish question, a short page before a long outcome.
 */
const TO_CONFIRM =
  'arsak=avslutte&plan=basic&kjopt=microsoft&land=DK&konto=ser-det&administrer=administrer&avbryt=avbryt&lagring=ja';
/** Fields an event may carry, by type: ids and numbers, never an answer. */
const DETAIL_FIELDS: Record<string, string[]> = {
  ready: ['type'],
  step: ['type', 'state', 'question'],
  outcome: ['type', 'outcome'],
  resize: ['type', 'height'],
  'scroll-into-view': ['type'],
  error: ['type', 'code'],
};

let browser: Browser;
/** The wizard on http://localhost:<B>, with the build's own headers. */
let wizard: Served;
/** The same build without frame-ancestors, as a files-only host would serve it. */
let bareWizard: Served;
/** The help article's origin, http://127.0.0.1:<A>: on the default allowlist. */
let host: HostServer;
/** A third origin (127.0.0.2 or [::1]): neither test origin, not on the allowlist. */
let other: HostServer;

beforeAll(async () => {
  [browser, wizard, bareWizard, host, other] = await Promise.all([
    launchBrowser(),
    startWizard(),
    startWizardWithoutFrameAncestors(),
    startHostServer('127.0.0.1'),
    startOtherHostServer(),
  ]);
  other.route('/third-party', '<!doctype html><html lang="en"><title>Ad</title><p>Someone else’s frame.</p></html>');
});

afterAll(async () => {
  await Promise.all([browser?.close(), wizard?.close(), bareWizard?.close(), host?.close(), other?.close()]);
});

interface Run {
  page: Page;
  recorded: Recorded;
}

/**
 * A fresh context at this width; afterwards the page must be clean: no console or page errors,
 * no CSP violation in any frame, no request beyond `origins` (the two test origins by default).
 */
async function withHostPage(
  options: { width?: number; height?: number; origins?: string[]; clean?: boolean },
  run: (run: Run) => Promise<void>,
): Promise<void> {
  const { width = 1280, height = 900, origins = [host.origin, wizard.origin], clean = true } = options;
  const { page, context, recorded } = await newEmbedPage(browser, { width, height, origins });
  try {
    await run({ page, recorded });
  } finally {
    await context.close();
  }
  if (clean) expect(recorded).toEqual({ consoleErrors: [], pageErrors: [], cspViolations: [], foreignRequests: [] });
}

/** Serves an article on `server` and opens it. */
async function openArticle(page: Page, server: HostServer, path: string, options: Parameters<typeof article>[0]) {
  const { html, csp } = article(options);
  server.route(path, html, csp);
  await page.goto(`${server.origin}${path}`);
}

function heading(frame: Frame) {
  return frame.locator('main h1');
}

async function expectStep(frame: Frame, step: StepId, answers: Answer[] = []) {
  await expect.poll(() => heading(frame).textContent(), { timeout: 5_000 }).toBe(titleOf('nb', step, answers));
}

async function choose(frame: Frame, question: Parameters<typeof optionLabel>[1], value: string) {
  await frame.getByRole('radio', { name: optionLabel('nb', question, value), exact: true }).check();
  await frame.getByRole('button', { name: t('nb', 'common:continue'), exact: true }).click();
}

/**
 * Once the page in the frame has settled, the host's frame is exactly as tall as the content
 * (Math.ceil of #root) within three of the host's animation frames, and nothing inside the frame
 * scrolls. Returns the height.
 */
async function expectSized(page: Page, frame: Frame): Promise<number> {
  const height = await settledContent(frame);
  expect(await hostHeightWithin(page, height)).toBe(`${height}px`);
  const inside = await frameViewport(frame, height);
  expect(inside.clientHeight, "the frame's viewport is the content's height").toBe(height);
  expect(inside.scrollHeight, 'no scrollbar inside the frame').toBeLessThanOrEqual(inside.clientHeight);
  expect(inside.scrollWidth, 'nothing wider than the frame').toBeLessThanOrEqual(inside.clientWidth);
  return height;
}

/** On first load the handshake and the first measure take their time; after that, expectSized. */
async function firstSized(page: Page, frame: Frame): Promise<number> {
  await expect
    .poll(async () => (await frameHeight(page)) === `${await settledContent(frame)}px`, { timeout: 5_000 })
    .toBe(true);
  return expectSized(page, frame);
}

/** Where the frame's top is in the article's viewport, in whole pixels. */
function frameTop(page: Page): Promise<number> {
  return page.locator('#wizard iframe').evaluate((frame) => Math.round(frame.getBoundingClientRect().top) || 0);
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

function messagesFrom(log: HostLog, origin: string) {
  return log.messages.filter((message) => message.origin === origin);
}

describe('embedded in a help article on another origin', () => {
  for (const viewport of [
    { width: 320, height: 640 },
    { width: 1280, height: 900 },
  ]) {
    it(`follows the content's height both ways with no inner scrollbar at ${viewport.width} px`, async () => {
      await withHostPage(viewport, async ({ page }) => {
        await openArticle(page, host, '/heights', { wizard: wizard.origin, preset: TO_CONFIRM });
        const frame = await wizardFrame(page, wizard.origin);
        await expectStep(frame, 'confirm');
        await choose(frame, 'confirm', 'avslutt');
        await expectStep(frame, 'finish');
        const question = await firstSized(page, frame);

        // Grows on a long outcome, whose top the article scrolls into view (the reader was
        // further down the article, at the question's button)…
        await page.evaluate(() => {
          const top = document.querySelector('#wizard iframe')!.getBoundingClientRect().top + window.scrollY;
          window.scrollTo(0, top + 100);
        });
        expect(await frameTop(page)).toBeLessThan(0);
        await choose(frame, 'finish', 'avsluttet');
        await expectStep(frame, 'prorated');
        const outcome = await expectSized(page, frame);
        expect(outcome).toBeGreaterThan(question);
        await expect.poll(() => frameTop(page), { timeout: 3_000 }).toBe(0);

        // …shrinks back to the very same height on the question before…
        await frame.getByRole('link', { name: t('nb', 'common:back'), exact: true }).click();
        await expectStep(frame, 'finish');
        expect(await expectSized(page, frame)).toBe(question);

        // …grows again to the same outcome, never a pixel more…
        await frame.getByRole('button', { name: t('nb', 'common:continue'), exact: true }).click();
        await expectStep(frame, 'prorated');
        expect(await expectSized(page, frame)).toBe(outcome);

        // …and shrinks to the first question through "Endre".
        const change = `${t('nb', 'common:answers.change')} ${t('nb', 'common:answers.changeHidden', {
          question: t('nb', 'reason.title'),
        })}`;
        await frame.getByRole('link', { name: change, exact: true }).click();
        await expectStep(frame, 'reason');
        expect(await expectSized(page, frame)).toBeLessThan(outcome);

        const { events } = await hostLog(page);
        expect(events.filter((event) => event.type.endsWith(':error'))).toEqual([]);
      });
    });
  }

  it('keeps following while the article column narrows smoothly, and never mistakes that for oscillation', async () => {
    await withHostPage({}, async ({ page }) => {
      await openArticle(page, host, '/narrowing', { wizard: wizard.origin, preset: `${TO_CONFIRM}&fullfort=avsluttet` });
      const frame = await wizardFrame(page, wizard.origin);
      await expectStep(frame, 'confirm');
      await choose(frame, 'confirm', 'avslutt');
      await expectStep(frame, 'prorated');
      await firstSized(page, frame);
      // A second of a column going from 700 to 260 px, a new width every frame, as in a window
      // being dragged narrower: the height changes many times, always one way.
      await page.evaluate(
        () =>
          new Promise<void>((done) => {
            const column = document.getElementById('wizard')!;
            const start = performance.now();
            const step = (now: number) => {
              const progress = Math.min(1, (now - start) / 1000);
              column.style.width = `${700 - progress * 440}px`;
              if (progress < 1) requestAnimationFrame(step);
              else done();
            };
            requestAnimationFrame(step);
          }),
      );
      await expectSized(page, frame);
      const { events } = await hostLog(page);
      expect(events.filter(({ type }) => type === `${SOURCE}:resize`).length).toBeGreaterThan(10);
      expect(events.filter(({ type }) => type === `${SOURCE}:error`)).toEqual([]);
    });
  });

  it('stops and reports when the height flips back and forth, and lets the page scroll in the frame', async () => {
    await withHostPage({}, async ({ page }) => {
      await openArticle(page, host, '/oscillation', { wizard: wizard.origin });
      const frame = await wizardFrame(page, wizard.origin);
      await firstSized(page, frame);
      // Content that grows whenever the frame is resized to fit it, and shrinks on the next
      // resize: the fight between host and page that sizing to content can start.
      await frame.evaluate(() => {
        const block = document.createElement('div');
        block.style.height = '50px';
        document.querySelector('main')!.append(block);
        window.addEventListener('resize', () => {
          block.style.height = block.style.height === '50px' ? '0px' : '50px';
        });
      });
      await expect
        .poll(async () => (await hostLog(page)).events.filter(({ type }) => type === `${SOURCE}:error`), { timeout: 5_000 })
        .toEqual([{ type: `${SOURCE}:error`, target: 'wizard', detail: { type: 'error', code: 'oscillation' } }]);
      const resizes = async () => (await hostLog(page)).events.filter(({ type }) => type === `${SOURCE}:resize`).length;
      const stoppedAt = await resizes();
      await settle(page, 400);
      expect(await resizes()).toBe(stoppedAt);
      expect(stoppedAt).toBeLessThan(30);
      expect(await frame.evaluate(() => document.documentElement.classList.contains('embedded-sized'))).toBe(false);
    });
  });

  it('sends ready, step and outcome to the article as DOM events on the container, in order, with no answers', async () => {
    await withHostPage({}, async ({ page }) => {
      await openArticle(page, host, '/events', { wizard: wizard.origin, preset: 'plan=familie&land=DK' });
      const frame = await wizardFrame(page, wizard.origin);
      await expect.poll(async () => (await hostLog(page)).events.some((e) => e.type === `${SOURCE}:step`)).toBe(true);
      // The frame has not taken focus from the article.
      expect(await page.evaluate(() => document.activeElement === document.body)).toBe(true);

      await expectStep(frame, 'reason');
      await choose(frame, 'reason', 'avslutte');
      await expectStep(frame, 'purchase');
      await choose(frame, 'purchase', 'apple');
      await expectStep(frame, 'appStore', [{ question: 'purchase', value: 'apple' }]);
      await expect.poll(async () => (await hostLog(page)).events.some((e) => e.type === `${SOURCE}:outcome`)).toBe(true);
      await settle(page);

      const log = await hostLog(page);
      const story = log.events
        .filter(({ type }) => [`${SOURCE}:ready`, `${SOURCE}:step`, `${SOURCE}:outcome`].includes(type))
        .map(({ detail }) => detail);
      expect(story).toEqual([
        { type: 'ready' },
        // The preset plan is passed through: from the first question straight to the third.
        { type: 'step', state: 'reason', question: 1 },
        { type: 'step', state: 'purchase', question: 3 },
        { type: 'step', state: 'appStore', question: null },
        { type: 'outcome', outcome: 'appStore' },
      ]);
      // Every event is on the container, named after its type, with only its own fields.
      for (const { type, target, detail } of log.events) {
        expect(target).toBe('wizard');
        const kind = type.slice(`${SOURCE}:`.length);
        expect(detail).toMatchObject({ type: kind });
        expect(Object.keys(detail as object).sort()).toEqual([...DETAIL_FIELDS[kind]!].sort());
      }
      expect(log.events.some(({ type }) => type === `${SOURCE}:resize`)).toBe(true);
      // Nothing the person answered, nor the presets, in any event or any message.
      const said = JSON.stringify([log.events, log.messages]);
      for (const answer of ['avslutte', 'familie', 'apple', 'DK', 'Familie', 'Apple', 'Danmark', 'Denmark']) {
        expect(said).not.toContain(answer);
      }
      // Only the wizard's frame talked to the article.
      expect(new Set(log.messages.map(({ origin }) => origin))).toEqual(new Set([wizard.origin]));
    });
  });

  it('keeps the language switch and "Trenger du mer hjelp?" without the site header and footer, and takes no focus', async () => {
    await withHostPage({ width: 320, height: 640 }, async ({ page }) => {
      await openArticle(page, host, '/layout', { wizard: wizard.origin });
      const frame = await wizardFrame(page, wizard.origin);
      await firstSized(page, frame);
      expect(await page.evaluate(() => document.activeElement === document.body)).toBe(true);
      expect(await frame.evaluate(() => document.hasFocus())).toBe(false);

      const iframe = page.locator('#wizard iframe');
      expect(await iframe.getAttribute('title')).toBeTruthy();
      expect(await iframe.getAttribute('loading')).toBe('lazy');
      expect(await iframe.getAttribute('referrerpolicy')).toBe('strict-origin-when-cross-origin');
      expect(await iframe.getAttribute('allow')).toBe('clipboard-write');

      expect(await frame.locator('header, footer, .skip-link').count()).toBe(0);
      expect(await frame.getByRole('banner').count()).toBe(0);
      expect(await frame.getByRole('contentinfo').count()).toBe(0);
      expect(await frame.getByRole('link', { name: t('nb', 'common:footer.accessibility') }).count()).toBe(0);
      await frame.getByRole('complementary', { name: t('nb', 'common:moreHelp.heading'), exact: true }).waitFor();
      await (await languageButton(frame, 'nb', 'en')).click();
      await expect.poll(() => heading(frame).textContent()).toBe(titleOf('en', 'start', []));
      await frame.getByRole('complementary', { name: t('en', 'common:moreHelp.heading'), exact: true }).waitFor();
      await expectSized(page, frame);
    });
  });

  it('ignores messages from a third origin, the article itself, another frame of the wizard, and malformed ones', async () => {
    const origins = [host.origin, wizard.origin, other.origin];
    await withHostPage({ origins }, async ({ page }) => {
      await openArticle(page, host, '/hostile', {
        wizard: wizard.origin,
        frames: [
          ['Annonse', `${other.origin}/third-party`],
          ['Veiviseren, ikke innebygd', `${wizard.origin}/tilgjengelighet`],
        ],
      });
      const frame = await wizardFrame(page, wizard.origin);
      await firstSized(page, frame);
      await settle(page);
      const height = await frameHeight(page);
      const before = (await hostLog(page)).events.length;

      const frames = page.frames();
      const thirdParty = frames.find((f) => f.url().startsWith(`${other.origin}/`))!;
      const lookalike = frames.find((f) => f.url() === `${wizard.origin}/tilgjengelighet`)!;
      expect(thirdParty && lookalike).toBeTruthy();
      await lookalike.locator('main h1').waitFor();

      const forged = [
        { source: SOURCE, v: 1, type: 'resize', height: 4321 },
        { source: SOURCE, v: 1, type: 'ready' },
        { source: SOURCE, v: 1, type: 'step', state: 'forged', question: 7 },
        { source: SOURCE, v: 1, type: 'outcome', outcome: 'forged' },
        { source: SOURCE, v: 1, type: 'scroll-into-view' },
        { source: SOURCE, v: 1, type: 'error', code: 'forged' },
        { source: SOURCE, v: 1, type: 'hello' },
      ];
      const postToParent = (target: Frame, messages: unknown[]) =>
        target.evaluate((list) => {
          for (const message of list) window.parent.postMessage(message, '*');
        }, messages);
      // Whoever says hello but the embed's own frame gets no answer.
      const listen = (target: Frame) =>
        target.evaluate(() => {
          const got: unknown[] = [];
          (window as unknown as { got: unknown[] }).got = got;
          window.addEventListener('message', (event) => got.push(event.data));
        });
      await listen(thirdParty);
      await listen(lookalike);

      await postToParent(thirdParty, forged);
      await postToParent(lookalike, forged);
      await page.evaluate((list) => {
        for (const message of list) window.postMessage(message, '*');
      }, forged);
      // From the embed's own frame, but not the schema: another version or source, a height
      // that is not a number, a type not in the protocol, a state too long to be an id, JSON text.
      await postToParent(frame, [
        { source: SOURCE, v: 2, type: 'resize', height: 4321 },
        { source: 'iframe-resizer', v: 1, type: 'resize', height: 4321 },
        { source: SOURCE, v: 1, type: 'resize', height: '4321' },
        { source: SOURCE, v: 1, type: 'resize', height: null },
        { source: SOURCE, v: 1, type: 'resize' },
        { source: SOURCE, v: 1, type: 'navigate', href: 'https://example.invalid/' },
        { source: SOURCE, v: 1, type: 'step', state: 'x'.repeat(100), question: 1 },
        { source: SOURCE, v: 1, type: 'step', state: 'plan', question: 'familie' },
        JSON.stringify({ source: SOURCE, v: 1, type: 'resize', height: 4321 }),
        null,
      ]);
      await settle(page, 400);

      expect(await frameHeight(page)).toBe(height);
      expect((await hostLog(page)).events.slice(before)).toEqual([]);
      for (const target of [thirdParty, lookalike]) {
        expect(await target.evaluate(() => (window as unknown as { got: unknown[] }).got)).toEqual([]);
      }

      // The embed's own frame is still heard, its height clamped to what a page may be…
      await postToParent(frame, [{ source: SOURCE, v: 1, type: 'resize', height: 1e9 }]);
      await expect.poll(() => frameHeight(page)).toBe('20000px');
      await postToParent(frame, [{ source: SOURCE, v: 1, type: 'resize', height: -5 }]);
      await expect.poll(() => frameHeight(page)).toBe('150px');
      // …and the wizard's own next change sizes it again (the frame's height did not feed back).
      await clickStart(frame, 'nb');
      await expectStep(frame, 'reason');
      await expectSized(page, frame);
    });
  });

  it('cannot be framed by a page whose origin is not on the allowlist (frame-ancestors)', async () => {
    await withHostPage({ origins: [other.origin, wizard.origin], clean: false }, async ({ page, recorded }) => {
      await openArticle(page, other, '/not-allowed', { wizard: wizard.origin });
      await expect.poll(() => recorded.consoleErrors.length, { timeout: 5_000 }).toBeGreaterThan(0);
      await settle(page, 400);

      const frame = await (await page.waitForSelector('#wizard iframe', { state: 'attached' })).contentFrame();
      expect(frame && new URL(frame.url()).origin).not.toBe(wizard.origin);
      expect(await frameHeight(page)).toBe(INITIAL_HEIGHT);
      expect(await hostLog(page)).toEqual({ messages: [], events: [] });
      expect(recorded.consoleErrors).toHaveLength(1);
      expect(recorded.consoleErrors[0]).toMatch(
        new RegExp(`^Framing '${escapeRegExp(wizard.origin)}/' violates the following Content Security Policy directive: "frame-ancestors `),
      );
      expect(recorded.consoleErrors[0]).not.toContain(other.origin);
      expect(recorded.pageErrors).toEqual([]);
      expect(recorded.foreignRequests).toEqual([]);
      // The refusal is the browser's, told on the console only: no securitypolicyviolation
      // event reaches the article (nor could one reach the frame that never loaded).
      expect(recorded.cspViolations).toEqual([]);
    });
  });

  it('says nothing but an empty hello to a page not on the allowlist when no header keeps it out', async () => {
    await withHostPage({ origins: [other.origin, bareWizard.origin] }, async ({ page }) => {
      await openArticle(page, other, '/not-allowed-no-header', { wizard: bareWizard.origin });
      const frame = await wizardFrame(page, bareWizard.origin);
      await expect.poll(async () => (await hostLog(page)).messages.length).toBeGreaterThan(0);
      await clickStart(frame, 'nb');
      await expectStep(frame, 'reason');
      await choose(frame, 'reason', 'avslutte');
      await expectStep(frame, 'plan');
      await settle(page, 400);

      expect(await hostLog(page)).toEqual({
        messages: [{ origin: bareWizard.origin, data: { source: SOURCE, v: 1, type: 'hello' } }],
        events: [],
      });
      expect(await frameHeight(page)).toBe(INITIAL_HEIGHT);
      expect(await frame.evaluate(() => document.documentElement.classList.contains('embedded-sized'))).toBe(false);
    });
  });

  it('says nothing but an empty hello to an allowed page that does not answer it', async () => {
    await withHostPage({}, async ({ page }) => {
      await openArticle(page, host, '/silent', { wizard: wizard.origin, snippet: false });
      const frame = await wizardFrame(page, wizard.origin);
      await expect.poll(async () => (await hostLog(page)).messages.length).toBeGreaterThan(0);
      await clickStart(frame, 'nb');
      await expectStep(frame, 'reason');
      await choose(frame, 'reason', 'ukjent-trekk');
      await expectStep(frame, 'checkCharge');
      await settle(page, 400);

      expect(messagesFrom(await hostLog(page), wizard.origin)).toEqual([
        { origin: wizard.origin, data: { source: SOURCE, v: 1, type: 'hello' } },
      ]);
      expect((await hostLog(page)).messages).toHaveLength(1);
      expect(await frame.evaluate(() => document.documentElement.classList.contains('embedded-sized'))).toBe(false);
    });
  });

  it('would see a CSP violation in the article or in the frame (the checks above are not blind)', async () => {
    await withHostPage({ clean: false }, async ({ page, recorded }) => {
      await openArticle(page, host, '/violation', { wizard: wizard.origin });
      const frame = await wizardFrame(page, wizard.origin);
      const inlineStyle = () => {
        const style = document.createElement('style');
        style.textContent = 'p { color: red }';
        document.head.append(style);
      };
      await frame.evaluate(inlineStyle);
      await page.evaluate(inlineStyle);
      // Two in the frame (the header's policy and the page's meta policy), one in the article.
      await expect.poll(() => recorded.cspViolations.length).toBe(3);
      expect(recorded.cspViolations.some((v) => v.startsWith(`${wizard.origin}/`))).toBe(true);
      expect(recorded.cspViolations.some((v) => v.startsWith(`${host.origin}/`))).toBe(true);
    });
  });
});

/** The start page's document title in a language, from its locale files: what the frame is named. */
function startTitle(code: string): string {
  const read = (ns: string) => JSON.parse(readFileSync(new URL(`../../locales/${code}/${ns}.json`, import.meta.url), 'utf8')) as Record<string, unknown>;
  const common = read('common') as { documentTitle: string };
  const flow = read('flow') as { start: { title: string } };
  return common.documentTitle.replace('{{page}}', flow.start.title);
}

describe('the frame in each language', () => {
  const cases: [string, string][] = [
    ...LANGUAGES.map(({ code }): [string, string] => [code, code]),
    ['EN', 'en'],
    ['en-GB', 'en'],
    ['Sv', 'sv'],
    ['no', 'nb'],
    ['xx', 'nb'],
    ['', 'nb'],
  ];
  it(`is named and opened in the language data-lang gives, in any case: ${cases.map(([given]) => JSON.stringify(given)).join(', ')}`, async () => {
    await withHostPage({}, async ({ page }) => {
      for (const [given, lang] of cases) {
        await openArticle(page, host, `/lang-${given || 'none'}`, { wizard: wizard.origin, lang: given });
        const frame = await wizardFrame(page, wizard.origin);
        const iframe = page.locator('#wizard iframe');
        expect(await iframe.getAttribute('title'), `data-lang="${given}"`).toBe(startTitle(lang));
        await expect.poll(() => frame.evaluate(() => document.documentElement.lang), { message: `data-lang="${given}"` }).toBe(lang);
        expect(await frame.title(), 'the frame is named as its page').toBe(await iframe.getAttribute('title'));
      }
    });
  });
});
