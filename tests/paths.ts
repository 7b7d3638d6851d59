import { type StatePath, getShortestPaths, getSimplePaths } from 'xstate/graph';
import { type FlowEvent, refundMachine } from '../src/flow/machine';
import { type FlowSnapshot, metaOf, stepOf } from '../src/flow/snapshot';
import { type OutcomeId, type QuestionId, type StepId, OUTCOME_IDS, QUESTIONS, isOutcome } from '../src/flow/steps';

/**
 * A country of each kind stands for the others: any length (DK), renewal period (FI), renewal
 * period with a purchase date (DE), and one not on the list (NO).
 */
export const SAMPLE_COUNTRIES = ['DK', 'FI', 'DE', 'NO'];

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

/** Computed once per test file: the graph walks take seconds. */
function once<T>(compute: () => T): () => T {
  let value: T | undefined;
  return () => (value ??= compute());
}

export const shortestWalks = once((): Walk[] => getShortestPaths(refundMachine, { events: forwardEvents }).map(toWalk));

/** Every distinct walk from the start to an outcome. */
export const allWalksToOutcomes = once((): Walk[] =>
  getSimplePaths(refundMachine, { events: forwardEvents })
    .map(toWalk)
    .filter((walk) => isOutcome(walk.end)),
);

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

/**
 * Walks to outcomes that between them give every pair of answers that meet on any walk, each
 * with every outcome it leads to: every text a page shows for an answer given earlier is on one
 * of them, in a fraction of the walks (every text in the flow depends on at most two answers).
 */
export const pairwiseWalks = once((): Walk[] => {
  const features = (walk: Walk) => {
    const given = walk.answers.map((a) => `${a.question}=${a.value}`);
    return [`end:${walk.end}`, ...given.flatMap((a, i) => given.slice(i + 1).map((b) => `${a}&${b}`)), ...given.map((a) => `${a}>${walk.end}`)];
  };
  const candidates = allWalksToOutcomes().map((walk) => ({ walk, features: features(walk) }));
  const remaining = new Set(candidates.flatMap((c) => c.features));
  const chosen: Walk[] = [];
  while (remaining.size > 0) {
    let best = candidates[0]!;
    let gain = -1;
    for (const candidate of candidates) {
      let g = 0;
      for (const f of candidate.features) if (remaining.has(f)) g++;
      if (g > gain) [best, gain] = [candidate, g];
    }
    chosen.push(best.walk);
    for (const f of best.features) remaining.delete(f);
  }
  return chosen;
});
