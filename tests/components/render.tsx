import { render } from '@testing-library/react';
import i18next from 'i18next';
import { I18nextProvider } from 'react-i18next';
import { App } from '../../src/app/App';
import { FlowProvider } from '../../src/app/FlowProvider';
import { HistoryContext, memoryHistory } from '../../src/app/history';
import { startFlow } from '../../src/app/flowActor';
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
  const actor = startFlow(search);
  const history = memoryHistory(hasPresets(search) ? pathOf(stepOf(actor.getSnapshot())) : requested);
  const view = render(
    <I18nextProvider i18n={i18next}>
      <FlowProvider actor={actor}>
        <HistoryContext.Provider value={history}>
          <App />
        </HistoryContext.Provider>
      </FlowProvider>
    </I18nextProvider>,
  );
  return { ...view, actor, history, t: i18next.getFixedT(language) };
}
