import { describe, expect, it } from 'vitest';
import { type Visit, servedPageFits } from '../../src/firstPaint';
import { toEnvelope } from '../../src/flow/persist';
import { QUESTIONS } from '../../src/flow/steps';

const addresses = { presetKeys: Object.values(QUESTIONS).map((q) => q.key), reasonPath: '/arsak' };
const visit = (over: Partial<Visit> & { page?: string; lang?: string }): Visit => ({
  served: { page: over.page ?? 'start', lang: over.lang ?? 'nb' },
  pathname: '/',
  search: '',
  stored: null,
  remembered: null,
  browserLanguages: ['nb-NO'],
  ...over,
});
const fits = (over: Parameters<typeof visit>[0]) => servedPageFits(visit(over), addresses);
const flowIn = (language: string | undefined, answers = {}) =>
  toEnvelope('refund', { step: 'reason', answers, review: false }, { language });

describe('whether the page the server wrote may show before the app', () => {
  it('shows the start page on / and /index.html, in the language the app opens in', () => {
    expect(fits({})).toBe(true);
    expect(fits({ pathname: '/index.html' })).toBe(true);
    expect(fits({ pathname: '//' })).toBe(true);
    expect(fits({ search: '?utm_source=artikkel' })).toBe(true);
    expect(fits({ lang: 'en', browserLanguages: ['en-US'] })).toBe(true);
    expect(fits({ lang: 'en', search: '?lng=en' })).toBe(true);
  });

  it('hides it where the app opens in another language: a link, the tab, a choice from another visit', () => {
    expect(fits({ search: '?lng=en' })).toBe(false);
    expect(fits({ stored: flowIn('sv') })).toBe(false);
    expect(fits({ remembered: 'de' })).toBe(false);
    expect(fits({ lang: 'en', browserLanguages: ['en'], stored: flowIn('sv'), search: '?lng=en' })).toBe(true);
    // The tab's choice outranks the one from another visit, as in the app.
    expect(fits({ lang: 'sv', stored: flowIn('sv'), remembered: 'de' })).toBe(true);
    // Stored nonsense is no choice.
    expect(fits({ stored: flowIn('<img>') })).toBe(true);
    expect(fits({ stored: '{not json' })).toBe(true);
  });

  it('hides the start page on any other address, and wherever a preset or embed mode leads on', () => {
    expect(fits({ pathname: '/land' })).toBe(false);
    expect(fits({ search: '?arsak=avslutte&plan=familie' })).toBe(false);
    expect(fits({ search: '?plan' })).toBe(false);
    expect(fits({ search: '?embed=1' })).toBe(false);
    expect(fits({ page: 'frame', search: '?embed=1' })).toBe(false);
  });

  it('shows a page of its own only to a tab with no answers stored (they show, and change the code)', () => {
    expect(fits({ stored: flowIn(undefined, { reason: 'avslutte' }) })).toBe(false);
    expect(fits({ page: 'notFound', pathname: '/x', stored: flowIn(undefined, { reason: 'avslutte' }) })).toBe(false);
    expect(fits({ page: 'frame', pathname: '/land', stored: flowIn(undefined, { reason: 'avslutte' }) })).toBe(true);
    expect(fits({ page: 'reason', pathname: '/arsak' })).toBe(true);
    expect(fits({ page: 'reason', pathname: '/ARSAK/' })).toBe(true);
    expect(fits({ page: 'reason', pathname: '/arsak', stored: flowIn(undefined) })).toBe(true);
    expect(fits({ page: 'reason', pathname: '/arsak', stored: flowIn(undefined, { reason: 'avslutte' }) })).toBe(false);
    expect(fits({ page: 'reason', pathname: '/land' })).toBe(false);
  });

  it('shows the frame, the statement and not-found in the right language; nothing it does not know', () => {
    expect(fits({ page: 'frame', pathname: '/land', search: '?plan=familie' })).toBe(true);
    expect(fits({ page: 'frame', pathname: '/agent', lang: 'he', browserLanguages: ['he-IL'] })).toBe(true);
    expect(fits({ page: 'frame', lang: 'en' })).toBe(false);
    expect(fits({ page: 'accessibility', pathname: '/tilgjengelighet' })).toBe(true);
    expect(fits({ page: 'notFound', pathname: '/finnes-ikke' })).toBe(true);
    expect(fits({ page: 'notFound', pathname: '/finnes-ikke', search: '?land=NO' })).toBe(false);
    expect(fits({ served: { page: undefined, lang: 'nb' } })).toBe(false);
    expect(fits({ page: 'something' })).toBe(false);
  });
});
