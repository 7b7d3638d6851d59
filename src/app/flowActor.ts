import { type Actor, createActor } from 'xstate';
import { refundMachine, type RefundMachine } from '../flow/machine';
import { type SavedFlow, fromEnvelope, readStorage, STORAGE_KEY, toEnvelope, writeStorage } from '../flow/persist';
import { parsePresets } from '../flow/presets';
import { stepOf } from '../flow/snapshot';

export type FlowActor = Actor<RefundMachine>;

/**
 * The one actor the app runs. A preset link starts a new flow from its answers; otherwise the
 * flow saved in this tab is rebuilt by replaying its answers through the machine, so nothing
 * stored is trusted beyond answers each question allows.
 */
export function startFlow(search: string, storageKey = STORAGE_KEY): FlowActor {
  const actor = createActor(refundMachine).start();
  const presets = parsePresets(search);
  const saved = fromEnvelope(refundMachine.id, readStorage(storageKey));
  if (Object.keys(presets).length > 0) actor.send({ type: 'RESUME', answers: presets });
  else if (saved) restoreFlow(actor, saved);
  actor.subscribe({
    next(snapshot) {
      const { answers, review } = snapshot.context;
      writeStorage(storageKey, toEnvelope(refundMachine.id, { step: stepOf(snapshot), answers, review }));
    },
    // The page shows a stopped flow (StepPage throws into the error boundary); nothing to report twice.
    error() {},
  });
  return actor;
}

/**
 * Puts the actor on a step with these answers, as far as the machine allows: the answers are
 * replayed from the start, and the step is only taken if their route reaches it.
 */
export function restoreFlow(actor: FlowActor, { step, answers, review = false }: Omit<SavedFlow, 'review'> & { review?: boolean }) {
  if (Object.keys(answers).length > 0) actor.send({ type: 'RESUME', answers });
  actor.send({ type: 'GOTO', step, review });
}
