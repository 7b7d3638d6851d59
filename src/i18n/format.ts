import { COUNTRY_CODES, isCountryCode } from '../rules/countries';

const displayNames = new Map<string, Intl.DisplayNames>();

export function countryName(code: string | undefined, language: string): string {
  if (!isCountryCode(code)) return '';
  let names = displayNames.get(language);
  if (!names) {
    names = new Intl.DisplayNames([language], { type: 'region', fallback: 'code' });
    displayNames.set(language, names);
  }
  return names.of(code) ?? code;
}

export interface CountryOption {
  readonly code: string;
  readonly name: string;
}

// Naming and sorting 250 countries takes longer than the rest of a step change together, so it
// is done once per language, ahead of time where possible (prepareCountryOptions).
const sortedCountries = new Map<string, readonly CountryOption[]>();

/** Every country, named and sorted in the page's language. */
export function countryOptions(language: string): readonly CountryOption[] {
  let options = sortedCountries.get(language);
  if (!options) {
    const collator = new Intl.Collator(language);
    options = COUNTRY_CODES.map((code) => ({ code, name: countryName(code, language) })).sort((a, b) =>
      collator.compare(a.name, b.name),
    );
    sortedCountries.set(language, options);
  }
  return options;
}

/** Names and sorts the countries while the browser has nothing else to do; returns a cancel. */
export function prepareCountryOptions(language: string): () => void {
  if (sortedCountries.has(language) || typeof requestIdleCallback !== 'function') return () => {};
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
