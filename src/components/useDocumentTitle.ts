import { useEffect } from 'react';
import { useT } from '../i18n/useT';

/** "Hvor kjøpte du abonnementet? – Refusjonsveiviseren", with "Feil: " first while an error shows. */
export function useDocumentTitle(page: string, error = false): void {
  const { t } = useT('common');
  useEffect(() => {
    const named = error ? t('errorTitle', { page }) : page;
    document.title = t('documentTitle', { page: named });
  }, [error, page, t]);
}
