import { useEffect, useRef } from 'react';
import { useLocation, useNavigate } from 'react-router';
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
  const { pathname, search } = useLocation();
  const navigate = useNavigate();
  const last = useRef<{ pathname: string; step: StepId } | null>(null);

  // A passive effect: the router only hears navigation once its own layout effects have run.
  useEffect(() => {
    const previous = last.current;
    last.current = { pathname, step };
    const wanted = stepForPath(pathname);
    if (wanted === undefined || wanted === step) return;
    if (previous && previous.step !== step && previous.pathname === pathname) {
      navigate({ pathname: pathOf(step), search });
      return;
    }
    actor.send({ type: 'GOTO', step: wanted });
    const now = actor.getSnapshot();
    if (stepOf(now) !== wanted) navigate({ pathname: pathOf(frontierOf(now)), search }, { replace: true });
  }, [actor, navigate, pathname, search, step]);
}
