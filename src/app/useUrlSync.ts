import { useEffect, useRef } from 'react';
import { useHistory, usePlace } from './history';
import { type StepId } from '../flow/steps';
import { frontierOf, pathOf, stepForPath, stepOf } from '../flow/snapshot';
import { useFlow, useFlowActor } from './FlowProvider';

/**
 * Keeps the address and the machine on the same step. When the machine moves, the address
 * follows with a new history entry; when the address moves (Back, Forward, a typed or shared
 * link), the machine is asked to go there, and an address its answers do not allow is replaced
 * by the furthest step they do. The page always renders the machine's step, so it is never
 * inconsistent, only (for a frame) behind the address.
 */
export function useUrlSync(): void {
  const actor = useFlowActor();
  const step = useFlow(stepOf);
  const { pathname, search } = usePlace();
  const history = useHistory();
  const last = useRef<{ pathname: string; step: StepId } | null>(null);

  useEffect(() => {
    const previous = last.current;
    last.current = { pathname, step };
    const wanted = stepForPath(pathname);
    if (wanted === undefined || wanted === step) return;
    if (previous && previous.step !== step && previous.pathname === pathname) {
      history.push(pathOf(step) + search);
      return;
    }
    actor.send({ type: 'GOTO', step: wanted });
    const now = actor.getSnapshot();
    if (stepOf(now) !== wanted) history.replace(pathOf(frontierOf(now)) + search);
  }, [actor, history, pathname, search, step]);
}
