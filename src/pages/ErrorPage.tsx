import { useDocumentTitle } from '../components/useDocumentTitle';
import { PageHeading } from '../components/PageHeading';
import { useT } from '../i18n/useT';
import { useRestart } from '../state/FlowProvider';

/** Where any fault ends: in the current language, with a way on. Help is beside it, as on every page. */
/** `canStartOver` is false where there is no flow yet to start over (agent mode's chunk did not load). */
export function ErrorPage({ canStartOver = true }: { canStartOver?: boolean }) {
  const { t } = useT('common');
  const restart = useRestart();
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
        {canStartOver && (
          // The flow this page is in: the customer's, or the agent's call.
          <button type="button" className="button button--secondary" onClick={restart}>
            {t('error.startOver')}
          </button>
        )}
      </div>
    </>
  );
}
