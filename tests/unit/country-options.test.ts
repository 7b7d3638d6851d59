import { afterEach, describe, expect, it, vi } from 'vitest';
import { countryOptions, prepareCountryOptions } from '../../src/i18n/format';
import { COUNTRY_CODES } from '../../src/rules/countries';

afterEach(() => vi.unstubAllGlobals());

describe('the country list', () => {
  it('names every country in the language and sorts by its alphabet', () => {
    const options = countryOptions('nb');
    expect(options.map((o) => o.code).sort()).toEqual([...COUNTRY_CODES].sort());
    const names = options.map((o) => o.name);
    expect(names).toEqual([...names].sort(new Intl.Collator('nb').compare));
    // Bokmål puts Æ, Ø and Å after Z.
    expect(names.indexOf('Østerrike')).toBeGreaterThan(names.indexOf('Zimbabwe'));
    expect(options.find((o) => o.code === 'DK')?.name).toBe('Danmark');
  });

  it('is built once per language', () => {
    expect(countryOptions('en')).toBe(countryOptions('en'));
    expect(countryOptions('en')).not.toBe(countryOptions('nb'));
  });

  it('is built ahead when the browser is idle, and not again once built', () => {
    const idle: (() => void)[] = [];
    const requestIdleCallback = vi.fn((callback: () => void) => idle.push(callback));
    const cancelIdleCallback = vi.fn();
    vi.stubGlobal('requestIdleCallback', requestIdleCallback);
    vi.stubGlobal('cancelIdleCallback', cancelIdleCallback);

    const cancel = prepareCountryOptions('de');
    expect(requestIdleCallback).toHaveBeenCalledTimes(1);
    cancel();
    expect(cancelIdleCallback).toHaveBeenCalledWith(1);

    prepareCountryOptions('de');
    idle.at(-1)!();
    prepareCountryOptions('de');
    expect(requestIdleCallback).toHaveBeenCalledTimes(2);
    expect(countryOptions('de').find((o) => o.code === 'NO')?.name).toBe('Norwegen');
  });

  it('leaves a failure to the country page, which shows it', () => {
    const idle: (() => void)[] = [];
    vi.stubGlobal('requestIdleCallback', (callback: () => void) => idle.push(callback));
    const of = vi.spyOn(Intl.DisplayNames.prototype, 'of').mockImplementation(() => {
      throw new Error('no region names');
    });
    try {
      prepareCountryOptions('fi');
      expect(() => idle[0]!()).not.toThrow();
      expect(() => countryOptions('fi')).toThrow('no region names');
    } finally {
      of.mockRestore();
    }
    expect(countryOptions('fi').length).toBe(COUNTRY_CODES.length);
  });
});
