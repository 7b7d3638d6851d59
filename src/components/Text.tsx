import { type ReactElement, useMemo } from 'react';
import { Trans, useTranslation } from 'react-i18next';
import { LINK_IDS, type LinkId, linksFor } from '../config/links';
import { ExternalLink } from './ExternalLink';

export type TextValues = Record<string, string | number>;

function useLinks(): Record<LinkId, ReactElement> {
  const { i18n } = useTranslation();
  return useMemo(() => {
    const hrefs = linksFor(i18n.language);
    return Object.fromEntries(LINK_IDS.map((id) => [id, <ExternalLink key={id} href={hrefs[id]} />])) as Record<
      LinkId,
      ReactElement
    >;
  }, [i18n.language]);
}

/** A string that may name configured links (`<contact>…</contact>`); no other markup is rendered. */
export function Text({ ns, k, values }: { ns: 'common' | 'flow' | 'accessibility'; k: string; values?: TextValues }) {
  const links = useLinks();
  return <Trans ns={ns} i18nKey={k} values={values} components={links} />;
}
