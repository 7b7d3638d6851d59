import { type Actor, createActor } from 'xstate';
import { refundMachine, type RefundMachine } from './machine';
import type { SavedFlow } from './persist';
import { stepOf } from './snapshot';
import type { Answers, StepId } from './steps';

export type FlowActor = Actor<RefundMachine>;

/**
 * Puts the actor on a step with these answers, as far as the machine allows: the answers are
 * replayed from the start, and the step is only taken if their route reaches it.
 */
export function restoreFlow(
  actor: FlowActor,
  { step, answers, review = false, mustShow }: Omit<SavedFlow, 'review'> & { review?: boolean },
) {
  if (Object.keys(answers).length > 0) actor.send({ type: 'RESUME', answers, mustShow });
  actor.send({ type: 'GOTO', step, review });
}

/** Whether the machine itself reaches this step with exactly these answers (tried on an actor of its own). */
export function machineConfirms(step: StepId, answers: Answers): boolean {
  const probe = createActor(refundMachine).start();
  restoreFlow(probe, { step, answers });
  const now = probe.getSnapshot();
  probe.stop();
  return stepOf(now) === step && sameAnswers(now.context.answers, answers);
}

function sameAnswers(a: Answers, b: Answers): boolean {
  const keys = Object.keys(a);
  return keys.length === Object.keys(b).length && keys.every((key) => a[key as keyof Answers] === b[key as keyof Answers]);
}
