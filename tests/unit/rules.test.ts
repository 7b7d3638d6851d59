import { describe, expect, it } from 'vitest';
import { COUNTRY_CODES } from '../../src/rules/countries';
import {
  CANCELLATION_LOSS,
  FREE_QUOTA,
  PLANS,
  PRORATED_REFUND_RULES,
  cancellationLoss,
  isAppStore,
  isProratedRefundCountry,
  proratedVerdict,
} from '../../src/rules/refund';
import { stepAfter } from './flow-helpers';

const TEN = ['CA', 'DK', 'FI', 'DE', 'IL', 'KR', 'NL', 'PL', 'PT', 'TR'];
const ANY_LENGTH = ['CA', 'DK', 'IL', 'KR', 'TR'];
const RENEWAL_PERIOD = ['FI', 'DE', 'NL', 'PL', 'PT'];
const CANCELLED = ['avslutte', 'personal', 'microsoft'];
const AFTER_COUNTRY = ['ser-det', 'administrer', 'avbryt', 'nei', 'avslutt', 'avsluttet'];
const walk = (country: string, ...more: string[]) =>
  stepAfter({ type: 'START' }, ...[...CANCELLED, country, ...AFTER_COUNTRY, ...more].map((value) => ({ type: 'ANSWER' as const, value })));

describe('prorated refunds (F6, F16 to F19)', () => {
  it('lists exactly the ten countries of the article, as ISO codes, each in its tier', () => {
    expect(PRORATED_REFUND_RULES.map((rule) => rule.country).sort()).toEqual([...TEN].sort());
    for (const code of TEN) expect(COUNTRY_CODES).toContain(code);
    expect(PRORATED_REFUND_RULES.filter((r) => r.tier === 'any-length').map((r) => r.country).sort()).toEqual([...ANY_LENGTH].sort());
    expect(PRORATED_REFUND_RULES.filter((r) => r.tier === 'renewal-period').map((r) => r.country).sort()).toEqual(
      [...RENEWAL_PERIOD].sort(),
    );
    expect(PRORATED_REFUND_RULES.filter((r) => r.boughtAfter !== undefined)).toEqual([
      { country: 'DE', tier: 'renewal-period', boughtAfter: '2022-03-01' },
    ]);
  });

  it.each(ANY_LENGTH)('%s: any subscription may qualify, and nothing more is asked (F16)', (country) => {
    expect(isProratedRefundCountry(country)).toBe(true);
    expect(proratedVerdict(country, {})).toEqual({ kind: 'may-apply', tier: 'any-length' });
    expect(walk(country)).toBe('prorated');
  });

  it.each(RENEWAL_PERIOD.filter((c) => c !== 'DE'))('%s: only a renewed subscription longer than a month (F17)', (country) => {
    expect(proratedVerdict(country, {})).toEqual({ kind: 'ask', fact: 'period' });
    expect(proratedVerdict(country, { period: 'month' })).toEqual({ kind: 'does-not-qualify', because: 'monthly' });
    expect(proratedVerdict(country, { period: 'longer' })).toEqual({ kind: 'ask', fact: 'renewed' });
    expect(proratedVerdict(country, { period: 'longer', renewed: 'no' })).toEqual({ kind: 'does-not-qualify', because: 'not-renewed' });
    expect(proratedVerdict(country, { period: 'longer', renewed: 'yes' })).toEqual({ kind: 'may-apply', tier: 'renewal-period' });
    expect(walk(country)).toBe('period');
    expect(walk(country, 'maned')).toBe('notQualifying');
    expect(walk(country, 'ar')).toBe('renewed');
    expect(walk(country, 'ar', 'ja')).toBe('prorated');
    expect(walk(country, 'ar', 'nei')).toBe('notQualifying');
  });

  it('Germany: bought after 1 March 2022 first, then as the other renewal-period countries', () => {
    expect(proratedVerdict('DE', {})).toEqual({ kind: 'ask', fact: 'bought' });
    expect(proratedVerdict('DE', { bought: 'after' })).toEqual({ kind: 'ask', fact: 'period' });
    expect(proratedVerdict('DE', { bought: 'after', period: 'longer', renewed: 'yes' })).toEqual({ kind: 'may-apply', tier: 'renewal-period' });
    expect(proratedVerdict('DE', { bought: 'after', period: 'month' })).toEqual({ kind: 'does-not-qualify', because: 'monthly' });
    expect(walk('DE')).toBe('purchaseDate');
    expect(walk('DE', 'etter', 'ar', 'ja')).toBe('prorated');
    expect(walk('DE', 'etter', 'maned')).toBe('notQualifying');
  });

  it('Germany: on the day, or not known, is an honest "may be"; before it, the article does not say', () => {
    expect(proratedVerdict('DE', { bought: 'on' })).toEqual({ kind: 'unclear', because: 'bought' });
    expect(proratedVerdict('DE', { bought: 'unknown' })).toEqual({ kind: 'unclear', because: 'bought' });
    expect(proratedVerdict('DE', { bought: 'before', period: 'longer', renewed: 'yes' })).toEqual({ kind: 'not-said' });
    expect(walk('DE', 'samme-dag')).toBe('proratedUnclear');
    expect(walk('DE', 'vet-ikke')).toBe('proratedUnclear');
    expect(walk('DE', 'for')).toBe('proratedUnclear');
  });

  it('"not sure" of the period or the renewal leads to an honest "may be"', () => {
    expect(proratedVerdict('FI', { period: 'unknown' })).toEqual({ kind: 'unclear', because: 'period' });
    expect(proratedVerdict('FI', { period: 'longer', renewed: 'unknown' })).toEqual({ kind: 'unclear', because: 'renewed' });
    expect(walk('FI', 'vet-ikke')).toBe('proratedUnclear');
    expect(walk('FI', 'ar', 'vet-ikke')).toBe('proratedUnclear');
    expect(walk('DE', 'etter', 'vet-ikke')).toBe('proratedUnclear');
  });

  it.each(['NO', 'SE', 'US', 'GB', 'FR'])('%s is not on the list, and nothing more is asked', (country) => {
    expect(isProratedRefundCountry(country)).toBe(false);
    expect(proratedVerdict(country, { period: 'longer', renewed: 'yes' })).toEqual({ kind: 'unlisted' });
    expect(walk(country)).toBe('notGuaranteed');
  });

  it('knows nothing of codes that are not countries', () => {
    for (const value of [undefined, '', 'dk', 'XX', 'constructor']) {
      expect(isProratedRefundCountry(value)).toBe(false);
      expect(proratedVerdict(value, {})).toEqual({ kind: 'unlisted' });
    }
  });
});

describe('what a plan loses when cancelled (F12, F13)', () => {
  it('drops every plan to 5 GB in the cloud and 15 GB of mailbox', () => {
    expect(FREE_QUOTA).toEqual({ cloudGb: 5, mailboxGb: 15 });
    for (const plan of PLANS) expect(cancellationLoss(plan)?.storageToFreeQuota).toBe(true);
  });

  it('takes the benefits of the people shared with only for Family', () => {
    expect(CANCELLATION_LOSS.familie.sharedMembersLoseBenefits).toBe(true);
    expect(CANCELLATION_LOSS.personal.sharedMembersLoseBenefits).toBe(false);
    expect(CANCELLATION_LOSS.basic.sharedMembersLoseBenefits).toBe(false);
  });

  it('has nothing to say of another subscription', () => {
    expect(cancellationLoss('annet')).toBeUndefined();
    expect(cancellationLoss('toString')).toBeUndefined();
  });
});

describe('app stores (F5)', () => {
  it('are Google Play and Apple, not Microsoft or "not sure"', () => {
    expect(isAppStore('google-play')).toBe(true);
    expect(isAppStore('apple')).toBe(true);
    expect(isAppStore('microsoft')).toBe(false);
    expect(isAppStore('usikker')).toBe(false);
  });
});
