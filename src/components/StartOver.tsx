import { useEffect, useRef, useState } from 'react';
import { useFlow, useRestart } from '../state/FlowProvider';
import { useT } from '../i18n/useT';
import { ConfirmPanel } from './ConfirmPanel';

/** Clears everything; asks first when answers would be lost. */
export function StartOver() {
  const { t } = useT('common');
  const restart = useRestart();
  const hasAnswers = useFlow((snapshot) => Object.keys(snapshot.context.answers).length > 0);
  const [asking, setAsking] = useState(false);
  const opener = useRef<HTMLButtonElement>(null);
  const wasAsking = useRef(false);

  useEffect(() => {
    if (!asking && wasAsking.current) opener.current?.focus();
    wasAsking.current = asking;
  }, [asking]);

  if (asking) {
    return (
      <ConfirmPanel
        id="start-over-heading"
        heading={t('startOver.heading')}
        text={t('startOver.text')}
        confirm={t('startOver.confirm')}
        cancel={t('startOver.cancel')}
        onConfirm={restart}
        onCancel={() => setAsking(false)}
        focus="heading"
      />
    );
  }
  return (
    <p className="start-over">
      <button
        type="button"
        ref={opener}
        className="link-button"
        onClick={() => (hasAnswers ? setAsking(true) : restart())}
      >
        {t('startOver.button')}
      </button>
    </p>
  );
}
