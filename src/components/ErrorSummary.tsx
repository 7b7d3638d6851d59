import { useEffect, useRef } from 'react';
import { useT } from '../i18n/useT';

/** The GOV.UK error summary: takes focus when shown; its link moves focus to the field. */
export function ErrorSummary({ message, fieldId }: { message: string; fieldId: string }) {
  const { t } = useT('common');
  const ref = useRef<HTMLDivElement>(null);
  useEffect(() => {
    ref.current?.focus();
  }, []);
  return (
    <div className="error-summary" ref={ref} tabIndex={-1} aria-labelledby="error-summary-heading">
      <h2 id="error-summary-heading">{t('errorSummary.heading')}</h2>
      <ul>
        <li>
          <a
            href={`#${fieldId}`}
            onClick={(event) => {
              event.preventDefault();
              document.getElementById(fieldId)?.focus();
            }}
          >
            {message}
          </a>
        </li>
      </ul>
    </div>
  );
}
