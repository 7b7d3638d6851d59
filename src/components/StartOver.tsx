import { useEffect, useRef, useState } from 'react';
import { useFlow, useFlowActor } from '../app/FlowProvider';
import { useT } from '../i18n/useT';

/** Clears everything; asks first when answers would be lost. */
export function StartOver() {
  const { t } = useT('common');
  const actor = useFlowActor();
  const hasAnswers = useFlow((snapshot) => Object.keys(snapshot.context.answers).length > 0);
  const [asking, setAsking] = useState(false);
  const heading = useRef<HTMLHeadingElement>(null);
  const opener = useRef<HTMLButtonElement>(null);
  const wasAsking = useRef(false);

  useEffect(() => {
    if (asking) heading.current?.focus();
    else if (wasAsking.current) opener.current?.focus();
    wasAsking.current = asking;
  }, [asking]);

  const restart = () => actor.send({ type: 'RESTART' });

  if (asking) {
    return (
      <section className="confirm" aria-labelledby="start-over-heading">
        <h2 id="start-over-heading" ref={heading} tabIndex={-1}>
          {t('startOver.heading')}
        </h2>
        <p>{t('startOver.text')}</p>
        <div className="button-row">
          <button type="button" className="button button--warning" onClick={restart}>
            {t('startOver.confirm')}
          </button>
          <button type="button" className="button button--secondary" onClick={() => setAsking(false)}>
            {t('startOver.cancel')}
          </button>
        </div>
      </section>
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
