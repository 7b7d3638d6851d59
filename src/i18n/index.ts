import i18next, { type BackendModule } from 'i18next';
import { initReactI18next } from 'react-i18next';
import { readStorage, writeStorage } from '../flow/storage';
import { DEFAULT_LANGUAGE, type Language, LANGUAGES, NAMESPACES, directionOf, isLanguage } from './languages';

type Strings = { default: Record<string, unknown> };
// Each language's strings are their own chunk: only the active one is fetched.
const loaders = import.meta.glob<Strings>('../../locales/*/*.json');
// The start page's own strings, cut out of flow.json at build (vite.config.ts): the first load
// carries them, and the rest of the flow comes with the pages after the start.
const startLoaders = import.meta.glob<Strings>('../../locales/*/flow.json', { query: '?start' });
const fileOf = (language: string, namespace: string) => `../../locales/${language}/${namespace}.json`;

/** Whether the pages after the start are wanted: from then on a language's flow strings come whole. */
let wholeFlow = false;
const whole = new Set<string>();

async function readStrings(language: string, namespace: string): Promise<Record<string, unknown>> {
  const file = fileOf(language, namespace);
  const partial = namespace === 'flow' && !wholeFlow;
  const load = partial ? startLoaders[file] : loaders[file];
  if (!load) throw new Error(`No strings for ${language}/${namespace}`);
  const strings = (await load()).default;
  // Asked for whole while the start page's part was on its way.
  if (partial && wholeFlow) return readStrings(language, namespace);
  if (namespace === 'flow' && !partial) whole.add(language);
  return strings;
}

const localesBackend: BackendModule = {
  type: 'backend',
  init() {},
  read(language, namespace, callback) {
    readStrings(language, namespace).then(
      (strings) => callback(null, strings),
      (error: unknown) => callback(error instanceof Error ? error : new Error(String(error)), false),
    );
  },
};

/**
 * Every flow string, for the pages after the start, in each language loaded so far (and, from
 * now on, in any language loaded later).
 */
export async function loadFlowStrings(): Promise<void> {
  wholeFlow = true;
  const partial = Object.keys(i18next.store.data).filter((l) => i18next.hasResourceBundle(l, 'flow') && !whole.has(l));
  await Promise.all(
    partial.map(async (language) => {
      i18next.addResourceBundle(language, 'flow', await readStrings(language, 'flow'), true, true);
    }),
  );
}

function followLanguage(language: string) {
  document.documentElement.lang = language;
  document.documentElement.dir = directionOf(language);
}

export async function initI18n(language: Language) {
  if (typeof document !== 'undefined') i18next.on('languageChanged', followLanguage);
  await i18next
    .use(localesBackend)
    .use(initReactI18next)
    .init({
      lng: language,
      fallbackLng: DEFAULT_LANGUAGE,
      supportedLngs: LANGUAGES.map((l) => l.code),
      ns: NAMESPACES,
      defaultNS: 'common',
      interpolation: { escapeValue: false },
      react: { useSuspense: false },
    });
  return i18next;
}

const CHOICE_KEY = 'refusjonsveiviser.sprak';

export function rememberLanguage(language: Language): void {
  writeStorage(CHOICE_KEY, language, 'local');
}

function rememberedLanguage(): string | null {
  return readStorage(CHOICE_KEY, 'local');
}

/** "Norwegian" without a written standard reads bokmål; Hebrew's old code is still sent. */
const ALIASES: Record<string, string> = { no: 'nb', iw: 'he' };

export function matchLanguage(tag: string): Language | undefined {
  const base = tag.trim().toLowerCase().split(/[-_]/)[0] ?? '';
  const code = ALIASES[base] ?? base;
  return isLanguage(code) ? code : undefined;
}

/** `?lng=` first, then the person's own earlier choice, then the browser's languages, then bokmål. */
export function pickLanguage(search: string, browserLanguages: readonly string[]): Language {
  const asked = new URLSearchParams(search).get('lng');
  const remembered = rememberedLanguage();
  for (const candidate of [asked, remembered, ...browserLanguages]) {
    if (candidate && candidate.length <= 35) {
      const match = matchLanguage(candidate);
      if (match) return match;
    }
  }
  return DEFAULT_LANGUAGE;
}
