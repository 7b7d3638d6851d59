/** The languages the wizard speaks; adding one is a folder under locales/ and a line here. */
export const LANGUAGES = [
  { code: 'nb', name: 'Norsk bokmål' },
  { code: 'nn', name: 'Norsk nynorsk' },
  { code: 'en', name: 'English' },
  { code: 'sv', name: 'Svenska' },
  { code: 'da', name: 'Dansk' },
  { code: 'fi', name: 'Suomi' },
  { code: 'de', name: 'Deutsch' },
  { code: 'he', name: 'עברית', dir: 'rtl' },
] as const satisfies readonly { code: string; name: string; dir?: 'rtl' }[];

export type Language = (typeof LANGUAGES)[number]['code'];

export const DEFAULT_LANGUAGE: Language = 'nb';

export const NAMESPACES = ['common', 'flow'] as const;

export function isLanguage(value: unknown): value is Language {
  return LANGUAGES.some((language) => language.code === value);
}

export function directionOf(code: string): 'ltr' | 'rtl' {
  return LANGUAGES.some((language) => language.code === code && 'dir' in language) ? 'rtl' : 'ltr';
}

/**
 * Attributes for text in another language than the page's. With `dir` it is isolated from the text
 * around it, so a Hebrew question's "?" stays on its left inside a Norwegian line, and the other way round.
 */
export function textIn(code: string): { lang: string; dir: 'ltr' | 'rtl' } {
  return { lang: code, dir: directionOf(code) };
}
