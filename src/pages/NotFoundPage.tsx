import { useTranslation } from 'react-i18next';
import { AppLink } from '../components/AppLink';
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
        <AppLink to="/">{t('notFound.link')}</AppLink>
      </p>
    </>
  );
}
