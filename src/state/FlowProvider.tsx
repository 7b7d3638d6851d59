import { useSelector } from '@xstate/react';
import { createContext, type ReactNode, useContext, useMemo, useRef } from 'react';
import { STORAGE_KEY } from '../flow/persist';
import type { FlowSnapshot } from '../flow/snapshot';
import { type FlowActor, restartFlow } from './flowActor';

interface Flow {
  actor: FlowActor;
  /** Starts this flow over: the customer's, or the agent's call, whichever the page is in. */
  restart: () => void;
  /** Whether a restart is waiting for the address to follow; reading it clears it. */
  takeRestart: () => boolean;
}

const FlowContext = createContext<Flow | null>(null);

interface Props {
  actor: FlowActor;
  /** Where this flow is kept, so a flow that stopped can be cleared. */
  storageKey?: string;
  /** Agent mode has no start page: a new flow opens on the first question. */
  skipStart?: boolean;
  children: ReactNode;
}

export function FlowProvider({ actor, storageKey = STORAGE_KEY, skipStart = false, children }: Props) {
  const restarting = useRef(false);
  const value = useMemo<Flow>(
    () => ({
      actor,
      restart: () => {
        restarting.current = true;
        restartFlow(actor, storageKey, skipStart);
      },
      takeRestart: () => {
        const was = restarting.current;
        restarting.current = false;
        return was;
      },
    }),
    [actor, storageKey, skipStart],
  );
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

export function useTakeRestart(): () => boolean {
  return useFlowContext().takeRestart;
}

export function useFlow<T>(select: (snapshot: FlowSnapshot) => T): T {
  return useSelector(useFlowActor(), select);
}
