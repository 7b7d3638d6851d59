import { renderToString } from 'react-dom/server';
import type { ReactNode } from 'react';
import { StaticRouter } from 'react-router';
import { createActor } from 'xstate';
import type { i18n as I18n } from 'i18next';
import { ACCESSIBILITY_PATH } from './app/Layout';
import { AGENT_PATH, App, loadAccessibilityPage } from './app/App';
import { AppProviders } from './app/AppProviders';
import { linksFor } from './config/links';
import { REASONS, feedbackAddress } from './flow/feedback';
import { refundMachine } from './flow/machine';
import { FLOW_PATHS, pathOf } from './flow/snapshot';
import { OUTCOME_IDS, QUESTIONS } from './flow/steps';
import type { ServedPage } from './flow/tab';
import { initI18n, loadFlowStrings } from './i18n';
import { DEFAULT_LANGUAGE, LANGUAGES, directionOf, type Language } from './i18n/languages';
import { ALIASES } from './i18n/pick';
import { loadLaterPages } from './pages/loadLaterPages';

export interface RenderedPage {
  /** What goes into `<div id="root">`. */
  html: string;
  title: string;
  lang: Language;
  dir: 'ltr' | 'rtl';
}

/** The address each page of its own is written for; the frame and not-found are written for many. */
const LOCATIONS: Record<Exclude<ServedPage, 'frame'>, string> = {
  start: pathOf('start'),
  reason: pathOf('reason'),
  accessibility: ACCESSIBILITY_PATH,
  notFound: '/404',
};

/**
 * Which page the server sends for which address, for scripts/serve.js, the nginx snippet and
 * static hosts alike (scripts/prerender.js writes it out). The flow's addresses are read in any
 * case, with trailing slashes, as the router reads them; agent mode's and the statement's as written.
 */
export function servedAddresses() {
  const flow = [...FLOW_PATHS.keys()];
  const collector = feedbackAddress(import.meta.env.VITE_FEEDBACK_URL);
  return {
    languages: LANGUAGES.map((language) => language.code),
    defaultLanguage: DEFAULT_LANGUAGE,
    /** Tags a browser may send for one of them. */
    aliases: ALIASES,
    start: LOCATIONS.start,
    reason: LOCATIONS.reason,
    accessibility: LOCATIONS.accessibility,
    /** Addresses whose page depends on what the tab has stored: the neutral frame. */
    frames: flow.filter((path) => path !== LOCATIONS.start && path !== LOCATIONS.reason),
    agent: AGENT_PATH,
    /** A query naming one of these (a preset, or embed mode) leads past the page the address names: the frame. */
    frameQueryKeys: [...Object.values(QUESTIONS).map((question) => question.key), 'embed'],
    /**
     * Where ratings are sent, when that is a path on the wizard's own origin (VITE_FEEDBACK_URL):
     * scripts/serve.js takes them there, and checks each against these outcomes and reasons.
     */
    feedback: collector && collector.origin === null ? { path: collector.url, outcomes: OUTCOME_IDS, reasons: REASONS } : null,
  };
}

let i18n: I18n | undefined;

/**
 * A page as the server sends it, for the build to write (scripts/prerender.js): its HTML paints
 * before any script, and the client hydrates exactly this where it opens on it (a new flow, this
 * language; src/firstPaint.ts checks). The frame is drawn over, never hydrated.
 */
export async function renderPage(page: ServedPage, language: Language): Promise<RenderedPage> {
  i18n ??= await initI18n(language);
  await i18n.changeLanguage(language);
  await Promise.all([loadFlowStrings(), loadLaterPages(), loadAccessibilityPage()]);
  const t = i18n.getFixedT(language);
    const dir = directionOf(language);
  if (page === 'frame') return { html: renderToString(<NeutralFrame t={t} language={language} />), title: t('common:appName'), lang: language, dir };

  const actor = createActor(refundMachine).start();
  if (page === 'reason') actor.send({ type: 'START' });
  const At = ({ children }: { children: ReactNode }) => <StaticRouter location={LOCATIONS[page]}>{children}</StaticRouter>;
  const html = renderToString(
    <AppProviders i18n={i18n} actor={actor} router={At}>
      <App />
    </AppProviders>,
  );
  actor.stop();
  const titles: Record<typeof page, string> = {
    start: t('flow:start.title'),
    reason: t('flow:reason.title'),
    accessibility: t('accessibility:title'),
    notFound: t('common:notFound.title'),
  };
  return { html, title: t('common:documentTitle', { page: titles[page] }), lang: language, dir };
}

/**
 * What an address whose page depends on the tab's storage paints until the app draws it: the
 * layout, no heading, and nothing to press but the way to Microsoft's support (F15).
 */
function NeutralFrame({ t, language }: { t: I18n['t']; language: Language }) {
  const [before, label, after] = splitLink(t('common:moreHelp.text'));
  return (
    <div className="page page--frame">
      <header className="site-header">
        <div className="container site-header__inner">
          <span className="site-header__name">{t('common:appName')}</span>
        </div>
      </header>
      <div className="container content">
        <main id="main" tabIndex={-1} />
        <aside className="more-help">
          <p>
            {before}
            <a href={linksFor(language).contact}>{label}</a>
            {after}
          </p>
        </aside>
      </div>
    </div>
  );
}

/** «Gå til <contact>Kontakt …</contact>, …» as the text before, in and after the link. */
function splitLink(text: string): [string, string, string] {
  const match = /^(.*?)<contact>(.*?)<\/contact>(.*)$/s.exec(text);
  if (!match) throw new Error(`moreHelp.text names no <contact> link: ${text}`);
  return [match[1]!, match[2]!, match[3]!];
}

/**
 * Shown where the app never starts: with no JavaScript at once, and otherwise after a wait
 * (styles.css), in bokmål and English, with the way to Microsoft's support.
 */
export function renderNoAppNotice(): string {
  return renderToString(
    <div className="no-app" role="status">
      <p lang="nb">
        Veiviseren trenger JavaScript, og det er slått av eller lastet ikke. Du kan få hjelp hos{' '}
        <a href={linksFor('nb').contact}>Kontakt Microsoft Kundestøtte</a>.
      </p>
      <p lang="en">
        This guide needs JavaScript, which is turned off or did not load. You can get help from{' '}
        <a href={linksFor('en').contact}>Microsoft Support</a>.
      </p>
    </div>,
  );
}
