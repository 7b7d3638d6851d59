import { StrictMode } from 'react';
import { createRoot, hydrateRoot, type RootOptions } from 'react-dom/client';
import { I18nextProvider } from 'react-i18next';
import { BrowserRouter } from 'react-router';
import { App } from './app/App';
import { FlowProvider } from './app/FlowProvider';
import { startFlow } from './app/flowActor';
import { withoutPresets } from './flow/presets';
import { stepOf } from './flow/snapshot';
import { initI18n, pickLanguage } from './i18n';
import { DEFAULT_LANGUAGE } from './i18n/languages';
import './styles.css';

const { pathname, search, hash } = window.location;
const i18n = await initI18n(pickLanguage(search, navigator.languages));
const actor = startFlow(search);
// Presets are taken once; a reload resumes from the saved answers instead.
window.history.replaceState(window.history.state, '', pathname + withoutPresets(search) + hash);

const app = (
  <StrictMode>
    <I18nextProvider i18n={i18n}>
      <FlowProvider actor={actor}>
        <BrowserRouter>
          <App />
        </BrowserRouter>
      </FlowProvider>
    </I18nextProvider>
  </StrictMode>
);

const options: RootOptions = {
  // Once, here: the error boundary shows the page, this tells the developer.
  onCaughtError: (error) => console.error('Refusjonsveiviseren:', error),
};

const container = document.getElementById('root')!;
// The build pre-renders the start page for a new visitor in bokmål; anything else renders afresh.
const matchesPrerender =
  pathname === '/' && i18n.language === DEFAULT_LANGUAGE && stepOf(actor.getSnapshot()) === 'start';
if (container.firstElementChild && matchesPrerender) {
  hydrateRoot(container, app, options);
} else {
  container.replaceChildren();
  createRoot(container, options).render(app);
}
