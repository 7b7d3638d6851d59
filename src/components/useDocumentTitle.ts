import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';

/** "Hvor kjøpte du abonnementet? – Refusjonsveiviseren", with "Feil: " first while an error shows. */
export function useDocumentTitle(page: string, error = false): void {
  const { t } = useTranslation('common');
  useEffect(() => {
    const named = error ? t('errorTitle', { page }) : page;
    document.title = t('documentTitle', { page: named });
  }, [error, page, t]);
}
