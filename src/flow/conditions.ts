import { cancellationLoss, isProratedRefundCountry } from '../rules/refund';
import type { Answers } from './steps';

/**
 * Named facts about the answers so far. Pages use them (by name, in their meta) to decide which
 * paragraphs to show; the machine's guards use the same names where they route.
 */
export const CONDITIONS = {
  purchaseUnsure: (a: Answers) => a.purchase === 'usikker',
  boughtOnGooglePlay: (a: Answers) => a.purchase === 'google-play',
  boughtOnApple: (a: Answers) => a.purchase === 'apple',
  sharedMembersLoseBenefits: (a: Answers) => cancellationLoss(a.plan)?.sharedMembersLoseBenefits === true,
  overQuota: (a: Answers) => a.storage === 'ja',
  notOverQuota: (a: Answers) => a.storage !== 'ja',
  proratedRefundCountry: (a: Answers) => isProratedRefundCountry(a.country),
} satisfies Record<string, (answers: Answers) => boolean>;

export type Condition = keyof typeof CONDITIONS;
