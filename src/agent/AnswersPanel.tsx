import { useT } from '../i18n/useT';
import { useFlow, useFlowActor } from '../state/FlowProvider';
import { useTextValues } from '../components/useTextValues';
import { answerLabel } from '../i18n/textValues';
import { stepOf, titleKeyOf } from '../flow/snapshot';
import { type StepId, answeredOnRoute, isOutcome } from '../flow/steps';

/** Every answer so far, each one click from being changed, and the path the answers took. */
export function AnswersPanel() {
  const { t, language } = useT('agent');
  const actor = useFlowActor();
  const { route, answers } = useFlow((snapshot) => snapshot.context);
  const step = useFlow(stepOf);
  const upTo = route.slice(0, route.indexOf(step) + 1).filter((s) => s !== 'start');
  const given = answeredOnRoute(route, answers);
  // Titles that name an answer ("… i {{country}}") get it, in the agent's language.
  const values = useTextValues();
  const title = (s: StepId) => t(`flow:${titleKeyOf(s, answers)}`, values);
  return (
    <>
      <section className="agent-panel" aria-labelledby="agent-answers">
        <h2 id="agent-answers">{t('agent:answers.heading')}</h2>
        {given.length === 0 ? (
          <p>{t('agent:answers.none')}</p>
        ) : (
          <dl className="agent-answers">
            {given.map((question) => (
              <div key={question} className="agent-answers__row">
                <dt>{t(`flow:${question}.summary`)}</dt>
                <dd>
                  {answerLabel(question, answers, language, t)}
                </dd>
                <dd>
                  <button
                    type="button"
                    className="link-button"
                    onClick={() => actor.send({ type: 'GOTO', step: question, review: true })}
                  >
                    {t('agent:answers.change')}
                    <span className="visually-hidden"> {t('agent:answers.changeHidden', { question: title(question) })}</span>
                  </button>
                </dd>
              </div>
            ))}
          </dl>
        )}
      </section>
      <section className="agent-panel" aria-labelledby="agent-path">
        <h2 id="agent-path">{t('agent:path.heading')}</h2>
        <ol className="agent-path">
          {upTo.map((s) => (
            <li key={s} aria-current={s === step ? 'step' : undefined}>
              {isOutcome(s) ? <strong>{title(s)}</strong> : title(s)}
              {s === step && <span className="agent-path__here"> ({t('agent:path.current')})</span>}
            </li>
          ))}
        </ol>
      </section>
    </>
  );
}
