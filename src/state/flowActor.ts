import { createActor } from 'xstate';
import { refundMachine } from '../flow/machine';
import { feedbackOfEnvelope, fromEnvelope, STORAGE_KEY, toEnvelope } from '../flow/persist';
import { readStorage, writeStorage } from '../flow/storage';
import { parsePresets } from '../flow/presets';
import { type FlowActor, restoreFlow } from '../flow/restore';
import { stepOf } from '../flow/snapshot';
import { currentRatings, keepRatings } from './feedback';

export type { FlowActor };

/**
 * The one actor a page runs. A preset link starts a new flow from its answers; otherwise the
 * flow saved under `storageKey` is rebuilt by replaying its answers through the machine, so
 * nothing stored is trusted beyond answers each question allows. A preset link's flow is
 * stored at once: a reload right after the link finds the flow the link made.
 */
export function startFlow(
  search: string,
  storageKey = STORAGE_KEY,
  skipStart = false,
  language?: () => string | undefined,
): FlowActor {
  const actor = createActor(refundMachine).start();
  const presets = parsePresets(search);
  const stored = readStorage(storageKey);
  const saved = fromEnvelope(refundMachine.id, stored);
  if (Object.keys(presets).length > 0) actor.send({ type: 'RESUME', answers: presets });
  else if (saved) restoreFlow(actor, saved);
  if (skipStart && stepOf(actor.getSnapshot()) === 'start') actor.send({ type: 'START' });
  const save = (snapshot: ReturnType<FlowActor['getSnapshot']>) => saveFlow(snapshot, storageKey, language?.());
  if (storageKey === STORAGE_KEY) keepRatings(feedbackOfEnvelope(refundMachine.id, stored), () => save(actor.getSnapshot()));
  if (Object.keys(presets).length > 0) save(actor.getSnapshot());
  actor.subscribe({
    next: save,
    // The page shows a stopped flow (StepPage throws into the error boundary); nothing to report twice.
    error() {},
  });
  return actor;
}

/**
 * Writes the flow where it is kept, with its language: the caller's in agent mode, the tab's
 * own choice in the customer's.
 */
export function saveFlow(snapshot: ReturnType<FlowActor['getSnapshot']>, storageKey: string, language?: string): void {
  const { answers, review, mustShow } = snapshot.context;
  const saved = { step: stepOf(snapshot), answers, review, mustShow };
  const extra = storageKey === STORAGE_KEY ? { language, feedback: currentRatings() } : { customerLanguage: language };
  writeStorage(storageKey, toEnvelope(refundMachine.id, saved, extra));
}

/**
 * Starts the flow over. A flow that stopped cannot take the event: what it stored is cleared and
 * the page loads afresh on the same address, which then leads to the start.
 */
export function restartFlow(actor: FlowActor, storageKey: string, skipStart: boolean): void {
  if (actor.getSnapshot().status !== 'active') {
    writeStorage(storageKey, null);
    window.location.reload();
    return;
  }
  actor.send({ type: 'RESTART' });
  if (skipStart) actor.send({ type: 'START' });
}
