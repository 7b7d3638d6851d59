import type { TFunction } from 'i18next';
import { answerLabel } from '../i18n/textValues';
import { shownBlocks } from '../flow/conditions';
import { metaOf, titleKeyOf } from '../flow/snapshot';
import { type Answers, type StepId, answeredOnRoute, isOutcome } from '../flow/steps';

export interface CaseNoteInput {
  /** Strings in the agent's own language: the case system's. */
  t: TFunction;
  language: string;
  customerLanguage: string;
  date: Date;
  step: StepId;
  route: readonly StepId[];
  answers: Answers;
  code: string;
  /** Values the outcome's "why" interpolates (country, plan, …). */
  values: Record<string, string | number>;
}

/** Plain text to paste into a case: what was asked and answered, where it ended, and why. */
export function caseNote({ t, language, customerLanguage, date, step, route, answers, code, values }: CaseNoteInput): string {
  const when = new Intl.DateTimeFormat(language, { dateStyle: 'long', timeStyle: 'short' }).format(date);
  const customer = new Intl.DisplayNames([language], { type: 'language' }).of(customerLanguage) ?? customerLanguage;
  const asked = answeredOnRoute(route, answers);
  const plain = (text: string) => text.replace(/<\/?\w+>/g, '');
  const title = (s: StepId) => t(`flow:${titleKeyOf(s, answers)}`, values);
  // The outcome's "why": the paragraphs of its reasons that these answers show.
  const why = isOutcome(step)
    ? shownBlocks(metaOf(step).blocks, answers)
        .filter(({ key }) => key.startsWith('why'))
        .map(({ key }) => plain(t(`flow:${step}.${key}`, values)))
        .join(' ')
    : '';
  const lines = [
    t('agent:notes.title'),
    t('agent:notes.date', { date: when }),
    t('agent:notes.customerLanguage', { language: customer }),
    '',
    t('agent:notes.answers'),
    ...(asked.length === 0
      ? [t('agent:notes.noAnswers')]
      : asked.map((q) => `- ${title(q)} ${answerLabel(q, answers, language, t)}`)),
    '',
    isOutcome(step)
      ? t('agent:notes.outcome', { outcome: title(step) })
      : t('agent:notes.noOutcome', { page: title(step) }),
    ...(why ? [t('agent:notes.rule', { rule: why })] : []),
    t('agent:notes.code', { code }),
  ];
  return `${lines.join('\n')}\n`;
}
