import { assign, setup } from 'xstate';
import { type Block, type Condition, type TitleVariant, CONDITIONS } from './conditions';
import {
  type Answers,
  type OutcomeId,
  type QuestionId,
  type StepId,
  OUTCOMES,
  type QuestionSpec,
  QUESTIONS,
  STEP_IDS,
  isAllowedAnswer,
  isOutcome,
  isQuestion,
  QUESTION_IDS,
  sanitizeAnswers,
} from './steps';

export type { Block, TitleVariant };

export interface FlowContext {
  /** The answers that apply to the current route, keyed by question. */
  answers: Answers;
  /** The steps from the start to the furthest one reached on the current answers. */
  route: StepId[];
  /** A question whose kept answer is passed through while reviewing. */
  passThrough: QuestionId | null;
  /** After "Endre" or a preset link: questions already answered are passed through. */
  review: boolean;
  /** Pages whose text an answer changed since the person last saw them: never passed through. */
  mustShow: QuestionId[];
}

export type FlowEvent =
  | { type: 'START' }
  | { type: 'ANSWER'; value: string }
  | { type: 'GOTO'; step: StepId; review?: boolean }
  | { type: 'RESUME'; answers: Answers; mustShow?: readonly string[] }
  | { type: 'RESTART' };

export type PageMeta =
  | { readonly kind: 'start'; readonly slug: ''; readonly blocks: readonly Block[]; readonly titles?: undefined }
  | {
      readonly kind: 'question';
      readonly question: QuestionId;
      readonly slug: string;
      readonly blocks: readonly Block[];
      readonly titles?: readonly TitleVariant[];
      /** Shows the answers so far, with a way to change each (the storage warning does). */
      readonly showAnswers?: boolean;
    }
  | { readonly kind: 'outcome'; readonly slug: string; readonly blocks: readonly Block[]; readonly titles?: readonly TitleVariant[] };

/**
 * A change never skips a warning. The answers each page's text depends on: when one of them
 * changes, the page is shown again, even while reviewing, and a question whose answer confirms
 * what its page says (QuestionSpec.confirmsText) is asked again. A test renders every page under
 * every changed answer and fails if a page whose text changed is missing here.
 */
export const TEXT_DEPENDS_ON: { readonly [Q in QuestionId]?: readonly QuestionId[] } = {
  signIn: ['purchase'],
  storage: ['plan'],
  confirm: ['plan', 'storage'],
  finish: ['country'],
  period: ['country'],
};

const dependentsOf = (question: QuestionId) => QUESTION_IDS.filter((q) => TEXT_DEPENDS_ON[q]?.includes(question));
const confirmsText = (question: QuestionId) => (QUESTIONS[question] as QuestionSpec).confirmsText === true;

/** The first question is always open: a link to it works without passing the start page. */
const initialContext = (): FlowContext => ({
  answers: {},
  route: ['start', 'reason'],
  passThrough: null,
  review: false,
  mustShow: [],
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
      const dependents = dependentsOf(question);
      return {
        answers: omit(answers, dependents.filter(confirmsText)),
        route: context.route.slice(0, at + 2),
        mustShow: [...new Set([...context.mustShow, ...dependents])],
      };
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
      const shown = isQuestion(to) && context.mustShow.includes(to);
      return {
        route,
        answers,
        passThrough: context.review && isQuestion(to) && answers[to] !== undefined && !shown ? to : null,
        review: isOutcome(to) ? false : context.review,
        mustShow: isOutcome(to) ? [] : context.mustShow.filter((q) => q !== to),
      };
    }),
    goTo: assign(({ context, event }) =>
      event.type === 'GOTO'
        ? { passThrough: null, review: event.review ?? context.review, mustShow: context.mustShow.filter((q) => q !== event.step) }
        : {},
    ),
    resume: assign(({ event }) => {
      const answers = event.type === 'RESUME' ? sanitizeAnswers(event.answers) : {};
      const mustShow = event.type === 'RESUME' ? QUESTION_IDS.filter((q) => event.mustShow?.includes(q)) : [];
      return {
        answers,
        route: ['start', 'reason'] as StepId[],
        passThrough: answers.reason === undefined || mustShow.includes('reason') ? null : ('reason' as const),
        review: true,
        mustShow,
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
  options: { showAnswers?: boolean; titles?: readonly TitleVariant[] } = {},
) {
  return flow.createStateConfig({
    id,
    meta: { kind: 'question', question: id, slug: QUESTIONS[id].slug, blocks, ...options },
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

function outcome(id: OutcomeId, blocks: readonly Block[], titles?: readonly TitleVariant[]) {
  return flow.createStateConfig({
    id,
    type: 'final',
    meta: { kind: 'outcome', slug: OUTCOMES[id].slug, blocks, titles },
  });
}

const LEAD = { key: 'lead', as: 'lead' } as const;
const NEXT_HEADING = { key: 'nextHeading', as: 'heading' } as const;
const NEXT = { key: 'next', as: 'list' } as const;

/** The blocks every outcome has: what applies, why, and what to do next. */
const OUTCOME_BLOCKS: readonly Block[] = [LEAD, 'why', NEXT_HEADING, NEXT];

/**
 * After «Jeg har avsluttet», and after each question about the subscription: the rules
 * (src/rules/refund.ts) ask for the facts that decide a prorated refund, in their order, only in
 * a country where they decide something, and then say what applies. Each question goes on to the
 * questions after it only.
 */
const REFUND_QUESTIONS: readonly Route[] = [
  { to: 'purchaseDate', when: 'asksPurchaseDate' },
  { to: 'period', when: 'asksPeriod' },
  { to: 'renewed', when: 'asksRenewal' },
];
const REFUND_OUTCOMES: readonly Route[] = [
  { to: 'notGuaranteed', when: 'cancelsInUnlistedCountry' },
  { to: 'prorated', when: 'proratedMayApply' },
  { to: 'notQualifying', when: 'notQualifying' },
  { to: 'proratedUnclear' },
];
const after = (question: QuestionId): readonly Route[] => [
  ...REFUND_QUESTIONS.slice(REFUND_QUESTIONS.findIndex((route) => route.to === question) + 1),
  ...REFUND_OUTCOMES,
];

/** Where a store's buyer cancels and asks for a refund (F20, F21): one set of texts per store. */
const perStore = (key: string, as?: 'lead' | 'heading' | 'list'): Block[] => [
  { key: `${key}GooglePlay`, as, when: 'boughtOnGooglePlay' },
  { key: `${key}Apple`, as, when: 'boughtOnApple' },
];

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
          [
            { to: 'alreadyExpiring', when: 'setToExpireOnManage' },
            { to: 'contactSupport', when: 'neitherLabelOnManage' },
            { to: 'cancel' },
          ],
        ),
        cancel: question('cancel',
          ['hint'],
          [
            { to: 'alreadyExpiring', when: 'setToExpireOnCancel' },
            { to: 'contactSupport', when: 'neitherLabelOnCancel' },
            { to: 'storage' },
          ],
        ),
        storage: question('storage',
          [{ key: 'lossShared', when: 'sharedPlan' }, { key: 'lossOwn', when: 'ownPlan' }],
          [{ to: 'confirm' }],
          { titles: [{ key: 'titleShared', when: 'sharedPlan' }] },
        ),
        confirm: question('confirm',
          [
            { key: 'overQuotaShared', when: 'overQuotaShared' },
            { key: 'overQuotaOwn', when: 'overQuotaOwn' },
            { key: 'overQuotaList', as: 'list', when: 'overQuota' },
            { key: 'withinQuotaShared', when: 'notOverQuotaShared' },
            { key: 'withinQuotaOwn', when: 'notOverQuotaOwn' },
            'quotas',
          ],
          [{ to: 'kept', when: 'keepsSubscription' }, { to: 'finish' }],
          { showAnswers: true },
        ),
        finish: question('finish',
          ['hint', { key: 'overdue', when: 'cancelsInProratedRefundCountry' }, 'terms'],
          [{ to: 'contactSupport', when: 'cancellationFailed' }, ...after('finish')],
        ),
        purchaseDate: question('purchaseDate', ['hint'], after('purchaseDate')),
        period: question('period', ['hint'], after('period')),
        renewed: question('renewed', ['hint'], after('renewed')),
        checkCharge: outcome('checkCharge', OUTCOME_BLOCKS),
        otherSubscription: outcome('otherSubscription', OUTCOME_BLOCKS),
        appStore: outcome(
          'appStore',
          [
            ...perStore('lead', 'lead'),
            ...perStore('why'),
            ...perStore('cancelHeading', 'heading'),
            ...perStore('cancel', 'list'),
            ...perStore('cancelNote'),
            ...perStore('refundHeading', 'heading'),
            ...perStore('refund', 'list'),
            ...perStore('support'),
          ],
          [
            { key: 'titleGooglePlay', when: 'boughtOnGooglePlay' },
            { key: 'titleApple', when: 'boughtOnApple' },
          ],
        ),
        cannotFind: outcome('cannotFind', OUTCOME_BLOCKS),
        alreadyExpiring: outcome('alreadyExpiring', [
          LEAD,
          { key: 'whyManage', when: 'setToExpireOnManage' },
          { key: 'whyCancel', when: 'setToExpireOnCancel' },
          NEXT_HEADING,
          NEXT,
        ]),
        kept: outcome('kept', OUTCOME_BLOCKS),
        contactSupport: outcome('contactSupport', [
          LEAD,
          { key: 'whyFailed', when: 'cancellationFailed' },
          { key: 'whyNeitherOnManage', when: 'neitherLabelOnManage' },
          { key: 'whyNeitherOnCancel', when: 'neitherLabelOnCancel' },
          NEXT_HEADING,
          NEXT,
        ]),
        prorated: outcome('prorated', [
          LEAD,
          { key: 'whyAnyLength', when: 'proratedAnyLength' },
          { key: 'whyRenewalPeriod', when: 'proratedRenewalPeriod' },
          NEXT_HEADING,
          NEXT,
          'source',
          'terms',
        ]),
        notQualifying: outcome('notQualifying', [
          LEAD,
          { key: 'whyMonthly', when: 'monthlyDoesNotQualify' },
          { key: 'whyNotRenewed', when: 'notRenewedDoesNotQualify' },
          NEXT_HEADING,
          NEXT,
          'source',
        ]),
        proratedUnclear: outcome('proratedUnclear', [
          LEAD,
          { key: 'whyPurchaseDate', when: 'unclearPurchaseDate' },
          { key: 'whyBeforeDate', when: 'boughtBeforeRuleDate' },
          { key: 'whyPeriod', when: 'unclearPeriod' },
          { key: 'whyRenewal', when: 'unclearRenewal' },
          NEXT_HEADING,
          NEXT,
        ]),
        notGuaranteed: outcome('notGuaranteed', [...OUTCOME_BLOCKS, 'source']),
      },
    },
  },
});

export type RefundMachine = typeof refundMachine;
