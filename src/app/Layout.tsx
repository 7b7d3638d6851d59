import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { AppLink } from '../components/AppLink';
import { LanguageSwitch } from '../components/LanguageSwitch';
import { MoreHelp } from '../components/MoreHelp';

export function Layout({ children }: { children: ReactNode }) {
  const { t } = useTranslation('common');
  return (
    <div className="page">
      <a className="skip-link" href="#main">
        {t('skipLink')}
      </a>
      <header className="site-header">
        <div className="container site-header__inner">
          <span className="site-header__name">{t('appName')}</span>
          <LanguageSwitch />
        </div>
      </header>
      <div className="container content">
        <main id="main" tabIndex={-1}>
          {children}
        </main>
        <MoreHelp />
      </div>
      <footer className="site-footer">
        <div className="container">
          <AppLink to="/tilgjengelighet">{t('footer.accessibility')}</AppLink>
        </div>
      </footer>
    </div>
  );
}
