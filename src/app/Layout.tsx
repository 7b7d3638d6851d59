import type { MouseEvent, ReactNode } from 'react';
import { Link } from 'react-router';
import { LanguageSwitch } from '../components/LanguageSwitch';
import { MoreHelp } from '../components/MoreHelp';
import { useEmbedded } from '../state/EmbedMode';
import { useT } from '../i18n/useT';
import { useWizardLink } from '../state/entries';

/** The accessibility statement's address; the footer links here. */
export const ACCESSIBILITY_PATH = '/tilgjengelighet';

/**
 * The skip link moves focus without a history entry of its own: an entry for `#main` would be one
 * more Back, and going back to it would move focus to `main` again.
 */
function skipToMain(event: MouseEvent<HTMLAnchorElement>) {
  const main = document.getElementById('main');
  if (!main) return;
  event.preventDefault();
  main.focus();
  main.scrollIntoView();
}

export function Layout({ children }: { children: ReactNode }) {
  const { t } = useT('common');
  const embedded = useEmbedded();
  const accessibility = useWizardLink(ACCESSIBILITY_PATH);
  return (
    <div className="page">
      {embedded ? (
        <div className="container embed-bar">
          <LanguageSwitch />
        </div>
      ) : (
        <>
          <a className="skip-link" href="#main" onClick={skipToMain}>
            {t('skipLink')}
          </a>
          <header className="site-header">
            <div className="container site-header__inner">
              <span className="site-header__name">{t('appName')}</span>
              <LanguageSwitch />
            </div>
          </header>
        </>
      )}
      <div className="container content">
        <main id="main" tabIndex={-1}>
          {children}
        </main>
        <MoreHelp />
      </div>
      {!embedded && (
        <footer className="site-footer">
          <div className="container">
            <Link {...accessibility}>{t('footer.accessibility')}</Link>
          </div>
        </footer>
      )}
    </div>
  );
}
