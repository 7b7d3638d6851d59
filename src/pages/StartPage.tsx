import { useLocation } from 'react-router';
import { linkSearch } from '../state/EmbedMode';
import { useFlowActor } from '../state/FlowProvider';
import { Blocks } from '../components/Blocks';
import { isPlainClick } from '../components/isPlainClick';
import { useDocumentTitle } from '../components/useDocumentTitle';
import type { PageMeta } from '../flow/machine';
import { pathOf } from '../flow/snapshot';
import { PageHeading } from '../components/PageHeading';
import { loadLaterPages } from './loadLaterPages';
import { useT } from '../i18n/useT';

// The start page names no answers and no countries: naming the ten countries (Intl's first use
// of its region names) would cost the first load ~20 ms of a slow phone's main thread.
const NO_VALUES = {};

export function StartPage({ meta }: { meta: Extract<PageMeta, { kind: 'start' }> }) {
  const { t } = useT('flow');
  const actor = useFlowActor();
  const title = t('start.title');
  useDocumentTitle(title);
  return (
    <>
      <PageHeading>{title}</PageHeading>
      <Blocks step="start" blocks={meta.blocks} values={NO_VALUES} />
      {/* A link, as GOV.UK's start button is: it works before the script has loaded. */}
      <a
        href={pathOf('reason') + linkSearch(useLocation().search)}
        className="button button--start"
        onClick={(event) => {
          if (!isPlainClick(event)) return;
          event.preventDefault();
          // The next page comes from the later pages' chunk: once it is there (almost always
          // already), so the start page stays until the question can replace it.
          const start = () => actor.send({ type: 'START' });
          void loadLaterPages().then(start, start);
        }}
      >
        {t('start.button')}
        <svg className="button__arrow" aria-hidden="true" focusable="false" viewBox="0 0 33 40" width="17" height="19">
          <path fill="currentColor" d="M0 0h13l20 20-20 20H0l20-20z" />
        </svg>
      </a>
    </>
  );
}
