/**
 * An outcome the customer can keep and rate: printed to PDF by Chromium, whose text holds the
 * outcome, the answers, the date, the code and each link's address; the print layout at A4 and
 * Letter widths; «Kopier» as plain text, and the selected text where copying is refused; the rating
 * by keyboard alone, announced, remembered in the tab, and sent nowhere by a build that names no
 * collector. A build with VITE_FEEDBACK_URL sends it as a beacon to its own origin, where
 * scripts/serve.js writes it as one line.
 */
import { type ChildProcess, execFileSync, spawn } from 'node:child_process';
import { once } from 'node:events';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Page } from 'playwright-core';
import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import nbFlow from '../../locales/nb/flow.json';
import { STORAGE_KEY } from '../../src/flow/persist';
import { walkTo } from '../paths';
import { runAxe } from './a11y-checks';
import { launchBrowser } from './browser';
import { openStart, withTab } from './faults';
import { type Lang, appRunning, externalLinks, listedAnswers, t, titleOf, walkFromStart } from './wizard';

const WALK = walkTo('prorated');
const ROOT = fileURLToPath(new URL('../../', import.meta.url));

async function toOutcome(page: Page, lang: Lang = 'nb'): Promise<void> {
  await openStart(page);
  await walkFromStart(page, lang, WALK);
}

async function pdfText(page: Page, format: 'A4' | 'Letter'): Promise<string[]> {
  const data = new Uint8Array(await page.pdf({ format }));
  const pdf = await getDocument({ data }).promise;
  const pages: string[] = [];
  for (let i = 1; i <= pdf.numPages; i++) {
    const content = await (await pdf.getPage(i)).getTextContent();
    pages.push(content.items.map((item) => ('str' in item ? item.str + (item.hasEOL ? '\n' : '') : '')).join(''));
  }
  return pages;
}

/** Text as a reader of it would match it: a line may break anywhere in an address. */
const squeezed = (text: string) => text.replace(/\s+/g, '');

function feedback(page: Page) {
  return page.getByRole('region', { name: t('nb', 'feedback.question'), exact: true });
}

/** Tab until `name`'s button has focus, as a keyboard user would; fails after 60 presses. */
async function tabToButton(page: Page, name: string): Promise<void> {
  for (let i = 0; i < 60; i++) {
    await page.keyboard.press('Tab');
    const focused = await page.evaluate(() => (document.activeElement?.tagName === 'BUTTON' ? document.activeElement.textContent : null));
    if (focused === name) return;
  }
  throw new Error(`Tab never reached «${name}»`);
}

describe('printing an outcome', () => {
  it('to PDF, A4 and Letter: the outcome, why, what to do, the answers, the date, the code and each link’s address', async () => {
    await withTab(async ({ page }) => {
      await toOutcome(page);
      const answers = await listedAnswers(page, 'nb');
      const links = (await externalLinks(page)).map((link) => link.href);
      const code = (await page.locator('.more-help code').textContent())!;
      const today = await page.evaluate(() => new Intl.DateTimeFormat('nb', { dateStyle: 'long' }).format(new Date()));
      for (const format of ['A4', 'Letter'] as const) {
        const pages = await pdfText(page, format);
        const all = pages.join('\n');
        if (format === 'A4') console.log(`The PDF of «${titleOf('nb', 'prorated', WALK.answers)}», page 1:\n${pages[0]}`);
        expect(pages[0]).toContain(titleOf('nb', 'prorated', WALK.answers));
        expect(all).toContain(nbFlow.keep.date.replace('{{date}}', today));
        expect(all).toContain(nbFlow.keep.code.replace('{{code}}', code));
        for (const [question, value] of answers) {
          expect(squeezed(all), question).toContain(squeezed(`${question}${value}`));
        }
        expect(links.length).toBeGreaterThan(2);
        for (const href of links) expect(squeezed(all), href).toContain(`(${href})`);
        // Nothing to press, and no header, language switch or footer.
        for (const gone of [t('nb', 'keep.print'), t('nb', 'feedback.question'), t('nb', 'common:startOver.button'), t('nb', 'common:footer.accessibility')]) {
          expect(all, gone).not.toContain(gone);
        }
        expect(all).not.toContain(t('nb', 'common:language.label'));
      }
    });
  });

  it('lays out within A4 and Letter widths, black on white, with no element cut at the edge', async () => {
    await withTab(async ({ page }) => {
      await toOutcome(page);
      await page.emulateMedia({ media: 'print' });
      // The printable width at 96 px per inch: A4 210 mm and Letter 8.5 in, less the 15 mm margins.
      for (const width of [Math.floor(((210 - 30) / 25.4) * 96), Math.floor((8.5 - 30 / 25.4) * 96)]) {
        await page.setViewportSize({ width, height: 1000 });
        const layout = await page.evaluate(() => {
          const over = [...document.querySelectorAll('body *')]
            .filter((element) => element.getClientRects().length > 0)
            .filter((element) => element.getBoundingClientRect().right > document.documentElement.clientWidth + 0.5)
            .map((element) => element.outerHTML.slice(0, 80));
          const style = getComputedStyle(document.body);
          return { scroll: document.documentElement.scrollWidth, client: document.documentElement.clientWidth, over, color: style.color, background: style.backgroundColor };
        });
        expect(layout.over, `at ${width} px`).toEqual([]);
        expect(layout.scroll).toBeLessThanOrEqual(layout.client);
        expect([layout.color, layout.background]).toEqual(['rgb(0, 0, 0)', 'rgb(255, 255, 255)']);
        await page.screenshot({ path: join(tmpdir(), `refusjonsveiviser-print-${width}.png`), fullPage: true });
      }
    });
  });
});

describe('copying an outcome', () => {
  it('«Kopier» puts the same as plain text on the clipboard, in the page’s language', async () => {
    await withTab(async ({ page }) => {
      await page.context().grantPermissions(['clipboard-read', 'clipboard-write']);
      await toOutcome(page);
      await page.getByRole('button', { name: t('nb', 'keep.copy'), exact: true }).click();
      await expect.poll(() => page.getByRole('status').filter({ hasText: t('nb', 'keep.copied') }).count()).toBe(1);
      const copied = await page.evaluate(() => navigator.clipboard.readText());
      expect(copied.startsWith(`${t('nb', 'keep.title')}\n`)).toBe(true);
      expect(copied).toContain(t('nb', 'keep.outcome', { outcome: titleOf('nb', 'prorated', WALK.answers) }));
      for (const href of (await externalLinks(page)).map((link) => link.href)) expect(copied).toContain(`(${href})`);
      expect(copied).not.toMatch(/<\/?\w+>/);
    });
  });

  it('where copying is refused, shows the text selected for the person to copy', async () => {
    await withTab(
      async ({ page }) => {
        await toOutcome(page);
        await page.getByRole('button', { name: t('nb', 'keep.copy'), exact: true }).click();
        const field = page.getByRole('textbox', { name: t('nb', 'keep.fieldLabel'), exact: true });
        await field.waitFor();
        expect(await page.getByRole('status').filter({ hasText: t('nb', 'keep.select') }).count()).toBe(1);
        const selection = await field.evaluate((area: HTMLTextAreaElement) => ({
          focused: document.activeElement === area,
          all: area.selectionStart === 0 && area.selectionEnd === area.value.length,
          text: area.value,
        }));
        expect(selection.focused).toBe(true);
        expect(selection.all).toBe(true);
        expect(selection.text.startsWith(t('nb', 'keep.title'))).toBe(true);
      },
      {
        // As a frame whose host did not allow clipboard-write, or a browser that says no.
        init: (page) =>
          page.addInitScript(() => {
            Object.defineProperty(navigator.clipboard, 'writeText', { value: () => Promise.reject(new DOMException('denied', 'NotAllowedError')) });
          }),
      },
    );
  });
});

describe('rating an outcome', () => {
  it('by keyboard: Nei, a reason, then a thank-you in place of the buttons, announced and focused; remembered in the tab; sent nowhere', async () => {
    await withTab(async ({ page }) => {
      const posts: string[] = [];
      page.on('request', (request) => {
        if (request.method() !== 'GET') posts.push(`${request.method()} ${request.url()}`);
      });
      await toOutcome(page);
      await tabToButton(page, t('nb', 'feedback.no'));
      await page.keyboard.press('Enter');
      await expect.poll(() => page.evaluate(() => document.activeElement?.id)).toBe('feedback-why');
      await tabToButton(page, t('nb', 'feedback.reasons.hardToUnderstand'));
      await page.keyboard.press('Enter');
      await expect.poll(() => page.evaluate(() => document.activeElement?.textContent)).toBe(t('nb', 'feedback.thanks'));

      // What a screen reader is given: the question, and the thank-you in a live region; no buttons.
      expect(await feedback(page).ariaSnapshot()).toBe(
        [`- region "${t('nb', 'feedback.question')}":`, `  - heading "${t('nb', 'feedback.question')}" [level=2]`, '  - status:', `    - paragraph: ${t('nb', 'feedback.thanks')}`].join('\n'),
      );
      const stored = await page.evaluate((key) => JSON.parse(sessionStorage.getItem(key)!) as { feedback: unknown }, STORAGE_KEY);
      expect(stored.feedback).toEqual({ prorated: { helpful: false, reason: 'hardToUnderstand' } });

      // Asked once: a reload shows the thank-you, not the question's buttons.
      await page.reload();
      await appRunning(page);
      await expect.poll(() => feedback(page).getByRole('status').textContent()).toBe(t('nb', 'feedback.thanks'));
      expect(await feedback(page).getByRole('button').count()).toBe(0);
      // This build names no collector: nothing was sent.
      await page.waitForLoadState('networkidle');
      expect(posts).toEqual([]);
    });
  });

  it('is axe clean as it asks, after «Nei» and once thanked: light and dark, at 390 and 1280 px', async () => {
    await withTab(async ({ page }) => {
      await toOutcome(page);
      const violations: string[] = [];
      const check = async (state: string) => {
        for (const width of [390, 1280]) {
          for (const colorScheme of ['light', 'dark'] as const) {
            await page.setViewportSize({ width, height: 900 });
            await page.emulateMedia({ colorScheme });
            const { violations: found } = await runAxe(page);
            violations.push(...found.map((v) => `${state}, ${width} px, ${colorScheme}: ${v.id} ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`));
          }
        }
      };
      await check('asking');
      await feedback(page).getByRole('button', { name: t('nb', 'feedback.no'), exact: true }).click();
      await check('after Nei');
      await feedback(page).getByRole('button', { name: t('nb', 'feedback.reasons.other'), exact: true }).click();
      await expect.poll(() => feedback(page).getByRole('status').textContent()).toBe(t('nb', 'feedback.thanks'));
      await check('thanked');
      expect(violations).toEqual([]);
    });
  });

  it('«Ja» is one press, and a thank-you', async () => {
    await withTab(async ({ page }) => {
      await toOutcome(page);
      await feedback(page).getByRole('button', { name: t('nb', 'feedback.yes'), exact: true }).click();
      await expect.poll(() => feedback(page).getByRole('status').textContent()).toBe(t('nb', 'feedback.thanks'));
      expect(await feedback(page).getByRole('button').count()).toBe(0);
    });
  });
});

describe('a build with VITE_FEEDBACK_URL on its own origin', () => {
  let dist: string;
  let server: ChildProcess;
  let origin: string;
  const lines: string[] = [];

  beforeAll(async () => {
    dist = mkdtempSync(join(tmpdir(), 'refusjonsveiviser-feedback-'));
    execFileSync(join(ROOT, 'scripts/build-into.sh'), [dist], {
      cwd: ROOT,
      env: { ...process.env, VITE_FEEDBACK_URL: '/tilbakemelding' },
      stdio: 'ignore',
    });
    server = spawn(process.execPath, [join(ROOT, 'scripts/serve.js')], {
      env: { ...process.env, PORT: '0', DIST: dist },
      stdio: ['ignore', 'pipe', 'inherit'],
    });
    origin = await new Promise<string>((resolve) => {
      server.stdout!.on('data', (chunk: Buffer) => {
        for (const line of chunk.toString().split('\n')) {
          lines.push(line);
          const match = /^Refusjonsveiviseren: (\S+)/.exec(line);
          if (match?.[1]) resolve(new URL(match[1]).origin);
        }
      });
    });
  }, 120_000);

  afterAll(async () => {
    if (server && server.exitCode === null) {
      server.kill('SIGTERM');
      await once(server, 'exit');
    }
    if (dist) rmSync(dist, { recursive: true, force: true });
  });

  it('sends the rating as a beacon to that address, with the outcome and the rating alone; the server writes it as one line', async () => {
    const browser = await launchBrowser();
    try {
      const context = await browser.newContext({ baseURL: origin, viewport: { width: 1280, height: 900 }, locale: 'nb-NO' });
      const page = await context.newPage();
      await toOutcome(page);
      const sent = page.waitForRequest((request) => request.method() === 'POST');
      await feedback(page).getByRole('button', { name: t('nb', 'feedback.no'), exact: true }).click();
      await feedback(page).getByRole('button', { name: t('nb', 'feedback.skip'), exact: true }).click();
      const request = await sent;
      expect(request.url()).toBe(`${origin}/tilbakemelding`);
      expect(JSON.parse(request.postData() ?? '')).toEqual({ type: 'feedback', outcome: 'prorated', helpful: false, reason: null });
      expect((await request.response())?.status()).toBe(204);
      await expect.poll(() => lines.filter((line) => line.startsWith('{"feedback"'))).toEqual([
        JSON.stringify({ feedback: { outcome: 'prorated', helpful: false, reason: null } }),
      ]);
      // Anything else posted there is refused, and POST elsewhere is still 405.
      const bad = await page.request.post('/tilbakemelding', { data: { type: 'feedback', outcome: 'prorated', helpful: true, reason: null, answers: {} } });
      expect(bad.status()).toBe(400);
      expect((await page.request.post('/', { data: '{}' })).status()).toBe(405);
      await context.close();
    } finally {
      await browser.close();
    }
  });
});
