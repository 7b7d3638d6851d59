import { useEffect } from 'react';
import { useQuestionForm } from '../state/useQuestionForm';
import { AnswerSummary } from '../components/AnswerSummary';
import { Blocks } from '../components/Blocks';
import { CountrySelect, Radios } from '../components/Choices';
import { ErrorSummary } from '../components/ErrorSummary';
import { useDocumentTitle } from '../components/useDocumentTitle';
import { useTextValues } from '../components/useTextValues';
import { prepareCountryOptions, regionFromLanguages } from '../i18n/format';
import type { PageMeta } from '../flow/machine';
import { titleKeyOf } from '../flow/snapshot';
import { useFlow } from '../state/FlowProvider';
import { QUESTIONS } from '../flow/steps';
import { PageHeading } from '../components/PageHeading';
import { useT } from '../i18n/useT';

type QuestionMeta = Extract<PageMeta, { kind: 'question' }>;

function browserLanguages(): readonly string[] {
  return typeof navigator === 'undefined' ? [] : navigator.languages;
}

/**
 * One question: the `h1` in the `legend`, the choices, and "Fortsett". A choice never moves on by
 * itself; "Fortsett" with nothing chosen shows the error summary.
 */
export function QuestionPage({ meta }: { meta: QuestionMeta }) {
  const { question } = meta;
  const { t, language } = useT('flow');
  const values = useTextValues();
  const isCountry = question === 'country';
  const { value, error, choose, submit } = useQuestionForm(
    question,
    isCountry ? (regionFromLanguages(browserLanguages()) ?? '') : '',
  );
  const answers = useFlow((snapshot) => snapshot.context.answers);
  const title = t(`flow:${titleKeyOf(question, answers)}`, values);
  // While the person reads an earlier question, so the country page comes as fast as any other.
  useEffect(() => prepareCountryOptions(language), [language]);
  useDocumentTitle(title, error);

  const ids = { hint: `${question}-hint`, error: `${question}-error`, field: `${question}-field` };
  const msStep = (QUESTIONS[question] as { msStep?: number }).msStep;
  const hasHint = meta.blocks.length > 0;

  return (
    <>
      <form onSubmit={submit} noValidate>
        {error && <ErrorSummary message={t(`flow:${question}.error`)} fieldId={ids.field} />}
        <div className={error ? 'field field--error' : 'field'}>
          <fieldset
            aria-describedby={[hasHint && ids.hint, error && ids.error].filter(Boolean).join(' ') || undefined}
          >
            <legend>
              {msStep !== undefined && <span className="caption">{t('common:msStep', { step: msStep })}</span>}
              <PageHeading>{title}</PageHeading>
            </legend>
            {hasHint && (
              <div className="hint" id={ids.hint}>
                <Blocks step={question} blocks={meta.blocks} values={values} />
              </div>
            )}
            {error && (
              <p className="error-message" id={ids.error}>
                <span className="visually-hidden">{t('common:errorTitle', { page: '' })}</span>
                {t(`flow:${question}.error`)}
              </p>
            )}
            {isCountry ? (
              <CountrySelect id={ids.field} value={value} onChange={choose} />
            ) : (
              <Radios
                question={question}
                id={ids.field}
                value={value}
                onChange={choose}
                label={(option) => t(`flow:${question}.options.${option}`, values)}
              />
            )}
          </fieldset>
        </div>
        <button type="submit" className="button">
          {t('common:continue')}
        </button>
      </form>
      {meta.showAnswers && <AnswerSummary />}
    </>
  );
}
