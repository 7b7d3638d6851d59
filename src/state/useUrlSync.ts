import { useEffect, useRef } from 'react';
import { useLocation, useNavigate, useNavigationType } from 'react-router';
import { type StepId } from '../flow/steps';
import { frontierOf, pathOf, stepForPath, stepOf } from '../flow/snapshot';
import { entryOf, nextEntry } from './entries';
import { useFlow, useFlowActor, useTakeRestart } from './FlowProvider';

/**
 * Keeps the address and the machine on the same step; the page always renders the machine's step.
 *
 * The history holds one entry per step the person saw. When the machine moves, the address follows
 * with a new entry; a restart goes back to the tab's first entry of the wizard instead, so the old
 * walk is not left behind Back. When the address moves (Back, Forward, a link), the machine is asked
 * to go there. An entry whose step the answers no longer allow (a step left behind by a change of
 * answer) is passed over when Back reaches it, and otherwise replaced by the furthest step allowed.
 */
export function useUrlSync(): void {
  const actor = useFlowActor();
  const takeRestart = useTakeRestart();
  const step = useFlow(stepOf);
  const location = useLocation();
  const navigationType = useNavigationType();
  const navigate = useNavigate();
  const last = useRef<{ pathname: string; step: StepId; depth: number } | null>(null);

  useEffect(() => {
    const { pathname, search } = location;
    const entry = entryOf(location);
    const previous = last.current;
    last.current = { pathname, step, depth: entry.depth };
    const wanted = stepForPath(pathname);
    if (wanted === undefined || wanted === step) {
      takeRestart();
      return;
    }
    if (previous && previous.step !== step && previous.pathname === pathname) {
      if (!takeRestart()) void navigate(pathOf(step) + search, { state: nextEntry(location) });
      else if (entry.depth > 0) void navigate(-entry.depth);
      else void navigate(pathOf(step) + search, { replace: true });
      return;
    }
    actor.send({ type: 'GOTO', step: wanted, ...(navigationType === 'PUSH' && entry.review ? { review: true } : {}) });
    const now = actor.getSnapshot();
    if (stepOf(now) === wanted) return;
    const wentBack = navigationType === 'POP' && previous !== null && entry.depth < previous.depth;
    if (wentBack && entry.depth > 0) void navigate(-1);
    else void navigate(pathOf(frontierOf(now)) + search, { replace: true, state: entry });
  }, [actor, location, navigate, navigationType, step, takeRestart]);
}
