import { beforeEach, describe, expect, it } from 'vitest';
import { matchLanguage, pickLanguage, rememberLanguage } from '../../src/i18n';
import { regionFromLanguages } from '../../src/i18n/format';

beforeEach(() => localStorage.clear());

describe('choosing the language', () => {
  it('maps every Norwegian tag to bokmål and English tags to English', () => {
    for (const tag of ['nb', 'nb-NO', 'no', 'nn-NO', 'NB']) expect(matchLanguage(tag)).toBe('nb');
    for (const tag of ['en', 'en-GB', 'en_US']) expect(matchLanguage(tag)).toBe('en');
    expect(matchLanguage('sv-SE')).toBeUndefined();
  });

  it('prefers ?lng=, then the remembered choice, then the browser, then bokmål', () => {
    expect(pickLanguage('?lng=en', ['nb-NO'])).toBe('en');
    rememberLanguage('en');
    expect(pickLanguage('', ['nb-NO'])).toBe('en');
    localStorage.clear();
    expect(pickLanguage('', ['sv-SE', 'en-US'])).toBe('en');
    expect(pickLanguage('', ['sv-SE'])).toBe('nb');
  });

  it.each(['<script>', 'javascript:alert(1)', 'x'.repeat(5000), '../../etc/passwd', ''])('ignores ?lng=%s', (lng) => {
    expect(pickLanguage(`?lng=${encodeURIComponent(lng)}`, [])).toBe('nb');
  });

  it('finds the person\'s region from the browser languages', () => {
    expect(regionFromLanguages(['nb-NO', 'en'])).toBe('NO');
    expect(regionFromLanguages(['en', 'da-DK'])).toBe('DK');
    expect(regionFromLanguages(['nb'])).toBe('NO');
    expect(regionFromLanguages(['not a tag'])).toBeUndefined();
    expect(regionFromLanguages([])).toBeUndefined();
  });
});
