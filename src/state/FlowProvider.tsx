import { useSelector } from '@xstate/react';
import { createContext, type ReactNode, useContext, useMemo, useState } from 'react';
import { STORAGE_KEY } from '../flow/persist';
import type { FlowSnapshot } from '../flow/snapshot';
import { type FlowActor, restartFlow } from './flowActor';

interface Flow {
  actor: FlowActor;
  /** Starts this flow over: the customer's, or the agent's call, whichever the page is in. */
  restart: () => void;
  /** Puts the flow back at its start now (`restart` may first wait for the address). */
  resetFlow: () => void;
  /** How many times this flow was started over: the address and error boundaries follow each one. */
  restarts: number;
}

const FlowContext = createContext<Flow | null>(null);

interface Props {
  actor: FlowActor;
  /** Where this flow is kept, so a flow that stopped can be cleared. */
  storageKey?: string;
  /** Agent mode has no start page: a new flow opens on the first question. */
  skipStart?: boolean;
  /**
   * The customer's flow restarts through the address: the address sync goes back to the tab's
   * first entry and resets the flow when it gets there, so nothing on screen changes in between.
   */
  restartThroughAddress?: boolean;
  children: ReactNode;
}

export function FlowProvider({ actor, storageKey = STORAGE_KEY, skipStart = false, restartThroughAddress = false, children }: Props) {
  const [restarts, setRestarts] = useState(0);
  const value = useMemo<Flow>(() => {
    const resetFlow = () => restartFlow(actor, storageKey, skipStart);
    return {
      actor,
      restarts,
      resetFlow,
      restart: () => {
        if (!restartThroughAddress) resetFlow();
        setRestarts((count) => count + 1);
      },
    };
  }, [actor, storageKey, skipStart, restartThroughAddress, restarts]);
  return <FlowContext.Provider value={value}>{children}</FlowContext.Provider>;
}

function useFlowContext(): Flow {
  const flow = useContext(FlowContext);
  if (!flow) throw new Error('The flow hooks need a FlowProvider');
  return flow;
}

export function useFlowActor(): FlowActor {
  return useFlowContext().actor;
}

export function useRestart(): () => void {
  return useFlowContext().restart;
}

export function useRestarts(): number {
  return useFlowContext().restarts;
}

export function useResetFlow(): () => void {
  return useFlowContext().resetFlow;
}

export function useFlow<T>(select: (snapshot: FlowSnapshot) => T): T {
  return useSelector(useFlowActor(), select);
}
