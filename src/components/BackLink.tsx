import { useFlow, useFlowActor } from '../app/FlowProvider';
import { useHistory } from '../app/history';
import { pathOf, stepOf } from '../flow/snapshot';
import { useT } from '../i18n/useT';

/**
 * Does what the browser's Back does. Opened from a link with no history in this tab, it goes to
 * the step before on the route instead of leaving the wizard.
 */
export function BackLink() {
  const { t } = useT('common');
  const actor = useFlowActor();
  const history = useHistory();
  const previous = useFlow((snapshot) => {
    const { route } = snapshot.context;
    return route[route.indexOf(stepOf(snapshot)) - 1];
  });
  if (previous === undefined) return null;
  return (
    <a
      className="back-link"
      href={pathOf(previous)}
      onClick={(event) => {
        event.preventDefault();
        if (history.canGoBack()) history.back();
        else actor.send({ type: 'GOTO', step: previous });
      }}
    >
      {t('back')}
    </a>
  );
}
