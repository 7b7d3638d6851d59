import i18next, { type BackendModule } from 'i18next';
import { initReactI18next } from 'react-i18next';
import { readStorage, writeStorage } from '../flow/storage';
import { DEFAULT_LANGUAGE, type Language, LANGUAGES, NAMESPACES, directionOf } from './languages';
import { CHOICE_KEY, askedLanguage, matchLanguage, pickFrom } from './pick';

export { matchLanguage };

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

/** The strings of a page with a namespace of its own (the statement, agent mode), before it renders. */
export async function loadStrings(namespace: 'accessibility' | 'agent'): Promise<void> {
  await i18next.loadNamespaces(namespace);
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

/** The last explicit choice in this tab: a link's `?lng=` or the switch. Kept with the tab's flow. */
let tabChoice: Language | undefined;

export function tabLanguage(): Language | undefined {
  return tabChoice;
}

export function rememberLanguage(language: Language): void {
  tabChoice = language;
  writeStorage(CHOICE_KEY, language, 'local');
}

/** The language the page opens in (pickFrom), noting the tab's own choice to keep with its flow. */
export function pickLanguage(search: string, stored: string | null | undefined, browserLanguages: readonly string[]): Language {
  tabChoice = askedLanguage(search) ?? (stored ? matchLanguage(stored) : undefined);
  return pickFrom(search, stored, readStorage(CHOICE_KEY, 'local'), browserLanguages);
}
