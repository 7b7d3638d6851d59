import { memo } from 'react';
import { useFlow } from '../app/FlowProvider';
import { CONDITIONS } from '../flow/conditions';
import type { Block } from '../flow/machine';
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
  const shown = blocks
    .filter((block) => typeof block === 'string' || CONDITIONS[block.when](answers))
    .map((block) => (typeof block === 'string' ? block : block.key));
  return shown.map((key) => <BlockText key={key} k={`${step}.${key}`} name={key} values={values} lng={lng} />);
});

function BlockText({ k, name, values, lng }: { k: string; name: string; values: TextValues; lng?: string }) {
  const { t } = useT('flow', lng);
  const text: unknown = t(k, { returnObjects: true, ...values });
  if (Array.isArray(text)) {
    return (
      <ul className="list">
        {text.map((_, i) => (
          <li key={i}>
            <Text ns="flow" k={`${k}.${i}`} values={values} lng={lng} />
          </li>
        ))}
      </ul>
    );
  }
  if (name.endsWith('Heading')) return <h2>{String(text)}</h2>;
  return (
    <p className={name === 'lead' ? 'lead' : undefined}>
      <Text ns="flow" k={k} values={values} lng={lng} />
    </p>
  );
}
