import { useEffect, useRef } from 'react';
import { useLocation, useNavigate, useNavigationType } from 'react-router';
import { type StepId } from '../flow/steps';
import { frontierOf, pathOf, stepForPath, stepOf } from '../flow/snapshot';
import { useEmbedded } from './EmbedMode';
import { entryOf, nextEntry } from './entries';
import { useFlow, useFlowActor, useResetFlow, useRestarts } from './FlowProvider';

/**
 * Keeps the address and the machine on the same step; the page always renders the machine's step.
 *
 * The history holds one entry per step the person saw. When the machine moves, the address follows
 * with a new entry. A restart goes back to the tab's first entry of the wizard, and only there
 * resets the flow and puts the start page, so the old walk is not left behind Back (in a frame, whose history is the host's too,
 * it only replaces the entry). When the address moves (Back, Forward, a link), the machine is asked
 * to go there. An entry whose step the answers no longer allow (a step left behind by a change of
 * answer) is passed over when Back reaches it, and otherwise replaced by the furthest step allowed.
 */
export function useUrlSync(): void {
  const actor = useFlowActor();
  const restarts = useRestarts();
  const resetFlow = useResetFlow();
  const embedded = useEmbedded();
  const step = useFlow(stepOf);
  const location = useLocation();
  const navigationType = useNavigationType();
  const navigate = useNavigate();
  const last = useRef<{ pathname: string; step: StepId; depth: number } | null>(null);
  const seenRestarts = useRef(restarts);
  /** A restart's traversal to the first entry is under way: where it lands becomes the start page. */
  const landing = useRef(false);
  /** The sync's own reset is under way: the machine's move to the start is not a step to push. */
  const resetting = useRef(false);

  useEffect(() => {
    const { pathname, search } = location;
    const entry = entryOf(location);
    const previous = last.current;
    last.current = { pathname, step, depth: entry.depth };
    const start = pathOf('start') + search;
    if (restarts !== seenRestarts.current) {
      seenRestarts.current = restarts;
      // Never further back than the tab's history goes: a depth read from it is not trusted.
      const back = embedded ? 0 : Math.min(entry.depth, window.history.length - 1);
      landing.current = back > 0;
      if (back > 0) {
        void navigate(-back);
      } else {
        resetting.current = true;
        void navigate(start, { replace: true });
        resetFlow();
      }
      return;
    }
    if (landing.current) {
      if (navigationType !== 'POP') return;
      landing.current = false;
      resetting.current = true;
      if (pathname !== pathOf('start')) void navigate(start, { replace: true });
      resetFlow();
      return;
    }
    if (resetting.current) {
      // The address and the machine arrive in renders of their own; both are on the start once done.
      if (pathname === pathOf('start') && step === 'start') resetting.current = false;
      return;
    }
    // A flow that stopped takes no event: the error page shows, and the address stays as it is.
    if (actor.getSnapshot().status !== 'active') return;
    const wanted = stepForPath(pathname);
    if (wanted === undefined || wanted === step) return;
    if (previous && previous.step !== step && previous.pathname === pathname) {
      void navigate(pathOf(step) + search, { state: nextEntry(location) });
      return;
    }
    actor.send({ type: 'GOTO', step: wanted, ...(navigationType === 'PUSH' && entry.review ? { review: true } : {}) });
    const now = actor.getSnapshot();
    if (stepOf(now) === wanted) return;
    const wentBack = navigationType === 'POP' && previous !== null && entry.depth < previous.depth;
    if (wentBack && entry.depth > 0) void navigate(-1);
    else void navigate(pathOf(frontierOf(now)) + search, { replace: true, state: entry });
  }, [actor, embedded, location, navigate, navigationType, resetFlow, restarts, step]);
}
