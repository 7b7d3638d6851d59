import { cancellationLoss, isAppStore, isProratedRefundCountry } from '../rules/refund';
import type { Answers } from './steps';

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
  sharedMembersLoseBenefits: (a: Answers) => cancellationLoss(a.plan)?.sharedMembersLoseBenefits === true,
  overQuota: (a: Answers) => a.storage === 'ja',
  notOverQuota: (a: Answers) => a.storage !== 'ja',
  keepsSubscription: (a: Answers) => a.confirm === 'behold',
  cancellationFailed: (a: Answers) => a.finish === 'feil',
  cancelsInProratedRefundCountry: (a: Answers) => isProratedRefundCountry(a.country),
} satisfies Record<string, (answers: Answers) => boolean>;

export type Condition = keyof typeof CONDITIONS;

/** How a block is marked up: a paragraph (the default), the page's lead, a heading or a list. */
export type BlockMarkup = 'text' | 'lead' | 'heading' | 'list';

/** A paragraph, heading or list of a page: an i18n key under the page's own key, shown when its condition holds. */
export type Block = string | { readonly key: string; readonly as?: BlockMarkup; readonly when?: Condition };

/** The blocks whose condition holds for these answers, in order, each with its markup. */
export function shownBlocks(blocks: readonly Block[], answers: Answers): { key: string; as: BlockMarkup }[] {
  return blocks
    .map((block) => (typeof block === 'string' ? { key: block } : block))
    .filter((block) => block.when === undefined || CONDITIONS[block.when](answers))
    .map(({ key, as = 'text' }) => ({ key, as }));
}
