import { useEffect, useRef, useState } from 'react';
import { REASONS, type Reason } from '../flow/feedback';
import type { OutcomeId } from '../flow/steps';
import { useT } from '../i18n/useT';
import { rate, useRating } from '../state/feedback';

/**
 * «Fikk du svar på det du lurte på?» Ja is sent at once; Nei asks for one optional reason (no free
 * text: nothing personal can be typed) and is sent when one is chosen or skipped. Then a thank-you
 * takes the buttons' place, announced and focused, as the button pressed is gone.
 */
export function OutcomeFeedback({ outcome }: { outcome: OutcomeId }) {
  const { t } = useT('flow');
  const rating = useRating(outcome);
  const [askingWhy, setAskingWhy] = useState(false);
  const [justRated, setJustRated] = useState(false);
  const why = useRef<HTMLParagraphElement>(null);
  const thanks = useRef<HTMLParagraphElement>(null);

  useEffect(() => {
    if (askingWhy) why.current?.focus();
  }, [askingWhy]);
  useEffect(() => {
    if (justRated) thanks.current?.focus();
  }, [justRated]);

  const send = (helpful: boolean, reason: Reason | null) => {
    rate(outcome, { helpful, reason });
    setJustRated(true);
  };

  return (
    <section className="feedback no-print" aria-labelledby="feedback-heading">
      <h2 id="feedback-heading">{t('feedback.question')}</h2>
      <div role="status">
        {rating && (
          <p ref={thanks} tabIndex={-1} className="feedback__thanks">
            {t('feedback.thanks')}
          </p>
        )}
      </div>
      {!rating && !askingWhy && (
        <div className="button-row">
          <button type="button" className="button button--secondary" onClick={() => send(true, null)}>
            {t('feedback.yes')}
          </button>
          <button type="button" className="button button--secondary" onClick={() => setAskingWhy(true)}>
            {t('feedback.no')}
          </button>
        </div>
      )}
      {!rating && askingWhy && (
        <div role="group" aria-labelledby="feedback-why">
          <p id="feedback-why" ref={why} tabIndex={-1}>
            {t('feedback.why')}
          </p>
          <div className="button-row">
            {REASONS.map((reason) => (
              <button key={reason} type="button" className="button button--secondary" onClick={() => send(false, reason)}>
                {t(`feedback.reasons.${reason}`)}
              </button>
            ))}
            <button type="button" className="link-button" onClick={() => send(false, null)}>
              {t('feedback.skip')}
            </button>
          </div>
        </div>
      )}
    </section>
  );
}
