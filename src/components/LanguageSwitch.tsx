import { type FocusEvent, type KeyboardEvent, memo, useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { rememberLanguage } from '../i18n';
import { LANGUAGES, type Language, NAMESPACES, textIn } from '../i18n/languages';

/** A language's name as the current language writes it inside a sentence ("engelsk", "English"). */
const nameIn = (language: string, code: string) =>
  new Intl.DisplayNames([language], { type: 'language' }).of(code) ?? code;

const ownName = (code: string) => LANGUAGES.find((language) => language.code === code)?.name ?? code;

/** Whether the page's own script can be fetched now: a cheap, uncached look before a reload that would otherwise fail. */
async function scriptsAnswer(): Promise<boolean> {
  const script = document.querySelector<HTMLScriptElement>('script[type="module"][src]');
  if (!script) return false;
  try {
    return (await fetch(script.src, { method: 'HEAD', cache: 'no-store' })).ok;
  } catch {
    return false;
  }
}

/** This address afresh in `code`: its `?lng=` lasts for the tab, whose answers are stored. */
function openIn(code: Language) {
  const url = new URL(window.location.href);
  url.searchParams.set('lng', code);
  window.location.replace(url);
}

/**
 * A disclosure listing each language in its own name and its own `lang`; the choice is remembered. A language whose
 * strings cannot be fetched is not switched to: the page stays as it is and says so. A `<details>`, so it opens before
 * the script has run; once it has, it closes as people expect: on a choice or Escape (focus back on its summary), on a
 * click or focus elsewhere. Its list lies over the page.
 */
// Memoised: it has no props, so a step change (which renders the layout again) leaves it be.
export const LanguageSwitch = memo(function LanguageSwitch() {
  const { t, i18n } = useTranslation('common');
  const [failed, setFailed] = useState<Language | null>(null);
  const details = useRef<HTMLDetailsElement>(null);

  const close = (focus: boolean) => {
    const disclosure = details.current;
    if (!disclosure?.open) return;
    disclosure.open = false;
    if (focus) disclosure.querySelector('summary')?.focus();
  };
  useEffect(() => {
    const onPointer = (event: PointerEvent) => {
      if (!details.current?.contains(event.target as Node)) close(false);
    };
    document.addEventListener('pointerdown', onPointer);
    return () => document.removeEventListener('pointerdown', onPointer);
  }, []);
  const onKeyDown = (event: KeyboardEvent) => {
    if (event.key === 'Escape' && details.current?.open) {
      event.preventDefault();
      close(true);
    }
  };
  // An open list left behind by Tab would cover what has focus (WCAG 2.4.11). Focus going nowhere (a
  // click that does not focus, as in Safari) is left to the pointer handler, or the click would be lost.
  const onBlur = (event: FocusEvent) => {
    const next = event.relatedTarget as Node | null;
    if (next && !details.current?.contains(next)) close(false);
  };

  const choose = async (code: Language) => {
    close(true);
    // Strings that failed to load once are only asked for again by a reload (loadLanguages skips them).
    const missing = NAMESPACES.filter((ns) => !i18n.hasResourceBundle(code, ns));
    if (missing.length > 0) await i18n.reloadResources(code, missing);
    if (!NAMESPACES.every((ns) => i18n.hasResourceBundle(code, ns))) {
      // A browser may keep a script that failed to load failed for the document's life (Chromium
      // does): asked again, once the site's scripts answer, the page opens afresh in that language.
      if (failed === code && (await scriptsAnswer())) {
        rememberLanguage(code);
        openIn(code);
        return;
      }
      setFailed(code);
      return;
    }
    setFailed(null);
    rememberLanguage(code);
    await i18n.changeLanguage(code);
  };

  return (
    <nav className="language-switch" aria-label={t('language.label')}>
      <details ref={details} onKeyDown={onKeyDown} onBlur={onBlur}>
        <summary>
          {/* A globe, so the switch is found by someone who reads none of the page's language. */}
          <svg aria-hidden="true" focusable="false" viewBox="0 0 24 24" width="20" height="20">
            <path
              fill="none"
              stroke="currentColor"
              strokeWidth="2"
              d="M12 2a10 10 0 1 0 0 20a10 10 0 1 0 0-20zM2 12h20M12 2c3 3 4 6.5 4 10s-1 7-4 10c-3-3-4-6.5-4-10s1-7 4-10z"
            />
          </svg>
          <span className="language-switch__label">{t('language.label')}</span>{' '}
          <span {...textIn(i18n.language)}>{ownName(i18n.language)}</span>
        </summary>
        <ul>
          {LANGUAGES.map(({ code, name }) => (
            <li key={code}>
              <button
                type="button"
                {...textIn(code)}
                aria-current={i18n.language === code ? 'true' : undefined}
                onClick={() => void choose(code)}
              >
                {name}
              </button>
            </li>
          ))}
        </ul>
      </details>
      <p role="status" className="language-switch__status">
        {failed &&
          t('language.failed', { language: nameIn(i18n.language, failed), current: nameIn(i18n.language, i18n.language) })}
      </p>
    </nav>
  );
});
