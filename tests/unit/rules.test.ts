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
} from '../../src/rules/refund';
import { stepAfter } from './flow-helpers';

const TEN = ['CA', 'DK', 'FI', 'DE', 'IL', 'KR', 'NL', 'PL', 'PT', 'TR'];
const toRefund = (country: string) =>
  stepAfter(
    { type: 'START' },
    ...['avslutte', 'personal', 'microsoft', country, 'ser-det', 'administrer', 'avbryt', 'nei', 'avslutt', 'avsluttet'].map(
      (value) => ({ type: 'ANSWER' as const, value }),
    ),
  );

describe('prorated refunds (F6)', () => {
  it('lists exactly the ten countries of the article, as ISO codes', () => {
    expect(PRORATED_REFUND_RULES.map((rule) => rule.country).sort()).toEqual([...TEN].sort());
    for (const code of TEN) expect(COUNTRY_CODES).toContain(code);
  });

  it.each(TEN)('%s gives the prorated outcome', (country) => {
    expect(isProratedRefundCountry(country)).toBe(true);
    expect(toRefund(country)).toBe('prorated');
  });

  it.each(['NO', 'SE', 'US', 'GB', 'FR'])('%s does not', (country) => {
    expect(isProratedRefundCountry(country)).toBe(false);
    expect(toRefund(country)).toBe('notGuaranteed');
  });

  it('knows nothing of codes that are not countries', () => {
    for (const value of [undefined, '', 'dk', 'XX', 'constructor']) expect(isProratedRefundCountry(value)).toBe(false);
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
