import type { ReactNode } from 'react';
import { useRestarts } from '../state/FlowProvider';
import { ErrorBoundary } from './ErrorBoundary';

/** An error boundary that also tries again when its flow is started over, on whatever page it shows. */
export function FlowErrorBoundary({ resetKey, fallback, children }: { resetKey: string; fallback: ReactNode; children: ReactNode }) {
  return (
    <ErrorBoundary resetKey={`${resetKey}|${useRestarts()}`} fallback={fallback}>
      {children}
    </ErrorBoundary>
  );
}
