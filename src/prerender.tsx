import { renderToString } from 'react-dom/server';
import type { ReactNode } from 'react';
import { StaticRouter } from 'react-router';
import { createActor } from 'xstate';
import { App } from './app/App';
import { AppProviders } from './app/AppProviders';
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
    <AppProviders i18n={i18n} actor={actor} router={AtStart}>
      <App />
    </AppProviders>,
  );
  const title = i18n.t('common:documentTitle', { page: i18n.t('flow:start.title') });
  return { html, title };
}

function AtStart({ children }: { children: ReactNode }) {
  return <StaticRouter location="/">{children}</StaticRouter>;
}
