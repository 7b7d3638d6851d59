import { type FormEvent, useState } from 'react';
import { useT } from '../i18n/useT';
import { useFlow, useFlowActor } from '../state/FlowProvider';
import { useTextValues } from '../components/useTextValues';
import { decodeResumeCode } from '../flow/resumeCode';
import { machineConfirms, restoreFlow } from '../flow/restore';
import { stepOf, titleKeyOf } from '../flow/snapshot';
import type { StepId } from '../flow/steps';

type Result = { kind: 'error'; reason: 'format' | 'check' | 'version' | 'invalid' } | { kind: 'opened'; step: StepId };

/**
 * The code a caller reads from their page opens the same step with the same answers. A code that
 * does not check out, or that the machine's route does not confirm, opens nothing.
 */
export function ResumeCodeForm() {
  const { t } = useT('agent');
  const actor = useFlowActor();
  const values = useTextValues();
  const answers = useFlow((snapshot) => snapshot.context.answers);
  const [code, setCode] = useState('');
  const [result, setResult] = useState<Result | null>(null);

  const open = (event: FormEvent) => {
    event.preventDefault();
    const decoded = decodeResumeCode(code);
    if (!decoded.ok) {
      setResult({ kind: 'error', reason: decoded.reason });
      return;
    }
    const { step, answers } = decoded.state;
    // A code the machine does not confirm leaves the call as it is.
    if (!machineConfirms(step, answers)) {
      setResult({ kind: 'error', reason: 'invalid' });
      return;
    }
    actor.send({ type: 'RESTART' });
    // Agent mode has no start page: a code from the customer's start page opens the first question.
    if (step === 'start') actor.send({ type: 'START' });
    else restoreFlow(actor, { step, answers });
    setResult({ kind: 'opened', step: stepOf(actor.getSnapshot()) });
    setCode('');
  };

  const message =
    result?.kind === 'error'
      ? t(`agent:code.${result.reason}`)
      : result
        ? t('agent:code.opened', { page: t(`flow:${titleKeyOf(result.step, answers)}`, values) })
        : '';
  return (
    <section className="agent-panel" aria-labelledby="agent-code">
      <h2 id="agent-code">{t('agent:code.heading')}</h2>
      <form onSubmit={open} noValidate>
        <label htmlFor="resume-code" className="agent-panel__label">
          {t('agent:code.label')}
        </label>
        <p className="hint" id="resume-code-hint">
          {t('agent:code.hint')}
        </p>
        <div className="agent-code">
          <input
            id="resume-code"
            className="input code"
            value={code}
            autoComplete="off"
            spellCheck={false}
            maxLength={20}
            aria-describedby="resume-code-hint resume-code-status"
            aria-invalid={result?.kind === 'error' ? true : undefined}
            onChange={(event) => setCode(event.target.value)}
          />
          <button type="submit" className="button button--secondary">
            {t('agent:code.open')}
          </button>
        </div>
      </form>
      <p id="resume-code-status" role="status" className={result?.kind === 'error' ? 'error-message' : undefined}>
        {message}
      </p>
    </section>
  );
}
