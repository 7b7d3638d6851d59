import type { SnapshotFrom } from 'xstate';
import type { PageMeta, RefundMachine } from './machine';
import { refundMachine } from './machine';
import { shownTitle } from './conditions';
import { type Answers, type StepId, STEP_IDS, isQuestion } from './steps';

export type FlowSnapshot = SnapshotFrom<RefundMachine>;

export function stepOf(snapshot: FlowSnapshot): StepId {
  const { steps } = snapshot.value as { steps: StepId | Partial<Record<StepId, string>> };
  return typeof steps === 'string' ? steps : (Object.keys(steps)[0] as StepId);
}

/** The meta each step declares in the machine. */
export function metaOf(step: StepId): PageMeta {
  const { meta } = refundMachine.getStateNodeById(step);
  if (!meta) throw new Error(`The step ${step} declares no meta`);
  return meta;
}

/** The key of the title a step shows for these answers (the storage page's differs for Family). */
export function titleKeyOf(step: StepId, answers: Answers): string {
  return `${step}.${shownTitle(metaOf(step).titles, answers)}`;
}

/**
 * Which question of the person's own route this is, from 1; null off a question. The routes
 * differ in length, so no total is true for everyone.
 */
export function questionNumberOf(snapshot: FlowSnapshot): number | null {
  const step = stepOf(snapshot);
  return isQuestion(step) ? snapshot.context.route.filter(isQuestion).indexOf(step) + 1 : null;
}

export function pathOf(step: StepId): string {
  return `/${metaOf(step).slug}`;
}

/** Every address of the flow, and the step each names. */
export const FLOW_PATHS: ReadonlyMap<string, StepId> = new Map(STEP_IDS.map((step) => [pathOf(step), step]));

/** The step an address names, if any: in any case, with a trailing slash, or `/index.html` for the start. */
export function stepForPath(pathname: string): StepId | undefined {
  const path = (pathname.length > 1 ? pathname.replace(/\/+$/, '') : pathname).toLowerCase();
  return FLOW_PATHS.get(path === '/index.html' ? '/' : path || '/');
}

/** The address as the wizard writes it: `/ARSAK/` is `/arsak`; an address of no step stays as it is. */
export function canonicalPath(pathname: string): string {
  const step = stepForPath(pathname);
  return step === undefined ? pathname : pathOf(step);
}

/** The step before the current one on the route, if any. */
export function previousStepOf(snapshot: FlowSnapshot): StepId | undefined {
  const { route } = snapshot.context;
  return route[route.indexOf(stepOf(snapshot)) - 1];
}

/** The furthest step the answers allow: where a wrong address is sent. */
export function frontierOf(snapshot: FlowSnapshot): StepId {
  return snapshot.context.route.at(-1) ?? 'start';
}
