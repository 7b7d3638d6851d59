import { use, useLayoutEffect, useRef } from 'react';
import { useFlow } from '../state/FlowProvider';
import type { PageMeta } from '../flow/machine';
import { metaOf, stepOf } from '../flow/snapshot';
import type { StepId } from '../flow/steps';
import { loadLaterPages } from './loadLaterPages';
import { StartPage } from './StartPage';

/** Renders whatever step the machine is on, from that step's meta. */
export function StepPage() {
  const step = useFlow(stepOf);
  const stopped = useFlow((snapshot) => snapshot.status === 'error');
  useFocusOnStepChange(step);
  if (stopped) throw new Error('The refund flow stopped with an error');
  const meta = metaOf(step);
  return meta.kind === 'start' ? <StartPage meta={meta} /> : <LaterPage step={step} meta={meta} />;
}

/** Any page after the start: from the later pages' chunk, which is loaded by the time it is needed. */
function LaterPage({ step, meta }: { step: StepId; meta: Exclude<PageMeta, { kind: 'start' }> }) {
  const { BackLink, OutcomePage, QuestionPage, StartOver } = use(loadLaterPages());
  return (
    <>
      <BackLink />
      {meta.kind === 'question' && <QuestionPage key={step} meta={meta} />}
      {meta.kind === 'outcome' && <OutcomePage key={step} step={step as never} meta={meta} />}
      <StartOver key={`start-over-${step}`} />
    </>
  );
}

/** Whether a step page has been shown since this document loaded. */
let shownInThisDocument = false;

/**
 * After every step change the new page's heading takes focus, before the page is painted, so a
 * screen reader reads the new heading and nobody sees focus jump. Not on the page the document
 * opened on; but a step page that mounts later (after the statement, or a restart that came back
 * through a page of another kind) is a step change too.
 */
function useFocusOnStepChange(step: string) {
  const first = useRef(!shownInThisDocument);
  useLayoutEffect(() => {
    shownInThisDocument = true;
    if (first.current) {
      first.current = false;
      return;
    }
    window.scrollTo(0, 0);
    document.querySelector<HTMLElement>('main h1')?.focus({ preventScroll: true });
  }, [step]);
}
