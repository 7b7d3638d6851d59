import { type StatePath, getShortestPaths, getSimplePaths } from 'xstate/graph';
import { type FlowEvent, refundMachine } from '../src/flow/machine';
import { type FlowSnapshot, metaOf, stepOf } from '../src/flow/snapshot';
import { type OutcomeId, type QuestionId, type StepId, OUTCOME_IDS, QUESTIONS, isOutcome } from '../src/flow/steps';

/** One country that gives a prorated refund and one that does not stand for all the others. */
export const SAMPLE_COUNTRIES = ['DK', 'NO'];

/** What a person can do on a step: the forward moves the graph explores. */
export function forwardEvents(snapshot: FlowSnapshot): FlowEvent[] {
  const meta = metaOf(stepOf(snapshot));
  if (meta.kind === 'start') return [{ type: 'START' }];
  if (meta.kind !== 'question') return [];
  const options = meta.question === 'country' ? SAMPLE_COUNTRIES : QUESTIONS[meta.question].options;
  return options.map((value) => ({ type: 'ANSWER', value }));
}

export interface Walk {
  /** The step reached at the end. */
  end: StepId;
  /** Each question on the way with the answer given. */
  answers: { question: QuestionId; value: string }[];
}

function toWalk(path: StatePath<FlowSnapshot, FlowEvent>): Walk {
  const answers: Walk['answers'] = [];
  let previous: FlowSnapshot | undefined;
  for (const { state, event } of path.steps) {
    if (event.type === 'ANSWER' && previous) {
      const meta = metaOf(stepOf(previous));
      if (meta.kind === 'question') answers.push({ question: meta.question, value: event.value });
    }
    previous = state;
  }
  return { end: stepOf(path.state), answers };
}

export function shortestWalks(): Walk[] {
  return getShortestPaths(refundMachine, { events: forwardEvents }).map(toWalk);
}

/** Every distinct walk from the start to an outcome. */
export function allWalksToOutcomes(): Walk[] {
  return getSimplePaths(refundMachine, { events: forwardEvents })
    .map(toWalk)
    .filter((walk) => isOutcome(walk.end));
}

/** The shortest walk to each outcome, computed from the machine. */
export function shortestWalkToEachOutcome(): Map<OutcomeId, Walk> {
  const best = new Map<OutcomeId, Walk>();
  for (const walk of shortestWalks()) {
    if (!isOutcome(walk.end)) continue;
    const known = best.get(walk.end);
    if (!known || walk.answers.length < known.answers.length) best.set(walk.end, walk);
  }
  return new Map(OUTCOME_IDS.filter((id) => best.has(id)).map((id) => [id, best.get(id)!]));
}

/** The shortest walk to one outcome; every outcome has one (the graph test proves it). */
export function walkTo(outcome: OutcomeId): Walk {
  const walk = shortestWalkToEachOutcome().get(outcome);
  if (!walk) throw new Error(`No walk to ${outcome}`);
  return walk;
}
