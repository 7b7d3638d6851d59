import { useEffect, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { FlowProvider, useFlow, useRestarts } from '../state/FlowProvider';
import { FlowErrorBoundary } from '../components/FlowErrorBoundary';
import { LanguageSwitch } from '../components/LanguageSwitch';
import { useDocumentTitle } from '../components/useDocumentTitle';
import { LANGUAGES, type Language, textIn } from '../i18n/languages';
import { stepOf } from '../flow/snapshot';
import { readStorage, writeStorage } from '../flow/storage';
import { AGENT_STORAGE_KEY, startCall } from './call';
import { ErrorPage } from '../pages/ErrorPage';
import { AgentStep } from './AgentStep';
import { AnswersPanel } from './AnswersPanel';
import { CaseNotes } from './CaseNotes';
import { ResumeCodeForm } from './ResumeCodeForm';
import { ShortcutsPanel } from './ShortcutsPanel';

const SHORTCUTS_KEY = 'refusjonsveiviser.hurtigtaster';

function storedShortcuts(): boolean {
  return readStorage(SHORTCUTS_KEY, 'local') !== 'av';
}

/**
 * Agent mode (/agent): the same machine, rules and strings for a support agent on the phone.
 * Its own flow, kept apart from a customer's in the same browser, and its own chunk.
 */
export function AgentApp() {
  const { t, i18n, ready } = useTranslation(['agent', 'common']);
  const call = useMemo(() => startCall(), []);
  const [customerLanguage, setCustomerLanguage] = useState<Language>(call.customerLanguage);
  // The flow's strings came with the chunk (src/app/App.tsx): a call in the page's language shows at once.
  const [loadedLanguage, setLoadedLanguage] = useState<Language | null>(() =>
    i18n.hasResourceBundle(call.customerLanguage, 'flow') ? call.customerLanguage : null,
  );
  const [shortcuts, setShortcuts] = useState(storedShortcuts);
  useDocumentTitle(t('agent:title'));

  // The customer's strings are fetched before their questions are shown in that language. Until
  // then the step stays as it was (in the language loaded last): it is not unmounted, so focus stays
  // in the language list and an answer chosen but not yet sent is kept. Only the last choice counts.
  useEffect(() => {
    let latest = true;
    void i18n.loadLanguages(customerLanguage).then(() => {
      if (latest) setLoadedLanguage(customerLanguage);
    });
    return () => {
      latest = false;
    };
  }, [customerLanguage, i18n]);

  const toggleShortcuts = (on: boolean) => {
    setShortcuts(on);
    writeStorage(SHORTCUTS_KEY, on ? 'på' : 'av', 'local');
  };

  if (!ready) return null;
  return (
    <FlowProvider actor={call.actor} storageKey={AGENT_STORAGE_KEY} skipStart>
      <div className="agent">
        <header className="site-header">
          <div className="agent__bar site-header__inner">
            <span className="site-header__name">
              {t('common:appName')} · {t('agent:title')}
            </span>
            <LanguageSwitch />
          </div>
        </header>
        <div className="agent__grid">
          <main id="main" tabIndex={-1} className="agent__main">
            <p className="agent__lead">{t('agent:lead')}</p>
            <div className="select agent__customer-language">
              <label htmlFor="customer-language">{t('agent:customerLanguage')}</label>
              <select
                id="customer-language"
                value={customerLanguage}
                onChange={(event) => {
                  const language = event.target.value as Language;
                  call.setCustomerLanguage(language);
                  setCustomerLanguage(language);
                }}
              >
                {LANGUAGES.map(({ code, name }) => (
                  <option key={code} value={code} {...textIn(code)}>
                    {name}
                  </option>
                ))}
              </select>
            </div>
            {loadedLanguage && <CallStep customerLanguage={loadedLanguage} shortcuts={shortcuts} />}
          </main>
          <div className="agent__side">
            <ResumeCodeForm />
            <AnswersPanel />
            <CaseNotes customerLanguage={customerLanguage} />
            <ShortcutsPanel enabled={shortcuts} onToggle={toggleShortcuts} />
          </div>
        </div>
      </div>
    </FlowProvider>
  );
}

/**
 * The step the call is on, afresh on every step and on every new call: a new call on the first
 * question starts with nothing chosen and focus on its heading.
 */
function CallStep({ customerLanguage, shortcuts }: { customerLanguage: Language; shortcuts: boolean }) {
  const key = `${useRestarts()}:${useFlow(stepOf)}`;
  const stopped = useFlow((snapshot) => snapshot.status === 'error');
  return (
    <FlowErrorBoundary resetKey={key} fallback={<ErrorPage />}>
      {stopped ? <StoppedFlow /> : <AgentStep key={key} customerLanguage={customerLanguage} shortcuts={shortcuts} />}
    </FlowErrorBoundary>
  );
}

/** A call whose flow stopped shows the error page, whose «start over» starts a new call. */
function StoppedFlow(): never {
  throw new Error('The agent flow stopped with an error');
}
