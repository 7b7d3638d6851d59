/** The languages the wizard speaks; adding one is a folder under locales/ and a line here. */
export const LANGUAGES = [
  { code: 'nb', name: 'Norsk bokmål' },
  { code: 'en', name: 'English' },
] as const;

export type Language = (typeof LANGUAGES)[number]['code'];

export const DEFAULT_LANGUAGE: Language = 'nb';

export const NAMESPACES = ['common', 'flow'] as const;

export function isLanguage(value: unknown): value is Language {
  return LANGUAGES.some((language) => language.code === value);
}
