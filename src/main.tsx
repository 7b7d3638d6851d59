import { StrictMode, startTransition } from 'react';
import { createRoot, hydrateRoot, type RootOptions } from 'react-dom/client';
import { BrowserRouter } from 'react-router';
import { App } from './app/App';
import { AppProviders } from './app/AppProviders';
import { isEmbedRequest } from './state/EmbedMode';
import { startFlow } from './state/flowActor';
import { hasPresets, withoutPresets } from './flow/presets';
import { canonicalPath, pathOf, stepForPath, stepOf } from './flow/snapshot';
import { initI18n, pickLanguage } from './i18n';
import { loadLaterPages } from './pages/loadLaterPages';
import { DEFAULT_LANGUAGE } from './i18n/languages';
import './styles.css';

const { search, hash } = window.location;
const i18n = await initI18n(pickLanguage(search, navigator.languages));
const actor = startFlow(search);
const embedded = isEmbedRequest(search);
// A preset link opens where its answers lead. Presets are taken once: a reload resumes from
// what the person did since.
// Leading slashes are one: `//host/…` would name another site, and replaceState would throw. A step's
// address typed in capitals, or /index.html, is written as the wizard writes it.
const pathname = hasPresets(search)
  ? pathOf(stepOf(actor.getSnapshot()))
  : canonicalPath(window.location.pathname.replace(/^\/+/, '/'));
window.history.replaceState(window.history.state, '', pathname + withoutPresets(search) + hash);

const app = (
  <StrictMode>
    <AppProviders i18n={i18n} actor={actor} embedded={embedded} router={BrowserRouter}>
      <App />
    </AppProviders>
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

// A page after the start renders from its own chunk: fetched before the first render when the
// flow opens on one, so its first frame is that page; a chunk that fails shows the error page.
if (stepOf(actor.getSnapshot()) !== 'start' || (stepForPath(pathname) ?? 'start') !== 'start') {
  await loadLaterPages().catch(() => undefined);
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

// Otherwise it is asked for at once, to come while the start page is read.
void loadLaterPages().catch(() => undefined);

if (embedded) {
  // The host script is only asked for what the wizard's own chunk needs when it is framed.
  void import('./embed/child').then(({ startEmbedChannel }) => startEmbedChannel(actor, container));
}
