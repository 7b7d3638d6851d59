import { memo } from 'react';
import { useFlow } from '../state/FlowProvider';
import { type Block, type BlockMarkup, shownBlocks } from '../flow/conditions';
import type { StepId } from '../flow/steps';
import { Text, type TextValues } from './Text';
import { useT } from '../i18n/useT';

/** The paragraphs a page's meta names, those whose condition holds, in order. */
interface BlocksProps {
  step: StepId;
  blocks: readonly Block[];
  values: TextValues;
  /** Another language than the page's (agent mode reads the customer's). */
  lng?: string;
}

// Memoised: a question's paragraphs stay as they are while the person picks a choice.
export const Blocks = memo(function Blocks({ step, blocks, values, lng }: BlocksProps) {
  const answers = useFlow((snapshot) => snapshot.context.answers);
  return shownBlocks(blocks, answers).map(({ key, as }) => (
    <BlockText key={key} k={`${step}.${key}`} as={as} values={values} lng={lng} />
  ));
});

function BlockText({ k, as, values, lng }: { k: string; as: BlockMarkup; values: TextValues; lng?: string }) {
  const { t } = useT('flow', lng);
  if (as === 'list') {
    const items: unknown = t(k, { returnObjects: true, ...values });
    return (
      <ul className="list">
        {(Array.isArray(items) ? items : []).map((_, i) => (
          <li key={i}>
            <Text ns="flow" k={`${k}.${i}`} values={values} lng={lng} />
          </li>
        ))}
      </ul>
    );
  }
  if (as === 'heading') return <h2>{t(k, values)}</h2>;
  return (
    <p className={as === 'lead' ? 'lead' : undefined}>
      <Text ns="flow" k={k} values={values} lng={lng} />
    </p>
  );
}
