import { DEFAULT_LANGUAGE, type Language, isLanguage } from './languages';

/** Where the person's own choice of language is kept for the next visit (localStorage). */
export const CHOICE_KEY = 'refusjonsveiviser.sprak';

/** "Norwegian" without a written standard reads bokmål; Hebrew's old code is still sent. */
export const ALIASES: Readonly<Record<string, string>> = { no: 'nb', iw: 'he' };

export function matchLanguage(tag: string): Language | undefined {
  const base = tag.trim().toLowerCase().split(/[-_]/)[0] ?? '';
  const code = ALIASES[base] ?? base;
  return isLanguage(code) ? code : undefined;
}

/**
 * The first of these that names a language of ours, else bokmål. Kept free of i18next, so the
 * script that runs before the first paint (src/firstPaint.ts) picks exactly as the app does.
 */
export function firstLanguage(candidates: readonly (string | null | undefined)[]): Language {
  for (const candidate of candidates) {
    if (candidate && candidate.length <= 35) {
      const match = matchLanguage(candidate);
      if (match) return match;
    }
  }
  return DEFAULT_LANGUAGE;
}

/** The language a link asks for (`?lng=`), if it names one of ours. */
export function askedLanguage(search: string): Language | undefined {
  const asked = new URLSearchParams(search).get('lng');
  return asked && asked.length <= 35 ? matchLanguage(asked) : undefined;
}

/**
 * The language a page opens in: `?lng=`, then the tab's own earlier choice (kept with its
 * flow), then the person's choice in another visit, then the browser's languages, then bokmål.
 */
export function pickFrom(
  search: string,
  tab: string | null | undefined,
  remembered: string | null | undefined,
  browserLanguages: readonly string[],
): Language {
  return firstLanguage([askedLanguage(search), tab, remembered, ...browserLanguages]);
}
