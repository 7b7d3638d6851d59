import { type ProratedVerdict, type SubscriptionFacts, asksFor, cancellationLoss, isAppStore, isProratedRefundCountry, proratedVerdict } from '../rules/refund';
import type { Answers } from './steps';

const BOUGHT = { etter: 'after', 'samme-dag': 'on', for: 'before', 'vet-ikke': 'unknown' } as const;
const PERIOD = { maned: 'month', ar: 'longer', 'vet-ikke': 'unknown' } as const;
const RENEWED = { ja: 'yes', nei: 'no', 'vet-ikke': 'unknown' } as const;

const factsOf = (a: Answers): SubscriptionFacts => ({
  bought: a.purchaseDate && BOUGHT[a.purchaseDate],
  period: a.period && PERIOD[a.period],
  renewed: a.renewed && RENEWED[a.renewed],
});

/** What the rules say of a prorated refund for these answers (src/rules/refund.ts). */
const verdict = (a: Answers) => proratedVerdict(a.country, factsOf(a));

/** Whether the rules ask this, knowing only the answers before it (an answer kept from before does not skip it). */
const asks = (fact: keyof SubscriptionFacts) => (a: Answers) => asksFor(a.country, factsOf(a), fact);

/** A condition on the rules' verdict. */
const onVerdict = (test: (v: ProratedVerdict) => boolean) => (a: Answers) => test(verdict(a));

const shared = (a: Answers) => cancellationLoss(a.plan)?.sharedMembersLoseBenefits === true;

/**
 * Named facts about the answers so far, in one registry: the machine's guards are these (a route
 * names the fact it turns on), and a page's meta names them for the paragraphs shown only when
 * one holds.
 */
export const CONDITIONS = {
  chargeNotRecognised: (a: Answers) => a.reason === 'ukjent-trekk',
  otherSubscription: (a: Answers) => a.plan === 'annet',
  boughtInAppStore: (a: Answers) => isAppStore(a.purchase),
  boughtOnGooglePlay: (a: Answers) => a.purchase === 'google-play',
  boughtOnApple: (a: Answers) => a.purchase === 'apple',
  purchaseUnsure: (a: Answers) => a.purchase === 'usikker',
  subscriptionNotFound: (a: Answers) => a.signIn === 'finner-ikke',
  setToExpireOnManage: (a: Answers) => a.manage === 'sla-pa',
  setToExpireOnCancel: (a: Answers) => a.cancel === 'sla-pa',
  neitherLabelOnManage: (a: Answers) => a.manage === 'ingen',
  neitherLabelOnCancel: (a: Answers) => a.cancel === 'ingen',
  sharedPlan: shared,
  ownPlan: (a: Answers) => !shared(a),
  overQuotaShared: (a: Answers) => a.storage === 'ja' && shared(a),
  overQuotaOwn: (a: Answers) => a.storage === 'ja' && !shared(a),
  overQuota: (a: Answers) => a.storage === 'ja',
  notOverQuotaShared: (a: Answers) => a.storage !== 'ja' && shared(a),
  notOverQuotaOwn: (a: Answers) => a.storage !== 'ja' && !shared(a),
  keepsSubscription: (a: Answers) => a.confirm === 'behold',
  cancellationFailed: (a: Answers) => a.finish === 'feil',
  cancelsInProratedRefundCountry: (a: Answers) => isProratedRefundCountry(a.country),
  cancelsInUnlistedCountry: (a: Answers) => !isProratedRefundCountry(a.country),
  asksPurchaseDate: asks('bought'),
  asksPeriod: asks('period'),
  asksRenewal: asks('renewed'),
  proratedMayApply: onVerdict((v) => v.kind === 'may-apply'),
  proratedAnyLength: onVerdict((v) => v.kind === 'may-apply' && v.tier === 'any-length'),
  proratedRenewalPeriod: onVerdict((v) => v.kind === 'may-apply' && v.tier === 'renewal-period'),
  notQualifying: onVerdict((v) => v.kind === 'does-not-qualify'),
  monthlyDoesNotQualify: onVerdict((v) => v.kind === 'does-not-qualify' && v.because === 'monthly'),
  notRenewedDoesNotQualify: onVerdict((v) => v.kind === 'does-not-qualify' && v.because === 'not-renewed'),
  unclearPurchaseDate: onVerdict((v) => v.kind === 'unclear' && v.because === 'bought'),
  unclearPeriod: onVerdict((v) => v.kind === 'unclear' && v.because === 'period'),
  unclearRenewal: onVerdict((v) => v.kind === 'unclear' && v.because === 'renewed'),
  boughtBeforeRuleDate: onVerdict((v) => v.kind === 'not-said'),
} satisfies Record<string, (answers: Answers) => boolean>;

export type Condition = keyof typeof CONDITIONS;

/** How a block is marked up: a paragraph (the default), the page's lead, a heading or a list. */
export type BlockMarkup = 'text' | 'lead' | 'heading' | 'list';

/** A paragraph, heading or list of a page: an i18n key under the page's own key, shown when its condition holds. */
export type Block = string | { readonly key: string; readonly as?: BlockMarkup; readonly when?: Condition };

/** A page's title where it depends on the answers: the first whose condition holds. */
export interface TitleVariant {
  readonly key: string;
  readonly when: Condition;
}

/** The blocks whose condition holds for these answers, in order, each with its markup. */
export function shownBlocks(blocks: readonly Block[], answers: Answers): { key: string; as: BlockMarkup }[] {
  return blocks
    .map((block) => (typeof block === 'string' ? { key: block } : block))
    .filter((block) => block.when === undefined || CONDITIONS[block.when](answers))
    .map(({ key, as = 'text' }) => ({ key, as }));
}

/** The key of the title these answers show: a variant whose condition holds, else `title`. */
export function shownTitle(titles: readonly TitleVariant[] | undefined, answers: Answers): string {
  return titles?.find(({ when }) => CONDITIONS[when](answers))?.key ?? 'title';
}
