import { Link, useLocation, useNavigate } from 'react-router';
import { pathOf } from '../flow/snapshot';
import { useT } from '../i18n/useT';
import { linkSearch } from '../state/EmbedMode';
import { entryOf } from '../state/entries';
import { useFlowActor } from '../state/FlowProvider';
import { usePreviousStep } from '../state/useQuestionForm';
import { isPlainClick } from './isPlainClick';

/**
 * Does what the browser's Back does. Opened from a link with no history in this tab, it goes to
 * the step before on the route instead of leaving the wizard.
 */
export function BackLink() {
  const { t } = useT('common');
  const actor = useFlowActor();
  const location = useLocation();
  const navigate = useNavigate();
  const previous = usePreviousStep();
  if (previous === undefined) return null;
  return (
    <Link
      className="back-link"
      to={pathOf(previous) + linkSearch(location.search)}
      onClick={(event) => {
        if (!isPlainClick(event)) return;
        event.preventDefault();
        if (entryOf(location).depth > 0) void navigate(-1);
        else actor.send({ type: 'GOTO', step: previous });
      }}
    >
      {t('back')}
    </Link>
  );
}
