import { useTranslation } from 'react-i18next';
import { rememberLanguage } from '../i18n';
import { LANGUAGES, type Language } from '../i18n/languages';

/** Each language in its own name and its own `lang`; the choice is remembered. */
export function LanguageSwitch() {
  const { t, i18n } = useTranslation('common');
  const choose = (code: Language) => {
    rememberLanguage(code);
    void i18n.changeLanguage(code);
  };
  return (
    <nav className="language-switch" aria-label={t('language.label')}>
      <ul>
        {LANGUAGES.map(({ code, name }) => (
          <li key={code}>
            <button
              type="button"
              lang={code}
              aria-current={i18n.language === code ? 'true' : undefined}
              onClick={() => choose(code)}
            >
              {name}
            </button>
          </li>
        ))}
      </ul>
    </nav>
  );
}
