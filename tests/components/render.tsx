import { render } from '@testing-library/react';
import i18next from 'i18next';
import type { ReactNode } from 'react';
import { MemoryRouter } from 'react-router';
import { App } from '../../src/app/App';
import { AppProviders } from '../../src/app/AppProviders';
import { loadLaterPages } from '../../src/pages/loadLaterPages';
import { startFlow } from '../../src/state/flowActor';
import { initI18n } from '../../src/i18n';
import type { Language } from '../../src/i18n/languages';
import { hasPresets } from '../../src/flow/presets';
import { pathOf, stepOf } from '../../src/flow/snapshot';

/** The whole app as main.tsx puts it together, in memory instead of the address bar. */
export async function renderWizard({ language = 'nb', path = '/' }: { language?: Language; path?: string } = {}) {
  if (!i18next.isInitialized) await initI18n(language);
  else await i18next.changeLanguage(language);
  const [requested = '/', query = ''] = path.split('?');
  const search = query ? `?${query}` : '';
  // As main.tsx does for any page after the start; in the browser, it also comes while the start is read.
  await loadLaterPages();
  const actor = startFlow(search);
  const initial = hasPresets(search) ? pathOf(stepOf(actor.getSnapshot())) : requested;
  const InMemory = ({ children }: { children: ReactNode }) => (
    <MemoryRouter initialEntries={[initial]}>{children}</MemoryRouter>
  );
  const view = render(
    <AppProviders i18n={i18next} actor={actor} router={InMemory}>
      <App />
    </AppProviders>,
  );
  return { ...view, actor, t: i18next.getFixedT(language) };
}
