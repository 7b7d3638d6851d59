import type { SnapshotFrom } from 'xstate';
import type { PageMeta, RefundMachine } from './machine';
import { refundMachine } from './machine';
import { type StepId, STEP_IDS } from './steps';

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
