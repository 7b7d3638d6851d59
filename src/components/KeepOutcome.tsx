import { useEffect, useRef, useState } from 'react';
import { encodeResumeCode } from '../flow/resumeCode';
import type { OutcomeId } from '../flow/steps';
import { outcomeNote } from '../i18n/outcomeNote';
import { useT } from '../i18n/useT';
import { useFlow } from '../state/FlowProvider';
import { useTextValues } from './useTextValues';

const CODE_MARK = '\u0000';

function formatDate(language: string, date: Date): string {
  return new Intl.DateTimeFormat(language, { dateStyle: 'long', timeStyle: 'short' }).format(date);
}

/**
 * What a printed or saved outcome carries that the screen does not: when, and the code support
 * asks for. Shown in print only, under the heading (styles.css).
 */
export function PrintedHeader({ step }: { step: OutcomeId }) {
  const { t, language } = useT('flow');
  const answers = useFlow((snapshot) => snapshot.context.answers);
  // The moment of printing, not of the page's first render: a tab can stay open for days.
  const [date, setDate] = useState(() => new Date());
  useEffect(() => {
    const now = () => setDate(new Date());
    window.addEventListener('beforeprint', now);
    return () => window.removeEventListener('beforeprint', now);
  }, []);
  // The code isolated left to right, as on the page (.code): in a Hebrew sentence a code whose first
  // group is all digits would otherwise print its two groups swapped. The copy stays plain text.
  const [before, after = ''] = t('keep.code', { code: CODE_MARK }).split(CODE_MARK);
  return (
    <div className="print-only printed-header">
      <p>{t('keep.title')}</p>
      <p>{t('keep.date', { date: formatDate(language, date) })}</p>
      <p>
        {before}
        <bdi dir="ltr">{encodeResumeCode({ step, answers })}</bdi>
        {after}
      </p>
    </div>
  );
}

/**
 * «Skriv ut eller lagre som PDF» (the browser's dialog, with the print stylesheet) and «Kopier» of
 * the same as plain text, the case note's code in the customer's words. Where copying is not
 * allowed (a frame whose host did not grant it, a browser that refuses), the text is shown
 * selected for the person to copy.
 */
export function KeepOutcome({ step }: { step: OutcomeId }) {
  const { t, language } = useT('flow');
  const { route, answers } = useFlow((snapshot) => snapshot.context);
  const values = useTextValues();
  const [status, setStatus] = useState<'copied' | 'select' | null>(null);
  const [shown, setShown] = useState<string | null>(null);
  const field = useRef<HTMLTextAreaElement>(null);

  useEffect(() => {
    if (shown === null) return;
    field.current?.focus();
    field.current?.select();
  }, [shown]);

  const copy = async () => {
    const code = encodeResumeCode({ step, answers });
    const text = outcomeNote({ t, labels: 'flow:keep', language, date: new Date(), step, route, answers, code, values });
    try {
      await navigator.clipboard.writeText(text);
      setShown(null);
      setStatus('copied');
    } catch {
      setShown(text);
      setStatus('select');
    }
  };

  return (
    <section className="keep no-print" aria-labelledby="keep-heading">
      <h2 id="keep-heading">{t('keep.heading')}</h2>
      <p>{t('keep.lead')}</p>
      <div className="button-row">
        <button type="button" className="button button--secondary" onClick={() => window.print()}>
          {t('keep.print')}
        </button>
        <button type="button" className="button button--secondary" onClick={() => void copy()}>
          {t('keep.copy')}
        </button>
      </div>
      <p role="status" className="keep__status">
        {status && t(`keep.${status}`)}
      </p>
      {shown !== null && (
        <>
          <label htmlFor="keep-text" className="visually-hidden">
            {t('keep.fieldLabel')}
          </label>
          <textarea id="keep-text" ref={field} className="note-text" readOnly value={shown} rows={12} />
        </>
      )}
    </section>
  );
}
