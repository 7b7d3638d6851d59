import type { TFunction } from 'i18next';
import { countryName } from '../i18n/format';
import { type Answers, type QuestionId, type StepId, isOutcome, isQuestion } from '../flow/steps';

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
  /** Values the outcome's "why" interpolates (country, store, …). */
  values: Record<string, string | number>;
}

/** Plain text to paste into a case: what was asked and answered, where it ended, and why. */
export function caseNote({ t, language, customerLanguage, date, step, route, answers, code, values }: CaseNoteInput): string {
  const when = new Intl.DateTimeFormat(language, { dateStyle: 'long', timeStyle: 'short' }).format(date);
  const customer = new Intl.DisplayNames([language], { type: 'language' }).of(customerLanguage) ?? customerLanguage;
  const asked = route.filter((s): s is QuestionId => isQuestion(s) && answers[s] !== undefined);
  const answerText = (question: QuestionId, value: string) =>
    question === 'country' ? countryName(value, language) : t(`flow:${question}.options.${value}`);
  const plain = (text: string) => text.replace(/<\/?\w+>/g, '');
  const lines = [
    t('agent:notes.title'),
    t('agent:notes.date', { date: when }),
    t('agent:notes.customerLanguage', { language: customer }),
    '',
    t('agent:notes.answers'),
    ...(asked.length === 0
      ? [t('agent:notes.noAnswers')]
      : asked.map((q) => `- ${t(`flow:${q}.title`)} ${answerText(q, answers[q]!)}`)),
    '',
    isOutcome(step)
      ? t('agent:notes.outcome', { outcome: t(`flow:${step}.title`, values) })
      : t('agent:notes.noOutcome', { page: step === 'start' ? t('flow:start.title') : t(`flow:${step}.title`) }),
    ...(isOutcome(step) ? [t('agent:notes.rule', { rule: plain(t(`flow:${step}.why`, values)) })] : []),
    t('agent:notes.code', { code }),
  ];
  return `${lines.join('\n')}\n`;
}
