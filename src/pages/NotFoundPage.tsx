import { AppLink } from '../components/AppLink';
import { useDocumentTitle } from '../components/useDocumentTitle';
import { PageHeading } from './PageHeading';
import { useT } from '../i18n/useT';

export function NotFoundPage() {
  const { t } = useT('common');
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
