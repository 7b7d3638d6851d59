/**
 * The embed demo opened as README says: `npm start`'s server (scripts/serve.js, run as a
 * command) serves the wizard and, on the next port, the demo as a help article with a host
 * page's CSP. The article frames the wizard from the wizard's origin, sizes the frame to its
 * content and logs the events it receives, with no CSP violation, error or foreign request.
 */
import { type ChildProcess, spawn } from 'node:child_process';
import { once } from 'node:events';
import { fileURLToPath } from 'node:url';
import type { Browser, Frame, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser } from './browser';
import { DIST, type Recorded, hostLog, newEmbedPage, settledContent } from './embed-host';
import { VISITS } from '../visits';
import { appRunning, clickStart, eventually, t, titleOf } from './wizard';

const SERVE = fileURLToPath(new URL('../../scripts/serve.js', import.meta.url));

let browser: Browser;
let server: ChildProcess;
/** What the command printed: the wizard's address and the demo's. */
let wizard: string;
let demo: string;

/** Starts `node scripts/serve.js` on a free port and reads the two addresses it prints. */
async function startCommand(): Promise<void> {
  server = spawn(process.execPath, [SERVE], {
    env: { ...process.env, PORT: '0', HOST: '127.0.0.1', DIST },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let printed = '';
  let errors = '';
  server.stderr!.on('data', (chunk: Buffer) => (errors += chunk.toString()));
  const exited = once(server, 'exit').then(([code]) => {
    throw new Error(`scripts/serve.js exited with ${String(code)}: ${errors}`);
  });
  const addresses = new Promise<void>((resolve) => {
    server.stdout!.on('data', (chunk: Buffer) => {
      printed += chunk.toString();
      const wizardLine = /Refusjonsveiviseren: (\S+)/.exec(printed);
      const demoLine = /The embed demo, as a help article: (\S+)/.exec(printed);
      if (wizardLine?.[1] && demoLine?.[1]) {
        wizard = new URL(wizardLine[1]).origin;
        demo = demoLine[1];
        resolve();
      }
    });
  });
  await Promise.race([addresses, exited]);
}

beforeAll(async () => {
  [browser] = await Promise.all([launchBrowser(), startCommand()]);
});

afterAll(async () => {
  await browser?.close();
  if (server && server.exitCode === null) {
    server.kill('SIGTERM');
    await once(server, 'exit');
  }
});

/** A fresh tab that may talk to the wizard's origin and the demo's, and no other. */
function openDemo(width: number, height: number) {
  return newEmbedPage(browser, { width, height, origins: [wizard, new URL(demo).origin] });
}

function demoFrame(page: Page): Promise<Frame> {
  return page
    .waitForSelector('[data-refusjonsveiviser] iframe', { state: 'attached' })
    .then(async (handle) => {
      const frame = await handle.contentFrame();
      if (!frame) throw new Error('The demo has no wizard frame');
      await frame.waitForURL((url) => url.origin === wizard);
      return frame;
    });
}

function iframeHeight(page: Page): Promise<number> {
  return page
    .locator('[data-refusjonsveiviser] iframe')
    .evaluate((frame: HTMLIFrameElement) => frame.getBoundingClientRect().height);
}

/** The demo's event log, as the person reading the demo sees it. */
function loggedTypes(page: Page): Promise<string[]> {
  return page.locator('#events li').evaluateAll((items) => items.map((item) => item.textContent?.split(' ', 1)[0] ?? ''));
}

function expectClean(recorded: Recorded): void {
  expect(recorded.cspViolations, 'CSP violations').toEqual([]);
  expect(recorded.consoleErrors, 'console errors').toEqual([]);
  expect(recorded.pageErrors, 'page errors').toEqual([]);
  expect(recorded.foreignRequests, 'requests to other origins').toEqual([]);
}

describe('the embed demo, as npm start serves it', () => {
  it('is served from an origin of its own with a host page’s CSP that frames the wizard’s origin only', async () => {
    expect(new URL(demo).origin).not.toBe(wizard);
    const response = await fetch(demo);
    expect(response.status).toBe(200);
    const policy = new Map(
      (response.headers.get('content-security-policy') ?? '')
        .split(';')
        .map((directive) => directive.trim().split(/\s+/))
        .map(([name = '', ...values]) => [name, values.join(' ')]),
    );
    expect(policy.get('default-src')).toBe("'none'");
    expect(policy.get('frame-src')).toBe(wizard);
    expect(policy.get('script-src')).toBe(`'self' ${wizard}`);
    expect(await response.text()).toContain(`src="${wizard}/embed.js"`);
  });

  it('shows the wizard framed, sized to its content, and logs its events as the person goes on', async () => {
    const { page, context, recorded } = await openDemo(390, 844);
    try {
      await page.goto(demo);
      const frame = await demoFrame(page);
      await eventually(() => frame.locator('main h1').textContent()).toBe(t('nb', 'start.title'));
      await eventually(() => loggedTypes(page)).toContain('ready');

      // The frame is as tall as what it shows: no grey box, no inner scrollbar.
      const content = await settledContent(frame);
      await eventually(async () => Math.abs((await iframeHeight(page)) - content) <= 1).toBe(true);
      expect(content).toBeGreaterThan(150);
      const startHeight = await iframeHeight(page);

      await clickStart(frame, 'nb');
      await eventually(() => frame.locator('main h1').textContent()).toBe(titleOf('nb', 'reason'));
      await eventually(() => loggedTypes(page)).toContain('step');
      const next = await settledContent(frame);
      await eventually(async () => Math.abs((await iframeHeight(page)) - next) <= 1).toBe(true);
      expect(next).not.toBe(startHeight);

      const events = (await hostLog(page)).events.map((event) => event.type);
      expect(events).toContain('refusjonsveiviser:ready');
      expect(events).toContain('refusjonsveiviser:step');
      expectClean(recorded);
    } finally {
      await context.close();
    }
  });

  it('passes a rating from an outcome in the frame to the article as refusjonsveiviser:feedback, with no answers', async () => {
    const { page, context, recorded } = await openDemo(1024, 900);
    try {
      // A tab of the frame that holds answers up to an outcome, as after a walk in it.
      const [key, envelope] = VISITS.find((visit) => visit.id === 'outcome reload')!.stored!.session!;
      await context.addInitScript(
        ([origin, k, value]) => {
          if (location.origin === origin && !sessionStorage.getItem(k)) sessionStorage.setItem(k, value);
        },
        [wizard, key, envelope] as const,
      );
      await page.goto(demo);
      const frame = await demoFrame(page);
      await appRunning(frame);
      const outcome = titleOf('nb', 'prorated');
      // The stored answers carry each question: «Fortsett» until the outcome.
      await clickStart(frame, 'nb');
      for (let i = 0; i < 15 && (await frame.locator('main h1').textContent()) !== outcome; i++) {
        const next = frame.getByRole('button', { name: t('nb', 'common:continue'), exact: true });
        if (await next.count()) await next.click();
        await frame.waitForTimeout(100);
      }
      expect(await frame.locator('main h1').textContent()).toBe(outcome);
      const region = frame.getByRole('region', { name: t('nb', 'feedback.question'), exact: true });
      await region.getByRole('button', { name: t('nb', 'feedback.no'), exact: true }).click();
      await region.getByRole('button', { name: t('nb', 'feedback.reasons.notMyCase'), exact: true }).click();
      await eventually(async () => (await hostLog(page)).events.filter((event) => event.type === 'refusjonsveiviser:feedback')).toEqual([
        {
          type: 'refusjonsveiviser:feedback',
          target: '',
          detail: { type: 'feedback', outcome: 'prorated', helpful: false, reason: 'notMyCase' },
        },
      ]);
      await eventually(() => loggedTypes(page)).toContain('feedback');
      expectClean(recorded);
    } finally {
      await context.close();
    }
  });
});
