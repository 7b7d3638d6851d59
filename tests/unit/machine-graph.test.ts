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
    expect(byOutcome.contactSupport?.at(-1)).toBe('finish=feil');
    expect(byOutcome.prorated).toContain('country=DK');
    expect(byOutcome.notGuaranteed).toContain('country=NO');
  });
});
