import { type RefObject, useEffect, useRef } from 'react';
import { textIn } from '../i18n/languages';
import { useT } from '../i18n/useT';
import { useFlow, useFlowActor } from '../state/FlowProvider';
import { Blocks } from '../components/Blocks';
import { CountrySelect, Radios } from '../components/Choices';
import { ErrorSummary } from '../components/ErrorSummary';
import { PageHeading } from '../components/PageHeading';
import { useTextValues } from '../components/useTextValues';
import type { PageMeta } from '../flow/machine';
import { metaOf, stepOf, titleKeyOf } from '../flow/snapshot';
import { type OutcomeId, QUESTIONS } from '../flow/steps';
import { usePreviousStep, useQuestionForm } from '../state/useQuestionForm';
import { NewCall, useNewCall } from './NewCall';
import { useShortcuts } from './useShortcuts';

type QuestionMeta = Extract<PageMeta, { kind: 'question' }>;

/**
 * The step the call is on: what to say to the caller in their language, the choices, and the
 * agent's own notes in the agent's language. Remounted on every step, so its heading takes focus.
 */
export function AgentStep({ customerLanguage, shortcuts }: { customerLanguage: string; shortcuts: boolean }) {
  const step = useFlow(stepOf);
  const meta = metaOf(step);
  const heading = useRef<HTMLHeadingElement>(null);
  const newCall = useNewCall();
  const actor = useFlowActor();
  const previous = usePreviousStep();
  const back = () => {
    if (previous !== undefined && previous !== 'start') actor.send({ type: 'GOTO', step: previous });
  };

  useEffect(() => {
    heading.current?.focus();
  }, []);

  const part: PartProps = { customerLanguage, heading, shortcuts, back, newCall: newCall.ask };
  return (
    <>
      {meta.kind === 'question' && <AgentQuestion meta={meta} {...part} />}
      {meta.kind === 'outcome' && <AgentOutcome outcome={step as OutcomeId} meta={meta} {...part} />}
      <NewCall state={newCall} />
    </>
  );
}

interface PartProps {
  customerLanguage: string;
  heading: RefObject<HTMLHeadingElement | null>;
  shortcuts: boolean;
  back: () => void;
  newCall: () => void;
}

function AgentQuestion({ meta, customerLanguage, heading, shortcuts, back, newCall }: PartProps & { meta: QuestionMeta }) {
  const { question } = meta;
  const { t } = useT('agent');
  const customer = useT('flow', customerLanguage).t;
  const customerValues = useTextValues(customerLanguage);
  const values = useTextValues();
  const { value, error, choose, submit } = useQuestionForm(question);
  const answers = useFlow((snapshot) => snapshot.context.answers);
  const options = QUESTIONS[question].options;
  const isCountry = question === 'country';
  const fieldId = `agent-${question}`;

  useShortcuts(shortcuts, {
    choose: (index) => {
      const option = isCountry ? undefined : options[index];
      if (option !== undefined) choose(option);
    },
    proceed: () => submit(),
    back,
    newCall,
  });

  return (
    <form onSubmit={submit} noValidate className="agent-step">
      {error && <ErrorSummary message={t('agent:chooseError')} fieldId={fieldId} />}
      <fieldset aria-describedby={`${fieldId}-notes`}>
        <legend>
          <PageHeading ref={heading}>
            <span className="agent-step__say">{t('agent:askCustomer')}:</span>{' '}
            <span {...textIn(customerLanguage)}>{customer(titleKeyOf(question, answers), customerValues)}</span>
          </PageHeading>
        </legend>
        {meta.blocks.length > 0 && (
          <div className="hint agent-step__customer" {...textIn(customerLanguage)}>
            <Blocks step={question} blocks={meta.blocks} values={customerValues} lng={customerLanguage} />
          </div>
        )}
        {isCountry ? (
          <CountrySelect id={fieldId} value={value} onChange={choose} />
        ) : (
          <Radios
            question={question}
            id={fieldId}
            value={value}
            onChange={choose}
            label={(option, index) => (
              <>
                <kbd className="agent-step__key" aria-hidden={!shortcuts}>
                  {index + 1}
                </kbd>{' '}
                <span {...textIn(customerLanguage)}>{customer(`${question}.options.${option}`, customerValues)}</span>
              </>
            )}
          />
        )}
        <dl className="agent-notes" id={`${fieldId}-notes`}>
          <dt>{t('agent:where')}</dt>
          <dd>{t(`agent:steps.${question}.where`, values)}</dd>
          <dt>{t('agent:means')}</dt>
          <dd>{t(`agent:steps.${question}.means`, values)}</dd>
        </dl>
      </fieldset>
      <div className="button-row">
        <button type="submit" className="button">
          {t('agent:continue')}
        </button>
        <button type="button" className="button button--secondary" onClick={back}>
          {t('agent:back')}
        </button>
      </div>
    </form>
  );
}

function AgentOutcome({
  outcome,
  meta,
  customerLanguage,
  heading,
  shortcuts,
  back,
  newCall,
}: PartProps & { outcome: OutcomeId; meta: Extract<PageMeta, { kind: 'outcome' }> }) {
  const { t } = useT('agent');
  const customer = useT('flow', customerLanguage).t;
  const customerValues = useTextValues(customerLanguage);
  const answers = useFlow((snapshot) => snapshot.context.answers);
  useShortcuts(shortcuts, { choose: () => {}, proceed: () => {}, back, newCall });
  return (
    <div className="agent-step">
      <PageHeading ref={heading}>
        <span className="agent-step__say">{t('tellCustomer')}:</span>{' '}
        <span {...textIn(customerLanguage)}>{customer(titleKeyOf(outcome, answers), customerValues)}</span>
      </PageHeading>
      <div className="outcome" {...textIn(customerLanguage)}>
        <Blocks step={outcome} blocks={meta.blocks} values={customerValues} lng={customerLanguage} />
      </div>
      <dl className="agent-notes">
        <dt>{t('next')}</dt>
        <dd>{t(`outcomes.${outcome}`)}</dd>
      </dl>
      <div className="button-row">
        <button type="button" className="button button--secondary" onClick={back}>
          {t('back')}
        </button>
      </div>
    </div>
  );
}
