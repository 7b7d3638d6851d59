import { type ReactNode, Suspense, use, useEffect, useLayoutEffect } from 'react';
import { Outlet, Route, Routes, useLocation } from 'react-router';
import { FLOW_PATHS, stepOf } from '../flow/snapshot';
import { ErrorPage } from '../pages/ErrorPage';
import { NotFoundPage } from '../pages/NotFoundPage';
import { StepPage } from '../pages/StepPage';
import { useFlow } from '../state/FlowProvider';
import { useUrlSync } from '../state/useUrlSync';
import { FlowErrorBoundary } from '../components/FlowErrorBoundary';
import { loadOnce } from '../components/loadOnce';
import { loadFlowStrings, loadStrings } from '../i18n';
import { ignoreRepeatedClicks } from './ignoreRepeatedClicks';
import { ACCESSIBILITY_PATH, Layout } from './Layout';

export const AGENT_PATH = '/agent';

/**
 * Agent mode is its own chunk: customers never download it. It comes with the flow's strings and
 * its own, so its first render is the call; main.tsx waits for it on /agent.
 */
export const loadAgent = loadOnce(() =>
  Promise.all([import('../agent/AgentApp'), loadStrings('agent'), loadFlowStrings()]).then(([module]) => module),
);

export const loadAccessibilityPage = loadOnce(() =>
  Promise.all([import('../pages/AccessibilityPage'), loadStrings('accessibility')]).then(([module]) => module),
);

/** Read with `use`, not `lazy`: a chunk already loaded renders in the same pass, with no empty frame first. */
function AgentApp() {
  const { AgentApp: Agent } = use(loadAgent());
  return <Agent />;
}

function AccessibilityPage() {
  const { AccessibilityPage: Page } = use(loadAccessibilityPage());
  return <Page />;
}

/**
 * One route per address the machine's steps name, plus agent mode, the accessibility statement and
 * not found. A flow route never picks the step: it shows the machine's, and the address follows.
 */
export function App() {
  useUrlSync();
  // The app's page is in place: the one the server wrote, if hidden as not this one (src/firstPaint.ts),
  // is gone, and so is the notice for an app that never starts.
  useLayoutEffect(() => {
    document.documentElement.classList.remove('rv-wait');
    document.querySelector('.no-app')?.remove();
  }, []);
  useEffect(() => {
    // For tests and the benchmark: the page is React's now, so a click acts on the flow.
    document.documentElement.dataset.hydrated = '';
  }, []);
  useEffect(() => ignoreRepeatedClicks(), []);
  return (
    <Routes>
      <Route
        path={AGENT_PATH}
        caseSensitive
        element={
          // Only a lost chunk ends here: the agent's own pages catch their faults inside its flow.
          <Guarded resetKey={AGENT_PATH} fallback={<ErrorPage canStartOver={false} />}>
            <AgentApp />
          </Guarded>
        }
      />
      <Route
        element={
          <Layout>
            <Outlet />
          </Layout>
        }
      >
        {[...FLOW_PATHS.keys()].map((path) => (
          <Route key={path} path={path} caseSensitive element={<FlowPage />} />
        ))}
        <Route path={ACCESSIBILITY_PATH} caseSensitive element={<PageAt element={<AccessibilityPage />} />} />
        <Route path="*" element={<PageAt element={<NotFoundPage />} />} />
      </Route>
    </Routes>
  );
}

/** In the flow, a new step tries again; the address catching up with a failed step does not. */
function FlowPage() {
  const step = useFlow(stepOf);
  return (
    <Guarded resetKey={step}>
      <StepPage />
    </Guarded>
  );
}

function PageAt({ element }: { element: ReactNode }) {
  return <Guarded resetKey={useLocation().pathname}>{element}</Guarded>;
}

function Guarded({ resetKey, fallback = <ErrorPage />, children }: { resetKey: string; fallback?: ReactNode; children: ReactNode }) {
  return (
    <FlowErrorBoundary resetKey={resetKey} fallback={fallback}>
      <Suspense>{children}</Suspense>
    </FlowErrorBoundary>
  );
}
