import type { CountryCode } from './countries';

/**
 * Countries where cancelling may give a prorated refund (F6). Each entry is data so that the
 * refinements known from Microsoft's own article (which subscription lengths qualify, a purchase
 * date in Germany) can be added as conditions later without touching the flow or the pages.
 */
export interface ProratedRefundRule {
  readonly country: CountryCode;
  /** Which subscriptions qualify; the seed article does not distinguish yet. */
  readonly qualifies: 'any-subscription';
}

export const PRORATED_REFUND_RULES: readonly ProratedRefundRule[] = [
  { country: 'CA', qualifies: 'any-subscription' },
  { country: 'DK', qualifies: 'any-subscription' },
  { country: 'FI', qualifies: 'any-subscription' },
  { country: 'DE', qualifies: 'any-subscription' },
  { country: 'IL', qualifies: 'any-subscription' },
  { country: 'KR', qualifies: 'any-subscription' },
  { country: 'NL', qualifies: 'any-subscription' },
  { country: 'PL', qualifies: 'any-subscription' },
  { country: 'PT', qualifies: 'any-subscription' },
  { country: 'TR', qualifies: 'any-subscription' },
];

export function proratedRefundRule(country: string | undefined): ProratedRefundRule | undefined {
  return PRORATED_REFUND_RULES.find((rule) => rule.country === country);
}

export function isProratedRefundCountry(country: string | undefined): boolean {
  return proratedRefundRule(country) !== undefined;
}

export const PLANS = ['basic', 'personal', 'familie'] as const;
export type Plan = (typeof PLANS)[number];

/** What is left after cancelling (F12): the free quota every Microsoft account has. */
export const FREE_QUOTA = { cloudGb: 5, mailboxGb: 15 } as const;

export interface CancellationLoss {
  /** Storage drops to FREE_QUOTA for the subscriber. */
  readonly storageToFreeQuota: true;
  /** Everyone the subscription is shared with drops too, and loses the other benefits (F13). */
  readonly sharedMembersLoseBenefits: boolean;
}

export const CANCELLATION_LOSS: Readonly<Record<Plan, CancellationLoss>> = {
  basic: { storageToFreeQuota: true, sharedMembersLoseBenefits: false },
  personal: { storageToFreeQuota: true, sharedMembersLoseBenefits: false },
  familie: { storageToFreeQuota: true, sharedMembersLoseBenefits: true },
};

export function isPlan(value: string | undefined): value is Plan {
  return PLANS.some((plan) => plan === value);
}

export function cancellationLoss(plan: string | undefined): CancellationLoss | undefined {
  return isPlan(plan) ? CANCELLATION_LOSS[plan] : undefined;
}

/** Stores where Microsoft's account pages cannot cancel or refund (F5). */
export const APP_STORES = ['google-play', 'apple'] as const;
export type AppStore = (typeof APP_STORES)[number];

export function isAppStore(purchase: string | undefined): purchase is AppStore {
  return APP_STORES.some((store) => store === purchase);
}
