import { useState } from 'react';
import { ConfirmPanel } from '../components/ConfirmPanel';
import { useT } from '../i18n/useT';
import { useRestart } from '../state/FlowProvider';

export function useNewCall() {
  const [asking, setAsking] = useState(false);
  return { asking, ask: () => setAsking(true), cancel: () => setAsking(false) };
}

/** Starting a new call deletes this one's answers, so it asks first; its confirm button takes focus. */
export function NewCall({ state }: { state: ReturnType<typeof useNewCall> }) {
  const { t } = useT('agent');
  const restart = useRestart();
  const start = () => {
    state.cancel();
    restart();
  };
  if (!state.asking) {
    return (
      <p className="start-over">
        <button type="button" className="link-button" onClick={state.ask}>
          {t('newCall.button')}
        </button>
      </p>
    );
  }
  return (
    <ConfirmPanel
      id="new-call-heading"
      heading={t('newCall.heading')}
      text={t('newCall.text')}
      confirm={t('newCall.confirm')}
      cancel={t('newCall.cancel')}
      onConfirm={start}
      onCancel={state.cancel}
      focus="confirm"
    />
  );
}
