import { describe, expect, it } from 'vitest';
import { canonicalPath, metaOf, pathOf, stepForPath } from '../../src/flow/snapshot';
import { STEP_IDS } from '../../src/flow/steps';
import { parsePresets, withoutPresets } from '../../src/flow/presets';
import { linkSearch } from '../../src/state/EmbedMode';

describe('one address per step', () => {
  it.each(STEP_IDS)('%s ↔ its slug', (step) => {
    const path = pathOf(step);
    expect(path).toBe(`/${metaOf(step).slug}`);
    expect(stepForPath(path)).toBe(step);
    if (path !== '/') expect(stepForPath(`${path}/`)).toBe(step);
  });

  it('gives each step its own short Norwegian slug', () => {
    const slugs = STEP_IDS.map((step) => metaOf(step).slug);
    expect(new Set(slugs).size).toBe(slugs.length);
    for (const slug of slugs) expect(slug).toMatch(/^[a-z-]{0,30}$/);
  });

  it.each(['/nope', '/arsak/extra', '/%3Cscript%3E', '//arsak', '/tilgjengelighet', '/index.htm', '/arsak.html'])('%s is no step', (path) => {
    expect(stepForPath(path)).toBeUndefined();
    expect(canonicalPath(path)).toBe(path);
  });

  it.each([
    ['/ARSAK', '/arsak'],
    ['/Arsak/', '/arsak'],
    ['/LOGG-INN', '/logg-inn'],
    ['/index.html', '/'],
    ['/', '/'],
  ])('%s is written as %s', (path, canonical) => {
    expect(stepForPath(path)).toBe(stepForPath(canonical));
    expect(canonicalPath(path)).toBe(canonical);
  });
});

describe('presets in a link', () => {
  it('takes the answers each question allows, keyed by question', () => {
    expect(parsePresets('?plan=familie&kjopt=apple&land=dk')).toEqual({ plan: 'familie', purchase: 'apple', country: 'DK' });
    expect(parsePresets('?arsak=AVSLUTTE')).toEqual({ reason: 'avslutte' });
  });

  it.each([
    ['unknown keys', '?foo=bar&plan_=familie'],
    ['values a question does not offer', '?plan=enterprise&land=XX&kjopt=store'],
    ['a key given twice', '?plan=familie&plan=basic'],
    ['markup', '?plan=%3Cimg%20src%3Dx%20onerror%3Dalert(1)%3E'],
    ['a javascript: URL', '?kjopt=javascript:alert(1)'],
    ['a huge value', `?plan=${'a'.repeat(100_000)}`],
    ['prototype keys', '?__proto__=x&constructor=y&toString=z'],
    ['an invalid escape', '?plan=%E0%A4%A'],
  ])('ignores %s', (_, search) => {
    expect(parsePresets(search)).toEqual({});
  });

  it('removes the presets and the language from the address and keeps the rest', () => {
    expect(withoutPresets('?plan=familie&lng=en&kjopt=apple&embed=1')).toBe('?embed=1');
    expect(withoutPresets('?plan=familie')).toBe('');
  });
});

describe('the query a link within the wizard keeps', () => {
  it.each([
    ['', ''],
    ['?embed=1', '?embed=1'],
    ['?embed=1&theme=auto', '?embed=1&theme=auto'],
    ['?theme=auto', ''],
    ['?embed=1&theme=%3Cimg%20src%3Dx%20onerror%3Dalert(1)%3E', '?embed=1'],
    ['?embed=2&plan=familie&lng=en', ''],
    ['?embed=1&plan=familie&land=NO%22%3E', '?embed=1'],
  ])('%s keeps %s', (search, kept) => {
    expect(linkSearch(search)).toBe(kept);
  });
});
