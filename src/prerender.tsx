import { renderToString } from 'react-dom/server';
import { I18nextProvider } from 'react-i18next';
import { createActor } from 'xstate';
import { App } from './app/App';
import { FlowProvider } from './app/FlowProvider';
import { HistoryContext, memoryHistory } from './app/history';
import { refundMachine } from './flow/machine';
import { initI18n } from './i18n';
import { DEFAULT_LANGUAGE } from './i18n/languages';

/**
 * The start page as HTML, for the build to write into index.html: the first paint needs no
 * script, and the client hydrates exactly this (bokmål, a new flow, the address `/`).
 */
export async function renderStartPage(): Promise<{ html: string; title: string }> {
  const i18n = await initI18n(DEFAULT_LANGUAGE);
  const actor = createActor(refundMachine).start();
  const html = renderToString(
    <I18nextProvider i18n={i18n}>
      <FlowProvider actor={actor}>
        <HistoryContext.Provider value={memoryHistory('/')}>
          <App />
        </HistoryContext.Provider>
      </FlowProvider>
    </I18nextProvider>,
  );
  const title = i18n.t('common:documentTitle', { page: i18n.t('flow:start.title') });
  return { html, title };
}
