import { createActor } from 'xstate';
import { refundMachine, type FlowEvent } from '../../src/flow/machine';
import { stepOf } from '../../src/flow/snapshot';

/** Starts the machine and sends the events in order; returns the actor. */
export function run(...events: FlowEvent[]) {
  const actor = createActor(refundMachine).start();
  for (const event of events) actor.send(event);
  return actor;
}

export const answer = (value: string): FlowEvent => ({ type: 'ANSWER', value });

export function stepAfter(...events: FlowEvent[]) {
  return stepOf(run(...events).getSnapshot());
}

/** The answers of the longest path, to a refund outcome. */
export const FULL_PATH = ['avslutte', 'familie', 'microsoft', 'DK', 'ser-det', 'administrer', 'avbryt', 'ja', 'avslutt', 'avsluttet'];
