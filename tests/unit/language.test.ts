import { beforeEach, describe, expect, it } from 'vitest';
import { matchLanguage, pickLanguage, rememberLanguage, tabLanguage } from '../../src/i18n';
import { regionFromLanguages } from '../../src/i18n/format';

beforeEach(() => localStorage.clear());

describe('choosing the language', () => {
  it('maps Norwegian tags to bokmål or nynorsk, and every offered language to itself', () => {
    for (const tag of ['nb', 'nb-NO', 'no', 'no-NO', 'NB']) expect(matchLanguage(tag)).toBe('nb');
    for (const tag of ['nn', 'nn-NO']) expect(matchLanguage(tag)).toBe('nn');
    for (const tag of ['en', 'en-GB', 'en_US']) expect(matchLanguage(tag)).toBe('en');
    for (const [tag, code] of [['sv-SE', 'sv'], ['da-DK', 'da'], ['fi', 'fi'], ['de-AT', 'de'], ['he-IL', 'he'], ['iw', 'he']]) {
      expect(matchLanguage(tag!)).toBe(code);
    }
    for (const tag of ['fr-FR', 'zz', '', '-']) expect(matchLanguage(tag)).toBeUndefined();
  });

  it('prefers ?lng=, then the remembered choice, then the browser, then bokmål', () => {
    expect(pickLanguage('?lng=en', null, ['nb-NO'])).toBe('en');
    rememberLanguage('en');
    expect(pickLanguage('', null, ['nb-NO'])).toBe('en');
    localStorage.clear();
    expect(pickLanguage('', null, ['fr-FR', 'en-US'])).toBe('en');
    expect(pickLanguage('', null, ['fr-FR'])).toBe('nb');
    expect(pickLanguage('?lng=nn', null, ['en'])).toBe('nn');
  });

  it('keeps the tab\'s own choice over the one remembered from another visit, and a link\'s over both', () => {
    rememberLanguage('de');
    expect(pickLanguage('', 'sv', ['en'])).toBe('sv');
    expect(tabLanguage()).toBe('sv');
    expect(pickLanguage('?lng=fi', 'sv', ['en'])).toBe('fi');
    expect(tabLanguage()).toBe('fi');
    expect(pickLanguage('', '<img>', ['en'])).toBe('de');
    expect(tabLanguage()).toBeUndefined();
    rememberLanguage('da');
    expect(tabLanguage()).toBe('da');
  });

  it.each(['<script>', 'javascript:alert(1)', 'x'.repeat(5000), '../../etc/passwd', ''])('ignores ?lng=%s', (lng) => {
    expect(pickLanguage(`?lng=${encodeURIComponent(lng)}`, null, [])).toBe('nb');
  });

  it('finds the person\'s region from the browser languages', () => {
    expect(regionFromLanguages(['nb-NO', 'en'])).toBe('NO');
    expect(regionFromLanguages(['en', 'da-DK'])).toBe('DK');
    expect(regionFromLanguages(['nb'])).toBe('NO');
    expect(regionFromLanguages(['not a tag'])).toBeUndefined();
    expect(regionFromLanguages([])).toBeUndefined();
  });
});
