import { lazy, Suspense } from 'react';
import { usePlace } from './history';
import { stepForPath, stepOf } from '../flow/snapshot';
import { useFlow } from './FlowProvider';
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
  const step = useFlow(stepOf);
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
  const inFlow = stepForPath(pathname) !== undefined;
  const page =
    pathname.replace(/\/+$/, '') === ACCESSIBILITY_PATH ? <AccessibilityPage /> : inFlow ? <StepPage /> : <NotFoundPage />;
  return (
    <Layout>
      {/* In the flow, a new step tries again; the address catching up with a failed step does not. */}
      <ErrorBoundary resetKey={inFlow ? step : pathname} fallback={<ErrorPage />}>
        <Suspense>{page}</Suspense>
      </ErrorBoundary>
    </Layout>
  );
}
