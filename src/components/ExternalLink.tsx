import type { ReactNode } from 'react';
import { useT } from '../i18n/useT';

/** A link out of the wizard: a new tab, so the person keeps their place here. */
export function ExternalLink({ href, children }: { href: string; children?: ReactNode }) {
  const { t } = useT('common');
  return (
    <a href={href} target="_blank" rel="noopener noreferrer">
      {children}
      <span className="visually-hidden"> {t('newTab')}</span>
    </a>
  );
}
