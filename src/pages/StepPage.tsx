import { useLayoutEffect, useRef } from 'react';
import { useFlow } from '../app/FlowProvider';
import { BackLink } from '../components/BackLink';
import { StartOver } from '../components/StartOver';
import { metaOf, stepOf } from '../flow/snapshot';
import { OutcomePage } from './OutcomePage';
import { QuestionPage } from './QuestionPage';
import { StartPage } from './StartPage';

/** Renders whatever step the machine is on, from that step's meta. */
export function StepPage() {
  const step = useFlow(stepOf);
  const stopped = useFlow((snapshot) => snapshot.status === 'error');
  useFocusOnStepChange(step);
  if (stopped) throw new Error('The refund flow stopped with an error');
  const meta = metaOf(step);
  return (
    <>
      {meta.kind !== 'start' && <BackLink />}
      {meta.kind === 'start' && <StartPage meta={meta} />}
      {meta.kind === 'question' && <QuestionPage key={step} meta={meta} />}
      {meta.kind === 'outcome' && <OutcomePage key={step} step={step as never} meta={meta} />}
      {meta.kind !== 'start' && <StartOver key={`start-over-${step}`} />}
    </>
  );
}

/**
 * After every step change (not on the first load) the new page's heading takes focus, before the
 * page is painted, so a screen reader reads the new heading and nobody sees focus jump.
 */
function useFocusOnStepChange(step: string) {
  const first = useRef(true);
  useLayoutEffect(() => {
    if (first.current) {
      first.current = false;
      return;
    }
    window.scrollTo(0, 0);
    document.querySelector<HTMLElement>('main h1')?.focus({ preventScroll: true });
  }, [step]);
}
