import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useFlowActor } from '../app/FlowProvider';

export function useNewCall() {
  const [asking, setAsking] = useState(false);
  return { asking, ask: () => setAsking(true), cancel: () => setAsking(false) };
}

/** Starting a new call deletes this one's answers, so it asks first; its confirm button takes focus. */
export function NewCall({ state }: { state: ReturnType<typeof useNewCall> }) {
  const { t } = useTranslation('agent');
  const actor = useFlowActor();
  const confirm = useRef<HTMLButtonElement>(null);
  useEffect(() => {
    if (state.asking) confirm.current?.focus();
  }, [state.asking]);
  const start = () => {
    state.cancel();
    actor.send({ type: 'RESTART' });
    actor.send({ type: 'START' });
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
    <section className="confirm" aria-labelledby="new-call-heading">
      <h2 id="new-call-heading">{t('newCall.heading')}</h2>
      <p>{t('newCall.text')}</p>
      <div className="button-row">
        <button type="button" ref={confirm} className="button button--warning" onClick={start}>
          {t('newCall.confirm')}
        </button>
        <button type="button" className="button button--secondary" onClick={state.cancel}>
          {t('newCall.cancel')}
        </button>
      </div>
    </section>
  );
}
