import type { CountryCode } from './countries';

/**
 * The two tiers of Microsoft's article on prorated refunds (F16, F17): in some countries any
 * subscription may qualify; in others only one longer than a month that has renewed, and then only
 * for the renewal period.
 */
export type ProratedTier = 'any-length' | 'renewal-period';

export interface ProratedRefundRule {
  readonly country: CountryCode;
  readonly tier: ProratedTier;
  /**
   * Only a subscription bought after this day (ISO 8601) qualifies. The article says nothing of
   * one bought on the day or earlier.
   */
  readonly boughtAfter?: string;
}

/** The seed's list of ten (F6), each with its tier; Microsoft's article may list more (F19). */
export const PRORATED_REFUND_RULES: readonly ProratedRefundRule[] = [
  { country: 'CA', tier: 'any-length' },
  { country: 'DK', tier: 'any-length' },
  { country: 'IL', tier: 'any-length' },
  { country: 'KR', tier: 'any-length' },
  { country: 'TR', tier: 'any-length' },
  { country: 'FI', tier: 'renewal-period' },
  { country: 'DE', tier: 'renewal-period', boughtAfter: '2022-03-01' },
  { country: 'NL', tier: 'renewal-period' },
  { country: 'PL', tier: 'renewal-period' },
  { country: 'PT', tier: 'renewal-period' },
];

export function proratedRefundRule(country: string | undefined): ProratedRefundRule | undefined {
  return PRORATED_REFUND_RULES.find((rule) => rule.country === country);
}

export function isProratedRefundCountry(country: string | undefined): boolean {
  return proratedRefundRule(country) !== undefined;
}

/** What the person knows of the subscription; `undefined` is not asked yet, 'unknown' is "not sure". */
export interface SubscriptionFacts {
  /** When it was bought, against the rule's date. */
  readonly bought?: 'after' | 'on' | 'before' | 'unknown';
  /** How long each period is. */
  readonly period?: 'month' | 'longer' | 'unknown';
  readonly renewed?: 'yes' | 'no' | 'unknown';
}

export type ProratedVerdict =
  /** Not one of the listed countries. */
  | { readonly kind: 'unlisted' }
  /** One more fact decides it. */
  | { readonly kind: 'ask'; readonly fact: keyof SubscriptionFacts }
  | { readonly kind: 'may-apply'; readonly tier: ProratedTier }
  | { readonly kind: 'does-not-qualify'; readonly because: 'monthly' | 'not-renewed' }
  /** The person is not sure of a fact that decides it, or bought it on the rule's day. */
  | { readonly kind: 'unclear'; readonly because: keyof SubscriptionFacts }
  /** Bought before the rule's date: the article does not say. */
  | { readonly kind: 'not-said' };

/** The order the facts are asked in: the purchase date first, since before it nothing else matters. */
export const FACT_ORDER = ['bought', 'period', 'renewed'] as const satisfies readonly (keyof SubscriptionFacts)[];

/**
 * What the article says of a prorated refund for this country and these facts, asking for one
 * fact at a time in FACT_ORDER; a fact after the first decisive one is not looked at.
 */
export function proratedVerdict(country: string | undefined, facts: SubscriptionFacts): ProratedVerdict {
  const rule = proratedRefundRule(country);
  if (!rule) return { kind: 'unlisted' };
  if (rule.tier === 'any-length') return { kind: 'may-apply', tier: rule.tier };
  if (rule.boughtAfter !== undefined) {
    if (facts.bought === undefined) return { kind: 'ask', fact: 'bought' };
    if (facts.bought === 'before') return { kind: 'not-said' };
    if (facts.bought !== 'after') return { kind: 'unclear', because: 'bought' };
  }
  if (facts.period === undefined) return { kind: 'ask', fact: 'period' };
  if (facts.period === 'month') return { kind: 'does-not-qualify', because: 'monthly' };
  if (facts.period === 'unknown') return { kind: 'unclear', because: 'period' };
  if (facts.renewed === undefined) return { kind: 'ask', fact: 'renewed' };
  if (facts.renewed === 'no') return { kind: 'does-not-qualify', because: 'not-renewed' };
  if (facts.renewed === 'unknown') return { kind: 'unclear', because: 'renewed' };
  return { kind: 'may-apply', tier: rule.tier };
}

/** Whether the rules ask for this fact, knowing only the facts asked before it. */
export function asksFor(country: string | undefined, facts: SubscriptionFacts, fact: keyof SubscriptionFacts): boolean {
  const before = FACT_ORDER.slice(0, FACT_ORDER.indexOf(fact));
  const known = Object.fromEntries(before.map((f) => [f, facts[f]])) as SubscriptionFacts;
  const verdict = proratedVerdict(country, known);
  return verdict.kind === 'ask' && verdict.fact === fact;
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
