import { useState } from 'react';
import { useT } from '../i18n/useT';
import { useFlow } from '../state/FlowProvider';
import { useTextValues } from '../components/useTextValues';
import { encodeResumeCode } from '../flow/resumeCode';
import { stepOf } from '../flow/snapshot';
import { outcomeNote } from '../i18n/outcomeNote';

/** The case note, shown as it will be pasted; copied in one click or saved as a .txt. Nothing is sent. */
export function CaseNotes({ customerLanguage }: { customerLanguage: string }) {
  const { t, language } = useT('agent');
  const { route, answers } = useFlow((snapshot) => snapshot.context);
  const step = useFlow(stepOf);
  const values = useTextValues();
  const [status, setStatus] = useState<'copied' | 'copyFailed' | null>(null);
  const code = encodeResumeCode({ step, answers });
  const text = outcomeNote({
    t,
    labels: 'agent:notes',
    language,
    customerLanguage,
    date: new Date(),
    step,
    route,
    answers,
    code,
    values,
  });

  const copy = async () => {
    try {
      await navigator.clipboard.writeText(text);
      setStatus('copied');
    } catch {
      setStatus('copyFailed');
    }
  };

  const download = () => {
    const url = URL.createObjectURL(new Blob([text], { type: 'text/plain;charset=utf-8' }));
    const link = document.createElement('a');
    link.href = url;
    link.download = `${t('agent:notes.file')}-${new Date().toISOString().slice(0, 16).replace(/[:T]/g, '-')}.txt`;
    link.click();
    setTimeout(() => URL.revokeObjectURL(url), 0);
  };

  return (
    <section className="agent-panel" aria-labelledby="agent-notes">
      <h2 id="agent-notes">{t('agent:notes.heading')}</h2>
      <p className="agent-panel__code">{t('agent:code.current', { code })}</p>
      <label htmlFor="case-note" className="visually-hidden">
        {t('agent:notes.label')}
      </label>
      <textarea id="case-note" className="note-text" readOnly value={text} rows={10} />
      <div className="button-row">
        <button type="button" className="button" onClick={() => void copy()}>
          {t('agent:notes.copy')}
        </button>
        <button type="button" className="button button--secondary" onClick={download}>
          {t('agent:notes.download')}
        </button>
      </div>
      <p role="status">{status && t(`agent:notes.${status}`)}</p>
    </section>
  );
}
