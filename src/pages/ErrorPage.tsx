import { STORAGE_KEY, writeStorage } from '../flow/persist';
import { useDocumentTitle } from '../components/useDocumentTitle';
import { PageHeading } from './PageHeading';
import { useT } from '../i18n/useT';

/** Where any fault ends: in the current language, with a way on. Help is beside it, as on every page. */
export function ErrorPage() {
  const { t } = useT('common');
  const title = t('error.title');
  useDocumentTitle(title);
  return (
    <>
      <PageHeading>{title}</PageHeading>
      <p>{t('error.text')}</p>
      <div className="button-row">
        {/* A reload fetches again whatever failed to load; the answers are kept. */}
        <button type="button" className="button" onClick={() => window.location.reload()}>
          {t('error.retry')}
        </button>
        <button
          type="button"
          className="button button--secondary"
          onClick={() => {
            // A fresh page: whatever broke (the flow, a lost chunk) starts clean.
            writeStorage(STORAGE_KEY, null);
            window.location.assign(`/${window.location.search}`);
          }}
        >
          {t('error.startOver')}
        </button>
      </div>
    </>
  );
}
