import { lazy, Suspense } from 'react';
import { usePlace } from './history';
import { stepForPath } from '../flow/snapshot';
import { ErrorPage } from '../pages/ErrorPage';
import { NotFoundPage } from '../pages/NotFoundPage';
import { StepPage } from '../pages/StepPage';
import { ErrorBoundary } from './ErrorBoundary';
import { Layout } from './Layout';
import { useUrlSync } from './useUrlSync';

/** The accessibility statement's address; the footer links here. */
const ACCESSIBILITY_PATH = '/tilgjengelighet';
const AGENT_PATH = '/agent';

/** Agent mode is its own chunk: customers never download it. */
const AgentApp = lazy(() => import('../agent/AgentApp').then((module) => ({ default: module.AgentApp })));

const AccessibilityPage = lazy(() =>
  import('../pages/AccessibilityPage').then((module) => ({ default: module.AccessibilityPage })),
);

/** Every address of the flow shows the machine's step; any other address is not found. */
export function App() {
  const { pathname } = usePlace();
  useUrlSync();
  if (pathname.replace(/\/+$/, '') === AGENT_PATH) {
    return (
      <ErrorBoundary resetKey={pathname} fallback={<ErrorPage />}>
        <Suspense>
          <AgentApp />
        </Suspense>
      </ErrorBoundary>
    );
  }
  const page =
    pathname.replace(/\/+$/, '') === ACCESSIBILITY_PATH ? (
      <AccessibilityPage />
    ) : stepForPath(pathname) === undefined ? (
      <NotFoundPage />
    ) : (
      <StepPage />
    );
  return (
    <Layout>
      <ErrorBoundary resetKey={pathname} fallback={<ErrorPage />}>
        <Suspense>{page}</Suspense>
      </ErrorBoundary>
    </Layout>
  );
}
