import { useTranslation } from 'react-i18next';
import { Text } from './Text';

/** F15, in the same place on every page. */
export function MoreHelp() {
  const { t } = useTranslation('common');
  return (
    <aside className="more-help" aria-labelledby="more-help-heading">
      <h2 id="more-help-heading">{t('moreHelp.heading')}</h2>
      <p>
        <Text ns="common" k="moreHelp.text" />
      </p>
      <p>{t('moreHelp.escalate')}</p>
    </aside>
  );
}
