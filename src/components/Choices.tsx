import { type ReactNode, useEffect, useState } from 'react';
import { countryOptions } from '../i18n/format';
import { type QuestionId, QUESTIONS } from '../flow/steps';
import { useT } from '../i18n/useT';

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

/**
 * Whether the page has been painted once since this component mounted. In Chromium, a select of
 * 250 options takes ~10 ms to style and lay out, as long as the whole rest of a step change, while
 * a closed select shows only its chosen option: the others can come a frame later.
 */
function usePainted(): boolean {
  const [painted, setPainted] = useState(false);
  useEffect(() => {
    let timer: ReturnType<typeof setTimeout> | undefined;
    // A timeout set in an animation frame runs after that frame is painted.
    const frame = requestAnimationFrame(() => (timer = setTimeout(() => setPainted(true))));
    return () => {
      cancelAnimationFrame(frame);
      clearTimeout(timer);
    };
  }, []);
  return painted;
}

/** Every country, named in the page's language; a native select, so typing a name finds it. */
export function CountrySelect({ id, value, onChange }: Omit<ChoiceProps, 'question'>) {
  const { t, language } = useT('common');
  const all = countryOptions(language);
  const options = usePainted() ? all : all.filter((option) => option.code === value);
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
