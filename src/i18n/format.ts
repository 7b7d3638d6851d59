import { COUNTRY_CODES, isCountryCode } from '../rules/countries';

/**
 * `build` for a language, built once and kept: Intl's objects and the lists made with them cost
 * more than the rest of a step change, and pages mount again on every step. A build that throws
 * keeps nothing, so the next call tries again.
 */
export function perLanguage<T>(build: (language: string) => T): ((language: string) => T) & { has(language: string): boolean } {
  const built = new Map<string, T>();
  const get = (language: string): T => {
    if (!built.has(language)) built.set(language, build(language));
    return built.get(language) as T;
  };
  return Object.assign(get, { has: (language: string) => built.has(language) });
}

const regionNames = perLanguage((language) => new Intl.DisplayNames([language], { type: 'region', fallback: 'code' }));

export function countryName(code: string | undefined, language: string): string {
  if (!isCountryCode(code)) return '';
  return regionNames(language).of(code) ?? code;
}

export interface CountryOption {
  readonly code: string;
  readonly name: string;
}

/** Every country, named and sorted in the page's language. */
export const countryOptions = perLanguage((language): readonly CountryOption[] => {
  const collator = new Intl.Collator(language);
  return COUNTRY_CODES.map((code) => ({ code, name: countryName(code, language) })).sort((a, b) =>
    collator.compare(a.name, b.name),
  );
});

/** Names and sorts the countries while the browser has nothing else to do; returns a cancel. */
export function prepareCountryOptions(language: string): () => void {
  if (countryOptions.has(language) || typeof requestIdleCallback !== 'function') return () => {};
  const id = requestIdleCallback(() => {
    try {
      countryOptions(language);
    } catch {
      // The country page builds them again, and shows the error page if it still cannot.
    }
  });
  return () => cancelIdleCallback(id);
}

export function formatList(items: readonly string[], language: string): string {
  return new Intl.ListFormat(language, { type: 'conjunction' }).format(items);
}

function regionOf(tag: string, guess: boolean): string | undefined {
  try {
    const locale = new Intl.Locale(tag);
    const region = (guess ? locale.maximize() : locale).region;
    return isCountryCode(region) ? region : undefined;
  } catch {
    return undefined; // an invalid language tag tells nothing
  }
}

/** The person's own region: one the browser's languages name (nb-NO → NO), else the likeliest for the first. */
export function regionFromLanguages(languages: readonly string[]): string | undefined {
  for (const tag of languages) {
    const region = regionOf(tag, false);
    if (region) return region;
  }
  return languages[0] === undefined ? undefined : regionOf(languages[0], true);
}
