import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useDocumentTitle } from '../components/useDocumentTitle';
import { PageHeading } from './PageHeading';

export function NotFoundPage() {
  const { t } = useTranslation('common');
  const title = t('notFound.title');
  useDocumentTitle(title);
  return (
    <>
      <PageHeading>{title}</PageHeading>
      <p>{t('notFound.text')}</p>
      <p>
        <Link to="/">{t('notFound.link')}</Link>
      </p>
    </>
  );
}
