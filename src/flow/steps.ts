import { COUNTRY_CODES } from '../rules/countries';

/**
 * The questions the wizard asks, in the order of the longest path. Each has its address (slug),
 * its key in a preset link and the answers it accepts; the machine decides what follows which.
 */
export const QUESTIONS = {
  reason: { slug: 'arsak', key: 'arsak', options: ['ukjent-trekk', 'avslutte'] },
  plan: { slug: 'abonnement', key: 'plan', options: ['basic', 'personal', 'familie', 'annet'] },
  purchase: { slug: 'hvor-kjopt', key: 'kjopt', options: ['microsoft', 'google-play', 'apple', 'usikker'] },
  country: { slug: 'land', key: 'land', options: COUNTRY_CODES },
  signIn: { slug: 'logg-inn', key: 'konto', options: ['ser-det', 'finner-ikke'], msStep: 1 },
  manage: { slug: 'administrer', key: 'administrer', options: ['administrer', 'sla-pa', 'ingen'], msStep: 2 },
  cancel: { slug: 'avbryt', key: 'avbryt', options: ['avbryt', 'sla-pa', 'ingen'], msStep: 3 },
  storage: { slug: 'lagring', key: 'lagring', options: ['ja', 'nei', 'vet-ikke'] },
  confirm: { slug: 'for-du-avslutter', key: 'bekreft', options: ['avslutt', 'behold'], confirmsText: true },
  finish: { slug: 'fullfor', key: 'fullfort', options: ['avsluttet', 'feil'], msStep: 4 },
  purchaseDate: { slug: 'kjopsdato', key: 'kjopsdato', options: ['etter', 'samme-dag', 'for', 'vet-ikke'] },
  period: { slug: 'periode', key: 'periode', options: ['maned', 'ar', 'vet-ikke'] },
  renewed: { slug: 'fornyet', key: 'fornyet', options: ['ja', 'nei', 'vet-ikke'] },
} as const satisfies Record<string, QuestionSpec>;

export interface QuestionSpec {
  readonly slug: string;
  /** The query-string key a help article uses to preset this answer. */
  readonly key: string;
  readonly options: readonly string[];
  /** Which of the four steps on Microsoft's pages this question walks through. */
  readonly msStep?: 1 | 2 | 3 | 4;
  /**
   * The answer confirms what the page says (a warning): a link never gives it, so a link may lead
   * to the warning but never past it, and a change to the text asks it again (machine.ts).
   */
  readonly confirmsText?: true;
}

export const OUTCOMES = {
  checkCharge: { slug: 'ukjent-trekk' },
  otherSubscription: { slug: 'annet-abonnement' },
  appStore: { slug: 'kjopt-i-app-butikk' },
  cannotFind: { slug: 'finner-ikke-abonnementet' },
  alreadyExpiring: { slug: 'utloper-allerede' },
  kept: { slug: 'beholdt' },
  contactSupport: { slug: 'kontakt-kundestotte' },
  prorated: { slug: 'fordelt-refusjon' },
  notQualifying: { slug: 'ikke-fordelt-refusjon' },
  proratedUnclear: { slug: 'uklart-om-fordelt-refusjon' },
  notGuaranteed: { slug: 'refusjon-ikke-sikker' },
} as const;

export type QuestionId = keyof typeof QUESTIONS;
export type OutcomeId = keyof typeof OUTCOMES;
export type StepId = 'start' | QuestionId | OutcomeId;

export const QUESTION_IDS = Object.keys(QUESTIONS) as QuestionId[];
export const OUTCOME_IDS = Object.keys(OUTCOMES) as OutcomeId[];
export const STEP_IDS: readonly StepId[] = ['start', ...QUESTION_IDS, ...OUTCOME_IDS];

/** The answers a question accepts, as a literal union: a typo in a guard does not compile. */
export type AnswerOf<Q extends QuestionId> = (typeof QUESTIONS)[Q]['options'][number];

export type Answers = { [Q in QuestionId]?: AnswerOf<Q> };

export function isQuestion(step: string): step is QuestionId {
  return Object.hasOwn(QUESTIONS, step);
}

export function isOutcome(step: string): step is OutcomeId {
  return Object.hasOwn(OUTCOMES, step);
}

export function isStep(step: unknown): step is StepId {
  return typeof step === 'string' && (step === 'start' || isQuestion(step) || isOutcome(step));
}

export function isAllowedAnswer<Q extends QuestionId>(question: Q, value: unknown): value is AnswerOf<Q> {
  return typeof value === 'string' && (QUESTIONS[question].options as readonly string[]).includes(value);
}

/** Keeps only the answers each question allows; anything else (unknown keys, values) is dropped. */
export function sanitizeAnswers(input: unknown): Answers {
  const answers: Answers = {};
  if (typeof input !== 'object' || input === null) return answers;
  for (const question of QUESTION_IDS) {
    const value: unknown = Object.hasOwn(input, question) ? (input as Record<string, unknown>)[question] : undefined;
    if (isAllowedAnswer(question, value)) Object.assign(answers, { [question]: value });
  }
  return answers;
}

/** The questions on a route that have an answer, in the order asked. */
export function answeredOnRoute(route: readonly StepId[], answers: Answers): QuestionId[] {
  return route.filter((step): step is QuestionId => isQuestion(step) && answers[step] !== undefined);
}
