import { assign, setup } from 'xstate';
import { type Block, type Condition, CONDITIONS } from './conditions';
import {
  type Answers,
  type OutcomeId,
  type QuestionId,
  type StepId,
  OUTCOMES,
  QUESTIONS,
  STEP_IDS,
  isAllowedAnswer,
  isOutcome,
  isQuestion,
  questionNumber,
  sanitizeAnswers,
} from './steps';

export type { Block };

export interface FlowContext {
  /** The answers that apply to the current route, keyed by question. */
  answers: Answers;
  /** The steps from the start to the furthest one reached on the current answers. */
  route: StepId[];
  /** A question whose kept answer is passed through while reviewing. */
  passThrough: QuestionId | null;
  /** After "Endre" or a preset link: questions already answered are passed through. */
  review: boolean;
}

export type FlowEvent =
  | { type: 'START' }
  | { type: 'ANSWER'; value: string }
  | { type: 'GOTO'; step: StepId; review?: boolean }
  | { type: 'RESUME'; answers: Answers }
  | { type: 'RESTART' };

export type PageMeta =
  | { readonly kind: 'start'; readonly slug: ''; readonly blocks: readonly Block[] }
  | {
      readonly kind: 'question';
      readonly question: QuestionId;
      readonly slug: string;
      readonly number: number;
      readonly blocks: readonly Block[];
      /** Shows the answers so far, with a way to change each (the storage warning does). */
      readonly showAnswers?: boolean;
    }
  | { readonly kind: 'outcome'; readonly slug: string; readonly blocks: readonly Block[] };

export const QUESTION_COUNT = Object.keys(QUESTIONS).length;

/** The first question is always open: a link to it works without passing the start page. */
const initialContext = (): FlowContext => ({
  answers: {},
  route: ['start', 'reason'],
  passThrough: null,
  review: false,
});

function pick(answers: Answers, steps: readonly StepId[]): Answers {
  return Object.fromEntries(Object.entries(answers).filter(([question]) => steps.includes(question as StepId)));
}

function omit(answers: Answers, steps: readonly StepId[]): Answers {
  return Object.fromEntries(Object.entries(answers).filter(([question]) => !steps.includes(question as StepId)));
}

/** Each named condition on the answers, as a guard a route can turn on. */
const conditionGuards = Object.fromEntries(
  Object.entries(CONDITIONS).map(([name, holds]) => [name, ({ context }: { context: FlowContext }) => holds(context.answers)]),
) as Record<Condition, (args: { context: FlowContext }) => boolean>;

const flow = setup({
  types: { context: {} as FlowContext, events: {} as FlowEvent, meta: {} as PageMeta },
  guards: {
    ...conditionGuards,
    isOption: ({ event }, { question }: { question: QuestionId }) =>
      event.type === 'ANSWER' && isAllowedAnswer(question, event.value),
    passesThrough: ({ context }, { question }: { question: QuestionId }) => context.passThrough === question,
    isOnRoute: ({ context, event }, { step }: { step: StepId }) =>
      event.type === 'GOTO' && event.step === step && context.route.includes(step),
  },
  actions: {
    /**
     * A changed answer can change turns further on than the next one (the country decides the
     * outcome after "fullfør"), so the route past the next step is dropped and walked again; the
     * answers there are kept to be passed through or chosen again.
     */
    record: assign(({ context, event }, { question }: { question: QuestionId }) => {
      if (event.type !== 'ANSWER') return {};
      const answers = { ...context.answers, [question]: event.value };
      const at = context.route.indexOf(question);
      if (context.answers[question] === event.value || at < 0) return { answers };
      return { answers, route: context.route.slice(0, at + 2) };
    }),
    /**
     * Moves along the route. Taking the same turn as before keeps the answers further on; a new
     * turn drops the answers of the steps it leaves behind. An outcome keeps only the answers on
     * its route.
     */
    advance: assign(({ context }, { from, to }: { from: StepId; to: StepId }) => {
      const at = context.route.indexOf(from);
      const sameTurn = context.route[at + 1] === to;
      const route = sameTurn ? context.route : [...context.route.slice(0, at + 1), to];
      const left = sameTurn ? [] : context.route.slice(at + 1);
      const answers = isOutcome(to) ? pick(context.answers, route) : omit(context.answers, left);
      return {
        route,
        answers,
        passThrough: context.review && isQuestion(to) && answers[to] !== undefined ? to : null,
        review: isOutcome(to) ? false : context.review,
      };
    }),
    goTo: assign(({ context, event }) =>
      event.type === 'GOTO' ? { passThrough: null, review: event.review ?? context.review } : {},
    ),
    resume: assign(({ event }) => {
      const answers = event.type === 'RESUME' ? sanitizeAnswers(event.answers) : {};
      return {
        answers,
        route: ['start', 'reason'] as StepId[],
        passThrough: answers.reason === undefined ? null : ('reason' as const),
        review: true,
      };
    }),
    reset: assign(initialContext),
  },
});

interface Route {
  readonly to: StepId;
  /** The named condition (src/flow/conditions.ts) the route turns on. */
  readonly when?: Condition;
}

/**
 * A question page. A valid answer is recorded and the question becomes answered; an answered
 * question follows the first route whose rule holds. While reviewing, a question whose answer is
 * kept is answered on arrival.
 */
function question(
  id: QuestionId,
  blocks: readonly Block[],
  routes: readonly Route[],
  options: { showAnswers?: boolean } = {},
) {
  return flow.createStateConfig({
    id,
    meta: { kind: 'question', question: id, slug: QUESTIONS[id].slug, number: questionNumber(id), blocks, ...options },
    initial: 'asking',
    states: {
      asking: { always: { guard: { type: 'passesThrough', params: { question: id } }, target: 'answered' } },
      answered: {
        always: routes.map(({ to, when }) => ({
          guard: when,
          target: `#${to}`,
          actions: { type: 'advance', params: { from: id, to } },
        })),
      },
    },
    on: {
      ANSWER: {
        guard: { type: 'isOption', params: { question: id } },
        actions: { type: 'record', params: { question: id } },
        target: '.answered',
      },
    },
  });
}

function outcome(id: OutcomeId, blocks: readonly Block[]) {
  return flow.createStateConfig({
    id,
    type: 'final',
    meta: { kind: 'outcome', slug: OUTCOMES[id].slug, blocks },
  });
}

const LEAD = { key: 'lead', as: 'lead' } as const;
const NEXT_HEADING = { key: 'nextHeading', as: 'heading' } as const;
const NEXT = { key: 'next', as: 'list' } as const;

/** The blocks every outcome has: what applies, why, and what to do next. */
const OUTCOME_BLOCKS: readonly Block[] = [LEAD, 'why', NEXT_HEADING, NEXT];

export const refundMachine = flow.createMachine({
  id: 'refusjonsveiviser',
  context: initialContext,
  initial: 'steps',
  on: {
    GOTO: STEP_IDS.map((step) => ({
      guard: { type: 'isOnRoute', params: { step } },
      target: `#${step}`,
      actions: 'goTo',
    })),
    RESUME: { target: '#reason', actions: 'resume' },
    RESTART: { target: '#start', actions: 'reset' },
  },
  states: {
    steps: {
      initial: 'start',
      states: {
        start: {
          id: 'start',
          meta: { kind: 'start', slug: '', blocks: [LEAD, { key: 'facts', as: 'list' }, 'before'] },
          on: { START: { target: 'reason', actions: { type: 'advance', params: { from: 'start', to: 'reason' } } } },
        },
        reason: question('reason', [], [{ to: 'checkCharge', when: 'chargeNotRecognised' }, { to: 'plan' }]),
        plan: question('plan', ['hint'], [{ to: 'otherSubscription', when: 'otherSubscription' }, { to: 'purchase' }]),
        purchase: question('purchase', ['hint'], [{ to: 'appStore', when: 'boughtInAppStore' }, { to: 'country' }]),
        country: question('country', ['hint'], [{ to: 'signIn' }]),
        signIn: question('signIn',
          ['hint', 'account', { key: 'unsureNote', when: 'purchaseUnsure' }],
          [{ to: 'cannotFind', when: 'subscriptionNotFound' }, { to: 'manage' }],
        ),
        manage: question('manage',
          ['hint'],
          [{ to: 'alreadyExpiring', when: 'setToExpireOnManage' }, { to: 'cancel' }],
        ),
        cancel: question('cancel',
          ['hint'],
          [{ to: 'alreadyExpiring', when: 'setToExpireOnCancel' }, { to: 'storage' }],
        ),
        storage: question('storage',
          ['loss', { key: 'lossShared', when: 'sharedMembersLoseBenefits' }],
          [{ to: 'confirm' }],
        ),
        confirm: question('confirm',
          [
            { key: 'overQuota', when: 'overQuota' },
            { key: 'overQuotaList', as: 'list', when: 'overQuota' },
            { key: 'withinQuota', when: 'notOverQuota' },
            'quotas',
          ],
          [{ to: 'kept', when: 'keepsSubscription' }, { to: 'finish' }],
          { showAnswers: true },
        ),
        finish: question('finish',
          ['hint', 'terms'],
          [
            { to: 'contactSupport', when: 'cancellationFailed' },
            { to: 'prorated', when: 'cancelsInProratedRefundCountry' },
            { to: 'notGuaranteed' },
          ],
        ),
        checkCharge: outcome('checkCharge', OUTCOME_BLOCKS),
        otherSubscription: outcome('otherSubscription', OUTCOME_BLOCKS),
        appStore: outcome('appStore', [
          LEAD,
          'why',
          NEXT_HEADING,
          { key: 'nextGooglePlay', when: 'boughtOnGooglePlay' },
          { key: 'nextApple', when: 'boughtOnApple' },
          NEXT,
        ]),
        cannotFind: outcome('cannotFind', OUTCOME_BLOCKS),
        alreadyExpiring: outcome('alreadyExpiring', OUTCOME_BLOCKS),
        kept: outcome('kept', OUTCOME_BLOCKS),
        contactSupport: outcome('contactSupport', OUTCOME_BLOCKS),
        prorated: outcome('prorated', [...OUTCOME_BLOCKS, 'readMore']),
        notGuaranteed: outcome('notGuaranteed', [...OUTCOME_BLOCKS, 'terms']),
      },
    },
  },
});

export type RefundMachine = typeof refundMachine;
