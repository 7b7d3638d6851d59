import type { ReactNode } from 'react';
import { AppLink } from '../components/AppLink';
import { LanguageSwitch } from '../components/LanguageSwitch';
import { MoreHelp } from '../components/MoreHelp';
import { useEmbedded } from './EmbedMode';
import { useT } from '../i18n/useT';

export function Layout({ children }: { children: ReactNode }) {
  const { t } = useT('common');
  const embedded = useEmbedded();
  return (
    <div className="page">
      {embedded ? (
        <div className="container embed-bar">
          <LanguageSwitch />
        </div>
      ) : (
        <>
          <a className="skip-link" href="#main">
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
            <AppLink to="/tilgjengelighet">{t('footer.accessibility')}</AppLink>
          </div>
        </footer>
      )}
    </div>
  );
}
