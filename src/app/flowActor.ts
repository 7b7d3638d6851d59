import { type Actor, createActor } from 'xstate';
import { refundMachine, type RefundMachine } from '../flow/machine';
import { fromEnvelope, readStorage, STORAGE_KEY, toEnvelope, writeStorage } from '../flow/persist';
import { parsePresets } from '../flow/presets';
import { stepOf } from '../flow/snapshot';

export type FlowActor = Actor<RefundMachine>;

/**
 * The one actor the app runs. A preset link starts a new flow from its answers; otherwise the
 * flow saved in this tab is rebuilt by replaying its answers through the machine, so nothing
 * stored is trusted beyond answers each question allows.
 */
export function startFlow(search: string): FlowActor {
  const actor = createActor(refundMachine).start();
  const presets = parsePresets(search);
  const saved = fromEnvelope(refundMachine.id, readStorage(STORAGE_KEY));
  if (Object.keys(presets).length > 0) {
    actor.send({ type: 'RESUME', answers: presets });
  } else if (saved) {
    if (Object.keys(saved.answers).length > 0) actor.send({ type: 'RESUME', answers: saved.answers });
    actor.send({ type: 'GOTO', step: saved.step, review: saved.review });
  }
  actor.subscribe({
    next(snapshot) {
      const { answers, review } = snapshot.context;
      writeStorage(STORAGE_KEY, toEnvelope(refundMachine.id, { step: stepOf(snapshot), answers, review }));
    },
    // The page shows a stopped flow (StepPage throws into the error boundary); nothing to report twice.
    error() {},
  });
  return actor;
}
