import type { i18n as I18n } from 'i18next';
import type { ReactNode } from 'react';
import { I18nextProvider } from 'react-i18next';
import { EmbedMode } from '../state/EmbedMode';
import { FlowProvider } from '../state/FlowProvider';
import type { FlowActor } from '../state/flowActor';

/**
 * Everything a page of the wizard reads from above it, in one order for the browser, the
 * pre-render and the component tests. The router is the caller's: the browser's, a static one
 * for the pre-render, one in memory for tests.
 */
export function AppProviders({
  i18n,
  actor,
  embedded = false,
  router: Router,
  children,
}: {
  i18n: I18n;
  actor: FlowActor;
  embedded?: boolean;
  router: (props: { children: ReactNode }) => ReactNode;
  children: ReactNode;
}) {
  return (
    <I18nextProvider i18n={i18n}>
      <FlowProvider actor={actor} restartThroughAddress>
        <EmbedMode.Provider value={embedded}>
          <Router>{children}</Router>
        </EmbedMode.Provider>
      </FlowProvider>
    </I18nextProvider>
  );
}
