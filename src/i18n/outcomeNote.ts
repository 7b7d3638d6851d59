import type { TFunction } from 'i18next';
import { LINK_IDS, type LinkId, linksFor } from '../config/links';
import { shownBlocks } from '../flow/conditions';
import { metaOf, titleKeyOf } from '../flow/snapshot';
import { type Answers, type StepId, answeredOnRoute, isOutcome } from '../flow/steps';
import { answerLabel } from './textValues';

export interface OutcomeNoteInput {
  t: TFunction;
  /**
   * Whose note: the agent's case note (`agent:notes`, with the outcome's reasons alone) or the
   * customer's own copy (`flow:keep`, with the whole outcome and each link's address written out).
   */
  labels: 'agent:notes' | 'flow:keep';
  language: string;
  date: Date;
  step: StepId;
  route: readonly StepId[];
  answers: Answers;
  code: string;
  /** Values the outcome's text interpolates (country, plan, …). */
  values: Record<string, string | number>;
  /** The agent's note names the language the caller was asked in. */
  customerLanguage?: string;
}

const LINKS = new Set<string>(LINK_IDS);

/** A string as plain text: its link tags become their text, with the address after it when asked. */
function plain(text: string, hrefs: Record<LinkId, string> | null): string {
  return text
    .replace(/<(\w+)>(.*?)<\/\1>/gs, (_, tag: string, inner: string) =>
      hrefs && LINKS.has(tag) ? `${inner} (${hrefs[tag as LinkId]})` : inner,
    )
    .replace(/<\/?\w+>/g, '');
}

/** The outcome's paragraphs these answers show, as lines: each list item on its own. */
function outcomeLines(t: TFunction, step: StepId, answers: Answers, values: OutcomeNoteInput['values'], hrefs: Record<LinkId, string>) {
  return shownBlocks(metaOf(step).blocks, answers).flatMap(({ key, as }) => {
    const k = `flow:${step}.${key}`;
    if (as !== 'list') return ['', plain(t(k, values), hrefs)];
    const items: unknown = t(k, { returnObjects: true, ...values });
    return ['', ...(Array.isArray(items) ? items : []).map((_, i) => `- ${plain(t(`${k}.${i}`, values), hrefs)}`)];
  });
}

/**
 * Plain text of where a flow stands: what was asked and answered, where it ended and why, and the
 * code support asks for. The agent pastes it into a case; the customer copies it to keep.
 */
export function outcomeNote(input: OutcomeNoteInput): string {
  const { t, labels, language, date, step, route, answers, code, values, customerLanguage } = input;
  const when = new Intl.DateTimeFormat(language, { dateStyle: 'long', timeStyle: 'short' }).format(date);
  const asked = answeredOnRoute(route, answers);
  const title = (s: StepId) => t(`flow:${titleKeyOf(s, answers)}`, values);
  const customer =
    customerLanguage && (new Intl.DisplayNames([language], { type: 'language' }).of(customerLanguage) ?? customerLanguage);
  const outcome = isOutcome(step)
    ? [t(`${labels}.outcome`, { outcome: title(step) })]
    : [t(`${labels}.noOutcome`, { page: title(step) })];
  if (isOutcome(step) && labels === 'agent:notes') {
    // The agent's "decided by": the paragraphs of its reasons that these answers show.
    const why = shownBlocks(metaOf(step).blocks, answers)
      .filter(({ key }) => key.startsWith('why'))
      .map(({ key }) => plain(t(`flow:${step}.${key}`, values), null))
      .join(' ');
    if (why) outcome.push(t(`${labels}.rule`, { rule: why }));
  }
  if (isOutcome(step) && labels === 'flow:keep') outcome.push(...outcomeLines(t, step, answers, values, linksFor(language)));
  const lines = [
    t(`${labels}.title`),
    t(`${labels}.date`, { date: when }),
    ...(customer ? [t(`${labels}.customerLanguage`, { language: customer })] : []),
    '',
    t(`${labels}.answers`),
    ...(asked.length === 0
      ? [t(`${labels}.noAnswers`)]
      : asked.map((q) => `- ${title(q)} ${answerLabel(q, answers, language, t)}`)),
    '',
    ...outcome,
    // The customer's copy ends on the whole outcome text: the code gets a line apart.
    ...(labels === 'flow:keep' ? [''] : []),
    t(`${labels}.code`, { code }),
  ];
  return `${lines.join('\n')}\n`;
}
