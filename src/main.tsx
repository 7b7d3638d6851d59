import { StrictMode, startTransition } from 'react';
import { createRoot, hydrateRoot, type RootOptions } from 'react-dom/client';
import { I18nextProvider } from 'react-i18next';
import { App } from './app/App';
import { EmbedMode, isEmbedRequest } from './app/EmbedMode';
import { FlowProvider } from './app/FlowProvider';
import { HistoryContext, browserHistory } from './app/history';
import { startFlow } from './app/flowActor';
import { hasPresets, withoutPresets } from './flow/presets';
import { pathOf, stepOf } from './flow/snapshot';
import { initI18n, pickLanguage } from './i18n';
import { DEFAULT_LANGUAGE } from './i18n/languages';
import './styles.css';

const { search, hash } = window.location;
const i18n = await initI18n(pickLanguage(search, navigator.languages));
const actor = startFlow(search);
const embedded = isEmbedRequest(search);
// A preset link opens where its answers lead. Presets are taken once: a reload resumes from
// what the person did since.
// Leading slashes are one: `//host/…` would name another site, and replaceState would throw.
const pathname = hasPresets(search) ? pathOf(stepOf(actor.getSnapshot())) : window.location.pathname.replace(/^\/+/, '/');
window.history.replaceState(window.history.state, '', pathname + withoutPresets(search) + hash);
const history = browserHistory();

const app = (
  <StrictMode>
    <I18nextProvider i18n={i18n}>
      <FlowProvider actor={actor}>
        <EmbedMode.Provider value={embedded}>
          <HistoryContext.Provider value={history}>
            <App />
          </HistoryContext.Provider>
        </EmbedMode.Provider>
      </FlowProvider>
    </I18nextProvider>
  </StrictMode>
);

const options: RootOptions = {
  // Once, here: the error boundary shows the page, this tells the developer.
  onCaughtError: (error) => console.error('Refusjonsveiviseren:', error),
};

if (embedded) {
  document.documentElement.classList.add('embedded');
  // Transparent over an article that is most likely light: dark text unless the host opts in.
  if (new URLSearchParams(search).get('theme') !== 'auto') document.documentElement.classList.add('embedded-light');
}

const container = document.getElementById('root')!;
// The build pre-renders the start page for a new visitor in bokmål; anything else renders afresh.
const matchesPrerender =
  pathname === '/' && !embedded && i18n.language === DEFAULT_LANGUAGE && stepOf(actor.getSnapshot()) === 'start';
if (container.firstElementChild && matchesPrerender) {
  // As a transition, React hydrates in slices of a few milliseconds and lets the browser in
  // between; otherwise the whole page is one long task on a slow phone. The page is already
  // painted, and a click meanwhile waits for its part to hydrate.
  startTransition(() => {
    hydrateRoot(container, app, options);
  });
} else {
  // The pre-rendered page stays until React's first render replaces it: never a blank frame.
  createRoot(container, options).render(app);
}

if (embedded) {
  // The host script is only asked for what the wizard's own chunk needs when it is framed.
  void import('./embed/child').then(({ startEmbedChannel }) => startEmbedChannel(actor, container));
}
