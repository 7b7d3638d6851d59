import { AnswerSummary } from '../components/AnswerSummary';
import { Blocks } from '../components/Blocks';
import { KeepOutcome, PrintedHeader } from '../components/KeepOutcome';
import { OutcomeFeedback } from '../components/OutcomeFeedback';
import { useDocumentTitle } from '../components/useDocumentTitle';
import { useTextValues } from '../components/useTextValues';
import type { PageMeta } from '../flow/machine';
import type { OutcomeId } from '../flow/steps';
import { titleKeyOf } from '../flow/snapshot';
import { useFlow } from '../state/FlowProvider';
import { PageHeading } from '../components/PageHeading';
import { useT } from '../i18n/useT';

export function OutcomePage({ step, meta }: { step: OutcomeId; meta: Extract<PageMeta, { kind: 'outcome' }> }) {
  const { t } = useT('flow');
  const values = useTextValues();
  const answers = useFlow((snapshot) => snapshot.context.answers);
  const title = t(titleKeyOf(step, answers), values);
  useDocumentTitle(title);
  return (
    <>
      <PageHeading>{title}</PageHeading>
      <PrintedHeader step={step} />
      <div className="outcome">
        <Blocks step={step} blocks={meta.blocks} values={values} />
      </div>
      <AnswerSummary />
      <KeepOutcome step={step} />
      <OutcomeFeedback outcome={step} />
    </>
  );
}
