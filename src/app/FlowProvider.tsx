import { useSelector } from '@xstate/react';
import { createContext, type ReactNode, useContext } from 'react';
import type { FlowSnapshot } from '../flow/snapshot';
import type { FlowActor } from './flowActor';

const FlowContext = createContext<FlowActor | null>(null);

export function FlowProvider({ actor, children }: { actor: FlowActor; children: ReactNode }) {
  return <FlowContext.Provider value={actor}>{children}</FlowContext.Provider>;
}

export function useFlowActor(): FlowActor {
  const actor = useContext(FlowContext);
  if (!actor) throw new Error('useFlowActor needs a FlowProvider');
  return actor;
}

export function useFlow<T>(select: (snapshot: FlowSnapshot) => T): T {
  return useSelector(useFlowActor(), select);
}
