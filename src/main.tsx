import { StrictMode, startTransition } from 'react';
import { createRoot, hydrateRoot, type RootOptions } from 'react-dom/client';
import { BrowserRouter } from 'react-router';
import { AGENT_PATH, App, loadAccessibilityPage, loadAgent } from './app/App';
import { ACCESSIBILITY_PATH } from './app/Layout';
import { AppProviders } from './app/AppProviders';
import { STORAGE_KEY } from './flow/persist';
import { hasPresets, withoutPresets } from './flow/presets';
import { canonicalPath, frontierOf, pathOf, stepForPath, stepOf } from './flow/snapshot';
import { readStorage } from './flow/storage';
import { isEmbedRequest, languageOfEnvelope } from './flow/tab';
import { initI18n, pickLanguage, tabLanguage } from './i18n';
import { loadLaterPages } from './pages/loadLaterPages';
import { beacon, sendRatingsTo } from './state/feedback';
import { saveFlow, startFlow } from './state/flowActor';
import './styles.css';

const { search, hash } = window.location;
const i18n = await initI18n(pickLanguage(search, languageOfEnvelope(readStorage(STORAGE_KEY)), navigator.languages));
const actor = startFlow(search, STORAGE_KEY, false, tabLanguage);
const embedded = isEmbedRequest(search);
// A preset link opens where its answers lead. Presets are taken once: a reload resumes from
// what the person did since.
// Leading slashes are one: `//host/…` would name another site, and replaceState would throw. A step's
// address typed in capitals, or /index.html, is written as the wizard writes it.
const pathname = hasPresets(search)
  ? pathOf(stepOf(actor.getSnapshot()))
  : canonicalPath(window.location.pathname.replace(/^\/+/, '/'));
window.history.replaceState(window.history.state, '', pathname + withoutPresets(search) + hash);

// The address's own step, before the first render: a flow stored further on never paints first
// on an address that names an earlier step (useUrlSync would only move it after that paint).
const named = stepForPath(pathname);
if (named !== undefined && named !== stepOf(actor.getSnapshot())) {
  actor.send({ type: 'GOTO', step: named });
  // An address the answers do not reach opens where they lead, as useUrlSync then writes it.
  if (stepOf(actor.getSnapshot()) !== named) actor.send({ type: 'GOTO', step: frontierOf(actor.getSnapshot()) });
}

// A link's `?lng=` lasts for the tab: a reload (a phone does one by itself when it drops a tab)
// and Back and Forward stay in it, though the address no longer says it. So does the switch.
const keepLanguage = () => {
  if (window.location.pathname !== AGENT_PATH) saveFlow(actor.getSnapshot(), STORAGE_KEY, tabLanguage());
};
if (tabLanguage() !== undefined) keepLanguage();
i18n.on('languageChanged', keepLanguage);

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

// Whatever the address needs beyond the start page comes before the first render, so that render
// is its page: the pages after the start, the statement, agent mode with its strings. A chunk that
// fails shows the error page.
const step = stepOf(actor.getSnapshot());
const needed =
  pathname === AGENT_PATH ? loadAgent() : pathname === ACCESSIBILITY_PATH ? loadAccessibilityPage() : step !== 'start' ? loadLaterPages() : null;
await needed?.catch(() => undefined);

const container = document.getElementById('root')!;
// The server wrote this address's page (src/prerender.tsx), and the script before the first paint
// found it is the one this tab opens on, in its language (src/firstPaint.ts): hydrate it. Anything
// else (the neutral frame, or a page it hid) is drawn afresh.
const root = document.documentElement;
if (container.firstElementChild && root.dataset.page !== 'frame' && !root.classList.contains('rv-wait')) {
  // As a transition, React hydrates in slices of a few milliseconds and lets the browser in
  // between; otherwise the whole page is one long task on a slow phone. The page is already
  // painted, and a click meanwhile waits for its part to hydrate.
  startTransition(() => {
    hydrateRoot(container, app, options);
  });
} else {
  // Drawn afresh, as a transition too: the neutral frame is on screen meanwhile, and the render is
  // slices the browser can answer between, not a long task of half a second on a slow phone.
  const fresh = createRoot(container, options);
  startTransition(() => fresh.render(app));
}

// Otherwise it is asked for at once, to come while the start page is read.
void loadLaterPages().catch(() => undefined);

if (embedded) {
  // The host script is only asked for what the wizard's own chunk needs when it is framed. A
  // rating goes to the host page, which decides what to do with it.
  void import('./embed/child').then(({ startEmbedChannel }) => startEmbedChannel(actor, container));
} else if (import.meta.env.VITE_FEEDBACK_URL) {
  // The operator's collector, checked at build (vite.config.ts); unset, a rating goes nowhere.
  sendRatingsTo(beacon(import.meta.env.VITE_FEEDBACK_URL));
}
