import { describe, expect, it } from 'vitest';
import { refundMachine } from '../../src/flow/machine';
import { OUTCOME_IDS, STEP_IDS, isOutcome } from '../../src/flow/steps';
import { allWalksToOutcomes, shortestWalkToEachOutcome, shortestWalks } from '../paths';

describe('the machine as a graph', () => {
  it('reaches every step it defines', () => {
    const reached = new Set(shortestWalks().map((walk) => walk.end));
    expect([...reached].sort()).toEqual([...STEP_IDS].sort());
  });

  it('reaches every outcome, and every outcome is a final state', () => {
    const walks = shortestWalkToEachOutcome();
    expect([...walks.keys()].sort()).toEqual([...OUTCOME_IDS].sort());
    for (const outcome of OUTCOME_IDS) expect(refundMachine.getStateNodeById(outcome).type).toBe('final');
  });

  it('ends every walk at an outcome: no dead end, no loop', () => {
    const walks = allWalksToOutcomes();
    expect(walks.length).toBeGreaterThan(OUTCOME_IDS.length);
    for (const walk of walks) {
      expect(isOutcome(walk.end)).toBe(true);
      const asked = walk.answers.map((a) => a.question);
      expect(new Set(asked).size).toBe(asked.length);
    }
  });

  it('decides each outcome by the answer the spec names', () => {
    const byOutcome = Object.fromEntries(
      [...shortestWalkToEachOutcome()].map(([id, walk]) => [id, walk.answers.map((a) => `${a.question}=${a.value}`)]),
    );
    expect(byOutcome.checkCharge).toEqual(['reason=ukjent-trekk']);
    expect(byOutcome.otherSubscription).toEqual(['reason=avslutte', 'plan=annet']);
    expect(byOutcome.appStore?.at(-1)).toBe('purchase=google-play');
    expect(byOutcome.cannotFind?.at(-1)).toBe('signIn=finner-ikke');
    expect(byOutcome.alreadyExpiring?.at(-1)).toBe('manage=sla-pa');
    expect(byOutcome.kept?.at(-1)).toBe('confirm=behold');
    expect(byOutcome.contactSupport?.at(-1)).toBe('manage=ingen');
    expect(byOutcome.prorated).toContain('country=DK');
    expect(byOutcome.prorated?.at(-1)).toBe('finish=avsluttet');
    expect(byOutcome.notGuaranteed).toContain('country=NO');
    expect(byOutcome.notQualifying?.slice(-2)).toEqual(['finish=avsluttet', 'period=maned']);
    expect(byOutcome.notQualifying).toContain('country=FI');
    expect(byOutcome.proratedUnclear?.at(-1)).toMatch(/^(period=vet-ikke|purchaseDate=(samme-dag|for|vet-ikke))$/);
  });

  it('asks about the subscription only where the country makes it decide something', () => {
    for (const walk of allWalksToOutcomes()) {
      const asked = new Set(walk.answers.map((a) => a.question));
      const country = walk.answers.find((a) => a.question === 'country')?.value;
      if (country !== 'FI' && country !== 'DE') expect(asked.has('period') || asked.has('renewed')).toBe(false);
      if (country !== 'DE') expect(asked.has('purchaseDate')).toBe(false);
      if (asked.has('period')) expect(walk.answers.find((a) => a.question === 'finish')?.value).toBe('avsluttet');
    }
  });
});
