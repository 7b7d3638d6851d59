import { type ReactNode, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { countryOptions } from '../i18n/format';
import { type QuestionId, QUESTIONS } from '../flow/steps';

interface ChoiceProps {
  question: QuestionId;
  /** The first choice's id: where the error summary's link sends focus. */
  id: string;
  value: string;
  onChange: (value: string) => void;
}

/** A question's choices as radios; the whole label is the target. Choosing never moves on. */
export function Radios({ question, id, value, onChange, label }: ChoiceProps & { label: (option: string, index: number) => ReactNode }) {
  return (
    <div className="radios">
      {QUESTIONS[question].options.map((option, index) => {
        const optionId = index === 0 ? id : `${id}-${option}`;
        return (
          <div className="radio" key={option}>
            <input
              type="radio"
              id={optionId}
              name={question}
              value={option}
              checked={value === option}
              onChange={() => onChange(option)}
            />
            <label htmlFor={optionId}>{label(option, index)}</label>
          </div>
        );
      })}
    </div>
  );
}

/** Every country, named in the page's language; a native select, so typing a name finds it. */
export function CountrySelect({ id, value, onChange }: Omit<ChoiceProps, 'question'>) {
  const { t, i18n } = useTranslation('common');
  const options = useMemo(() => countryOptions(i18n.language), [i18n.language]);
  return (
    <div className="select">
      <label htmlFor={id}>{t('country.label')}</label>
      <select id={id} value={value} onChange={(event) => onChange(event.target.value)}>
        <option value="">{t('country.choose')}</option>
        {options.map(({ code, name }) => (
          <option key={code} value={code}>
            {name}
          </option>
        ))}
      </select>
    </div>
  );
}
