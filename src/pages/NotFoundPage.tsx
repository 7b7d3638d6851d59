import { Link } from 'react-router';
import { useWizardLink } from '../state/entries';
import { useDocumentTitle } from '../components/useDocumentTitle';
import { PageHeading } from '../components/PageHeading';
import { useT } from '../i18n/useT';

export function NotFoundPage() {
  const { t } = useT('common');
  const home = useWizardLink('/');
  const title = t('notFound.title');
  useDocumentTitle(title);
  return (
    <>
      <PageHeading>{title}</PageHeading>
      <p>{t('notFound.text')}</p>
      <p>
        <Link {...home}>{t('notFound.link')}</Link>
      </p>
    </>
  );
}
