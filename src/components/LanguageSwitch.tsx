import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { rememberLanguage } from '../i18n';
import { LANGUAGES, type Language, NAMESPACES } from '../i18n/languages';

/** A language's name as the current language writes it inside a sentence ("engelsk", "English"). */
const nameIn = (language: string, code: string) =>
  new Intl.DisplayNames([language], { type: 'language' }).of(code) ?? code;

/**
 * Each language in its own name and its own `lang`; the choice is remembered. A language whose
 * strings cannot be fetched is not switched to: the page stays as it is and says so.
 */
export function LanguageSwitch() {
  const { t, i18n } = useTranslation('common');
  const [failed, setFailed] = useState<Language | null>(null);

  const choose = async (code: Language) => {
    // Strings that failed to load once are only asked for again by a reload (loadLanguages skips them).
    const missing = NAMESPACES.filter((ns) => !i18n.hasResourceBundle(code, ns));
    if (missing.length > 0) await i18n.reloadResources(code, missing);
    if (!NAMESPACES.every((ns) => i18n.hasResourceBundle(code, ns))) {
      setFailed(code);
      return;
    }
    setFailed(null);
    rememberLanguage(code);
    await i18n.changeLanguage(code);
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
              onClick={() => void choose(code)}
            >
              {name}
            </button>
          </li>
        ))}
      </ul>
      <p role="status" className="language-switch__status">
        {failed &&
          t('language.failed', { language: nameIn(i18n.language, failed), current: nameIn(i18n.language, i18n.language) })}
      </p>
    </nav>
  );
}
