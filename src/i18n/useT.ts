import i18next, { type TFunction } from 'i18next';
import { useSyncExternalStore } from 'react';
import type { NAMESPACES } from './languages';

// react-i18next's useTranslation copies the whole i18next instance for every component that
// mounts, and a page's dozens of strings all mount again on every step. The wizard loads a
// language's strings before it switches to it (i18next emits languageChanged only then), so the
// language is all a component needs to follow.

function subscribe(changed: () => void): () => void {
  i18next.on('languageChanged', changed);
  return () => i18next.off('languageChanged', changed);
}

const current = () => i18next.language;

/** The page's language. */
function useLanguage(): string {
  return useSyncExternalStore(subscribe, current, current);
}

// The accessibility statement's and agent mode's strings are loaded by their page (the
// statement, AgentApp) before anything under it asks for them.
type Namespace = (typeof NAMESPACES)[number] | 'accessibility' | 'agent';
const fixed = new Map<string, TFunction>();

/**
 * A `t` for a loaded namespace (others by prefix: `common:continue`), in the page's language or
 * in `lng` (agent mode reads the customer's, which it loads first).
 */
export function useT(ns: Namespace, lng?: string): { t: TFunction; language: string } {
  const page = useLanguage();
  const language = lng ?? page;
  const key = `${language}|${ns}`;
  let t = fixed.get(key);
  if (!t) {
    t = i18next.getFixedT(language, ns);
    fixed.set(key, t);
  }
  return { t, language };
}
