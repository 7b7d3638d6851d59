import { type ReactElement, useMemo } from 'react';
import { Trans } from 'react-i18next';
import { LINK_IDS, type LinkId, linksFor } from '../config/links';
import { useT } from '../i18n/useT';
import { ExternalLink } from './ExternalLink';

export type TextValues = Record<string, string | number>;

/** The one formatting tag strings may use besides links. */
export const FORMAT_TAGS = ['code'] as const;

function useComponents(language: string): Record<string, ReactElement> {
  return useMemo(() => {
    const hrefs = linksFor(language);
    const links = LINK_IDS.map((id: LinkId) => [id, <ExternalLink key={id} href={hrefs[id]} />]);
    return Object.fromEntries([...links, ['code', <code key="code" className="code" />]]);
  }, [language]);
}

interface TextProps {
  ns: 'common' | 'flow' | 'accessibility';
  k: string;
  values?: TextValues;
  /** Another language than the page's (agent mode reads the customer's). */
  lng?: string;
}

/** A string that may name configured links (`<contact>…</contact>`); no other markup is rendered. */
export function Text({ ns, k, values, lng }: TextProps) {
  const { t, language } = useT(ns, lng);
  const components = useComponents(language);
  const text = t(k, values);
  // Most strings have no tags: Trans would only parse them to hand back the same text.
  if (!text.includes('<')) return text;
  return <Trans t={t} ns={ns} i18nKey={k} values={values} components={components} />;
}
