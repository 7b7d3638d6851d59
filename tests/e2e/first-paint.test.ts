import type { CDPSession, Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { readFilmstrip, recordFrames } from '../../scripts/bench/filmstrip.js';
import { refundMachine } from '../../src/flow/machine';
import { STORAGE_KEY, toEnvelope } from '../../src/flow/persist';
import type { StepId } from '../../src/flow/steps';
import { walkTo } from '../paths';
import { chromiumForFile, expectClean } from './browser';

const openPage = chromiumForFile();

/** The phone-like profile of the bench, so the steps between navigation and the app are long enough to see. */
async function phoneLike(session: CDPSession): Promise<void> {
  await session.send('Emulation.setCPUThrottlingRate', { rate: 4 });
  await session.send('Network.enable');
  await session.send('Network.emulateNetworkConditions', {
    offline: false,
    latency: 150,
    downloadThroughput: (1.6 * 1024 * 1024) / 8,
    uploadThroughput: (750 * 1024) / 8,
  });
}

const prorated = walkTo('prorated');
const answersUpTo = (step: StepId) => {
  const at = prorated.answers.findIndex((answer) => answer.question === step);
  return Object.fromEntries(prorated.answers.slice(0, at < 0 ? undefined : at).map(({ question, value }) => [question, value]));
};
const stored = (step: StepId) => toEnvelope(refundMachine.id, { step, answers: answersUpTo(step), review: false });

interface Visit {
  name: string;
  path: string;
  /** What the tab holds before the address opens. */
  session?: string;
  local?: string;
  /** The language the page settles in, where the address or storage names it. */
  settlesIn?: string;
}

const VISITS: Visit[] = [
  { name: 'the start', path: '/' },
  { name: 'the first question', path: '/arsak' },
  { name: 'a deep link to a question, no answers', path: '/land' },
  { name: 'a deep link to a question, answers stored', path: '/land', session: stored('country') },
  { name: 'a reload on an outcome', path: '/fordelt-refusjon', session: stored('prorated') },
  { name: 'agent mode', path: '/agent' },
  { name: 'a link in English', path: '/?lng=en', settlesIn: 'en' },
  { name: 'a link in Hebrew', path: '/?lng=he', settlesIn: 'he' },
  { name: 'a preset link', path: '/?arsak=avslutte&plan=familie' },
  { name: 'the embedded start', path: '/?embed=1' },
  { name: 'the accessibility statement', path: '/tilgjengelighet' },
  { name: 'an address of no page', path: '/finnes-ikke' },
  { name: 'a choice kept from another visit', path: '/', local: 'de', settlesIn: 'de' },
];

const BROWSERS = [
  ['nb', 'nb-NO'],
  ['en', 'en-US'],
  ['he', 'he-IL'],
] as const;

async function visit(page: Page, { path, session, local }: Visit) {
  await page.addInitScript(recordFrames);
  if (session || local) {
    // Stored before the address opens, as a tab that was there before holds it.
    await page.addInitScript(
      ([key, value, choice]) => {
        if (sessionStorage.getItem('filmstrip-set')) return;
        sessionStorage.setItem('filmstrip-set', '1');
        if (value) sessionStorage.setItem(key, value);
        if (choice) localStorage.setItem('refusjonsveiviser.sprak', choice);
      },
      [STORAGE_KEY, session ?? '', local ?? ''] as const,
    );
  }
  await phoneLike(await page.context().newCDPSession(page));
  await page.goto(path);
  return readFilmstrip(page);
}

describe('the first paint, on a phone-like profile', () => {
  describe.each(BROWSERS)('in a browser in %s', (language, locale) => {
    it.each(VISITS)('$name ($path): never another page’s heading, never another language', async (address) => {
      const { page, context, collected } = await openPage({ width: 412, height: 823, locale });
      const { frames, settled, problems } = await visit(page, address);
      expect(problems, JSON.stringify(frames, null, 1)).toEqual([]);
      expect(settled.lang).toBe(address.settlesIn ?? language);
      expect(settled.h1.length, JSON.stringify(frames, null, 1)).toBe(1);
      expectClean(collected);
      await context.close();
    });
  });
});
