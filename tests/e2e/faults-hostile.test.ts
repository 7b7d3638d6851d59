/**
 * Hostile input against the production build in Debian's Chromium: 50 hostile addresses and 20
 * hostile stored envelopes. Every page ends with an h1 and nothing hostile on it, and is clean: no
 * uncaught error, no console error, no CSP violation, no request to another origin.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ENVELOPE_VERSION, STORAGE_KEY, fromEnvelope } from '../../src/flow/persist';
import { type QuestionId, isAllowedAnswer, isQuestion } from '../../src/flow/steps';
import { MACHINE, ORIGIN, type SharedTab, expectCleanShared, expectSafePage, sharedTab } from './faults';

// -------------------------------------------------------------------------------------------------
// (a) Hostile addresses
// -------------------------------------------------------------------------------------------------

// No dot in them: a last path segment with a dot is a file to the server (a plain 404), not a route.
const MARKUP = '<img src=x id=pwn onerror=alert(1)>';
const SCRIPT = '<script id=pwn>alert(1)</script>';
const JS_URL = 'javascript:alert(1)';

/** Paths, queries and fragments of every hostile kind; each one a client route the server hands the app. */
const HOSTILE_ADDRESSES: [string, string][] = [
  // Paths
  ['markup in the path', `/${SCRIPT}`],
  ['escaped markup in the path', `/${encodeURIComponent(SCRIPT)}`],
  ['an image with onerror in the path', `/${MARKUP}`],
  ['a broken-out attribute in the path', '/"><svg id=pwn onload=alert(1)>'],
  ['a javascript: URL as the path', `/${JS_URL}`],
  ['a javascript: URL after a step', `/arsak/${JS_URL}`],
  ['a protocol-relative path', '//evil.example/arsak'],
  ['encoded slashes to another host', '/%2F%2Fevil.example%2Farsak'],
  ['encoded slashes between steps', '/arsak%2Fabonnement%2Fland'],
  ['backslashes to another host', '/\\\\evil-example\\arsak'],
  ['a very long path', `/${'a'.repeat(8_000)}`],
  ['a very deep path', `/${'arsak/'.repeat(1_200)}`],
  ['emoji and a right-to-left override', '/%F0%9F%98%80%E2%80%AEkatsa'],
  ['unicode letters', '/æøå/ÆØÅ/ğ/ß/中文'],
  ['a zero-width space and a BOM', '/%E2%80%8Barsak%EF%BB%BF'],
  ['repeated slashes after a step', '/land///'],
  ['markup after the accessibility statement', '/tilgjengelighet/<b id=pwn>x</b>'],
  ['a step with a matrix parameter', '/arsak;jsessionid=<b id=pwn>'],
  // Query strings
  ['markup as a preset', `/?plan=${encodeURIComponent(SCRIPT)}`],
  ['markup in a preset after a valid one', `/?arsak=avslutte&plan=${encodeURIComponent(MARKUP)}`],
  ['markup as the language', `/?lng=${encodeURIComponent(MARKUP)}`],
  ['a javascript: URL as the language', `/?lng=${encodeURIComponent(JS_URL)}`],
  ['script and data URLs as presets', `/?plan=${encodeURIComponent(JS_URL)}&kjopt=data:text/html,${encodeURIComponent(SCRIPT)}`],
  ['a key given twice with different values', '/?arsak=avslutte&arsak=ukjent-trekk'],
  ['a key given three times', '/?plan=familie&plan=familie&plan=familie'],
  ['a huge preset value', `/?plan=${'A'.repeat(12_000)}`],
  ['thousands of parameters', `/?${'x=1&'.repeat(2_000)}`],
  ['an invalid UTF-8 escape in a preset', '/?plan=%E0%A4%A'],
  ['overlong, surrogate and stray UTF-8 bytes', '/?arsak=%C0%AF%ED%A0%80%FF&plan=%F5%80'],
  ['encoded null bytes in presets', '/?land=%00NO&kjopt=micro%00soft&arsak=avslutte%00'],
  ['a lone percent sign', '/?plan=%&arsak=%%'],
  ['a traversal as the country', '/?arsak=avslutte&plan=familie&kjopt=microsoft&land=dk%2F..%2F..'],
  ['embed mode with markup as the theme', `/?embed=1&theme=${encodeURIComponent(MARKUP)}`],
  ['prototype keys as parameters', '/?__proto__[plan]=familie&constructor[prototype][pwn]=1&__proto__=x'],
  ['a broken-out attribute as a preset on a step', `/land?land=NO%22%3E${encodeURIComponent(SCRIPT)}`],
  ['presets in capitals with spaces', '/?arsak=AVSLUTTE&plan=%20familie%20&kjopt=Microsoft'],
  ['the language given twice', '/?lng=en&lng=nb'],
  ['a very long language', `/?lng=${'e'.repeat(5_000)}`],
  ['unicode keys and values', '/?%F0%9F%99%82=%F0%9F%99%82&pl%C3%A5n=familie&plan=f%C3%A5milie'],
  ['encoded ampersands and equals in a value', '/?plan=familie%26kjopt%3Dapple&arsak=avslutte%3Dukjent-trekk'],
  // Fragments
  ['markup in the fragment', `/#${MARKUP}`],
  ['a javascript: URL as the fragment', `/#${JS_URL}`],
  ['a broken-out attribute in the fragment on a step', `/arsak#">${SCRIPT}`],
  ['an invalid UTF-8 escape in the fragment', '/#%E0%A4%A'],
  ['a huge fragment', `/#${'x'.repeat(100_000)}`],
  ['an encoded null byte in the fragment', '/#%00main'],
  ['a traversal in the fragment', '/land#/../../../etc/passwd'],
  ['presets in the fragment', '/?plan=familie#plan=<script>&arsak=avslutte'],
  // Everywhere at once
  ['a link as markup in the path, in English', `/${encodeURIComponent(`<a href="${JS_URL}">click</a>`)}?lng=en#x`],
  ['emoji in path, query and fragment', '/🙂?🙂=🙂&plan=🙂#🙂'],
];


describe('(a) hostile addresses', () => {
  let tab: SharedTab;
  beforeAll(async () => {
    tab = await sharedTab();
  });
  afterAll(async () => {
    await tab?.close();
  });

  it('are fifty', () => {
    expect(HOSTILE_ADDRESSES).toHaveLength(50);
    expect(new Set(HOSTILE_ADDRESSES.map(([, address]) => address)).size).toBe(50);
  });

  it.each(HOSTILE_ADDRESSES)('%s: a page with an h1, nothing hostile rendered', async (_, address) => {
    // An address of no page is sent the not-found page with its status.
    expect([200, 404]).toContain(await tab.load(address));
    await expectSafePage(tab.page);
    await expectCleanShared(tab);
  });

  it.each([
    ['an invalid UTF-8 escape in the path', '/%E0%A4%A', 400],
    ['an encoded null byte in the path', '/arsak%00', 404],
    ['an encoded traversal in the path', '/..%2F..%2Fpackage.json', 404],
    ['markup in a path with an extension', `/${encodeURIComponent(MARKUP)}.js`, 404],
  ])('%s is refused by the server, with the security headers and nothing echoed', async (_, path, status) => {
    // fetch() would normalise the path; the server must see it as typed.
    const response = await fetch(`${ORIGIN}${path}`);
    expect(response.status).toBe(status);
    expect(response.headers.get('content-type')).toBe('text/plain; charset=utf-8');
    expect(response.headers.get('content-security-policy')).toContain("default-src 'none'");
    expect(response.headers.get('x-content-type-options')).toBe('nosniff');
    const body = await response.text();
    expect(body).not.toMatch(/pwn|<|%/);
  });
});


// -------------------------------------------------------------------------------------------------
// (b) Hostile stored envelopes
// -------------------------------------------------------------------------------------------------

const good = { step: 'country', answers: { reason: 'avslutte', plan: 'familie', purchase: 'microsoft' }, review: false };
const envelope = (snapshot: unknown, extra: Record<string, unknown> = {}) =>
  JSON.stringify({ v: ENVELOPE_VERSION, machine: MACHINE, snapshot, ...extra });

/** [what it is, the stored text, the address opened]. */
const HOSTILE_ENVELOPES: [string, string, string][] = [
  ['cut short', envelope(good).slice(0, 40), '/land'],
  ['empty', '', '/arsak'],
  ['the JSON null', 'null', '/arsak'],
  ['a JSON string of markup', JSON.stringify(MARKUP), '/arsak'],
  ['a JSON array', '[1,"plan",{"v":1}]', '/arsak'],
  ['huge (half a megabyte)', envelope(good, { pad: 'x'.repeat(500_000) }), '/land'],
  ['a huge answer', envelope({ ...good, answers: { ...good.answers, plan: 'familie'.repeat(20_000) } }), '/land'],
  ['nested two thousand deep', `${'['.repeat(1_900)}${']'.repeat(1_900)}`, '/arsak'],
  ['an old version', JSON.stringify({ v: ENVELOPE_VERSION - 1, machine: MACHINE, snapshot: good }), '/land'],
  ['a newer version', JSON.stringify({ v: ENVELOPE_VERSION + 1, machine: MACHINE, snapshot: good }), '/land'],
  ['the version as a string', JSON.stringify({ v: String(ENVELOPE_VERSION), machine: MACHINE, snapshot: good }), '/land'],
  ['another machine', JSON.stringify({ v: ENVELOPE_VERSION, machine: 'admin', snapshot: good }), '/land'],
  [
    'markup and a javascript: link as answers',
    envelope({ ...good, answers: { ...good.answers, plan: MARKUP, country: `<a href="${JS_URL}">x</a>` } }),
    '/land',
  ],
  [
    'unknown keys everywhere',
    envelope({ ...good, answers: { ...good.answers, email: 'ola@example.no' }, admin: true }, { pwn: MARKUP }),
    '/land',
  ],
  [
    'prototype keys in the answers',
    `{"v":${ENVELOPE_VERSION},"machine":"${MACHINE}","snapshot":{"step":"plan","answers":{"__proto__":{"reason":"avslutte","pwn":1}},"review":true}}`,
    '/abonnement',
  ],
  [
    'prototype keys at the top',
    `{"__proto__":{"v":${ENVELOPE_VERSION},"machine":"${MACHINE}"},"constructor":{"prototype":{"pwn":1}},"snapshot":${JSON.stringify(good)}}`,
    '/land',
  ],
  ['wrong types', envelope({ step: 4, answers: 'reason=avslutte', review: 'yes' }), '/arsak'],
  ['answers as an array', envelope({ step: 'plan', answers: ['avslutte'], review: false }), '/abonnement'],
  ['a step its answers do not reach', envelope({ ...good, step: 'prorated', review: true }), '/fordelt-refusjon'],
  [
    'a step of markup, with control characters and lone surrogates',
    envelope({ step: `${SCRIPT}\u0000`, answers: { plan: 'familie\uD800', reason: 'avslutte\u0000' }, review: false }),
    '/arsak',
  ],
];

describe('(b) hostile stored envelopes', () => {
  it('are twenty, and the app itself rejects each', () => {
    expect(HOSTILE_ENVELOPES).toHaveLength(20);
    // Every one but the one whose step the answers do not reach is dropped whole.
    const accepted = HOSTILE_ENVELOPES.filter(([, text]) => fromEnvelope(MACHINE, text) !== null).map(([name]) => name);
    expect(accepted).toEqual(['a step its answers do not reach']);
  });

  let tab: SharedTab;
  beforeAll(async () => {
    tab = await sharedTab();
  });
  afterAll(async () => {
    await tab?.close();
  });

  it.each(HOSTILE_ENVELOPES)('%s: a page with an h1, nothing hostile rendered', async (_, text, address) => {
    expect(await tab.load(address, text)).toBe(200);
    await expectSafePage(tab.page);
    // Nothing from the envelope beyond allowed answers is in the flow (what the app writes back).
    const saved = fromEnvelope(MACHINE, await tab.page.evaluate((key) => sessionStorage.getItem(key), STORAGE_KEY));
    for (const [question, value] of Object.entries(saved?.answers ?? {})) {
      expect(isQuestion(question) && isAllowedAnswer(question as QuestionId, value)).toBe(true);
    }
    await expectCleanShared(tab);
  });
});

