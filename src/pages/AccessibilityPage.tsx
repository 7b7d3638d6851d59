import { type RefObject, useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useWizardLink } from '../state/entries';
import { Text } from '../components/Text';
import { useDocumentTitle } from '../components/useDocumentTitle';
import { PageHeading } from '../components/PageHeading';

/**
 * The accessibility statement (/tilgjengelighet). Its strings are their own namespace, loaded the
 * first time the page is shown.
 */
export function AccessibilityPage() {
  const { ready } = useTranslation('accessibility');
  // Reached from the footer link, the heading takes focus as on every step change; a fresh load
  // leaves focus at the top of the document.
  const [cameByLink] = useState(
    () => typeof document !== 'undefined' && document.activeElement !== null && document.activeElement !== document.body,
  );
  const headingRef = useRef<HTMLHeadingElement>(null);
  const focusedRef = useRef(false);
  useEffect(() => {
    if (!ready || !cameByLink || focusedRef.current) return;
    focusedRef.current = true;
    window.scrollTo(0, 0);
    headingRef.current?.focus({ preventScroll: true });
  }, [ready, cameByLink]);
  return ready ? <Statement headingRef={headingRef} /> : null;
}

function Statement({ headingRef }: { headingRef: RefObject<HTMLHeadingElement | null> }) {
  const { t } = useTranslation('accessibility');
  const home = useWizardLink('/');
  const title = t('title');
  useDocumentTitle(title);
  const list = (key: string) => t(key, { returnObjects: true }) as unknown as string[];
  return (
    <>
      <PageHeading ref={headingRef}>{title}</PageHeading>
      <p className="lead">{t('lead')}</p>

      <h2>{t('standard.heading')}</h2>
      <p>{t('standard.text')}</p>
      <p>{t('standard.law')}</p>

      <h2>{t('testing.heading')}</h2>
      <p>{t('testing.intro')}</p>
      <ul className="list">
        {list('testing.list').map((item) => (
          <li key={item}>{item}</li>
        ))}
      </ul>

      <h2>{t('limits.heading')}</h2>
      <ul className="list">
        {list('limits.list').map((item) => (
          <li key={item}>{item}</li>
        ))}
      </ul>

      <h2>{t('feedback.heading')}</h2>
      <p>
        <Text ns="accessibility" k="feedback.text" />
      </p>
      <p>{t('feedback.authority')}</p>

      <p>
        <Link {...home}>{t('backToGuide')}</Link>
      </p>
    </>
  );
}
