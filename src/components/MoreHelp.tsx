import { useFlow } from '../state/FlowProvider';
import { encodeResumeCode } from '../flow/resumeCode';
import { stepOf } from '../flow/snapshot';
import { Text } from './Text';
import { useT } from '../i18n/useT';

/** F15, in the same place on every page, with the code that hands this page to a support agent. */
export function MoreHelp() {
  const { t } = useT('common');
  const code = useFlow((snapshot) => encodeResumeCode({ step: stepOf(snapshot), answers: snapshot.context.answers }));
  return (
    <aside className="more-help" aria-labelledby="more-help-heading">
      <h2 id="more-help-heading">{t('moreHelp.heading')}</h2>
      <p>
        <Text ns="common" k="moreHelp.text" />
      </p>
      <p>{t('moreHelp.escalate')}</p>
      <p>
        <Text ns="common" k="moreHelp.code" values={{ code }} />
      </p>
    </aside>
  );
}
