import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { I18nextProvider } from 'react-i18next';
import { BrowserRouter } from 'react-router';
import { App } from './app/App';
import { FlowProvider } from './app/FlowProvider';
import { startFlow } from './app/flowActor';
import { withoutPresets } from './flow/presets';
import { initI18n, pickLanguage } from './i18n';
import './styles.css';

const { pathname, search, hash } = window.location;
const i18n = await initI18n(pickLanguage(search, navigator.languages));
const actor = startFlow(search);
// Presets are taken once; a reload resumes from the saved answers instead.
window.history.replaceState(window.history.state, '', pathname + withoutPresets(search) + hash);

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <I18nextProvider i18n={i18n}>
      <FlowProvider actor={actor}>
        <BrowserRouter>
          <App />
        </BrowserRouter>
      </FlowProvider>
    </I18nextProvider>
  </StrictMode>,
);
