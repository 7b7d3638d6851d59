import { describe, expect, it } from 'vitest';
import { stepOf } from '../../src/flow/snapshot';
import { FULL_PATH, answer, run, stepAfter } from './flow-helpers';

const START = { type: 'START' } as const;

describe('the refund machine', () => {
  it('walks the longest path to a prorated refund in Denmark', () => {
    const actor = run(START, ...FULL_PATH.map(answer));
    expect(stepOf(actor.getSnapshot())).toBe('prorated');
    expect(actor.getSnapshot().status).toBe('active');
  });

  it('ignores an answer the question does not offer', () => {
    expect(stepAfter(START, answer('kanskje'))).toBe('reason');
    expect(stepAfter(START, answer('avslutte'), answer('avslutte'))).toBe('plan');
  });

  it('goes back only to steps on the route, and forward again', () => {
    const actor = run(START, answer('avslutte'), answer('personal'), answer('microsoft'));
    expect(stepOf(actor.getSnapshot())).toBe('country');
    actor.send({ type: 'GOTO', step: 'plan' });
    expect(stepOf(actor.getSnapshot())).toBe('plan');
    actor.send({ type: 'GOTO', step: 'country' });
    expect(stepOf(actor.getSnapshot())).toBe('country');
    actor.send({ type: 'GOTO', step: 'finish' });
    expect(stepOf(actor.getSnapshot())).toBe('country');
  });

  it('keeps later answers when the same turn is taken, drops them on a new turn', () => {
    const actor = run(START, answer('avslutte'), answer('personal'), answer('microsoft'), answer('NO'));
    actor.send({ type: 'GOTO', step: 'plan' });
    actor.send(answer('familie'));
    expect(actor.getSnapshot().context.answers).toMatchObject({ plan: 'familie', purchase: 'microsoft', country: 'NO' });
    actor.send({ type: 'GOTO', step: 'purchase' });
    actor.send(answer('apple'));
    expect(stepOf(actor.getSnapshot())).toBe('appStore');
    expect(actor.getSnapshot().context.answers.country).toBeUndefined();
  });

  it('returns to the outcome after a change while reviewing, asking only what is new', () => {
    const actor = run(START, ...FULL_PATH.map(answer));
    actor.send({ type: 'GOTO', step: 'country', review: true });
    expect(stepOf(actor.getSnapshot())).toBe('country');
    actor.send(answer('NO'));
    // The finish page's text depends on the country (F18): it is shown again, then passed on.
    expect(stepOf(actor.getSnapshot())).toBe('finish');
    actor.send(answer('avsluttet'));
    expect(stepOf(actor.getSnapshot())).toBe('notGuaranteed');
    actor.send({ type: 'GOTO', step: 'purchase', review: true });
    actor.send(answer('google-play'));
    expect(stepOf(actor.getSnapshot())).toBe('appStore');
    actor.send({ type: 'GOTO', step: 'purchase', review: true });
    actor.send(answer('usikker'));
    expect(stepOf(actor.getSnapshot())).toBe('country');
  });

  it('resumes from answers and stops at the first one missing', () => {
    const actor = run({ type: 'RESUME', answers: { plan: 'familie', purchase: 'apple' } });
    expect(stepOf(actor.getSnapshot())).toBe('reason');
    actor.send(answer('avslutte'));
    expect(stepOf(actor.getSnapshot())).toBe('appStore');
  });

  it('starts over from any step, outcomes included', () => {
    const actor = run(START, answer('ukjent-trekk'));
    expect(stepOf(actor.getSnapshot())).toBe('checkCharge');
    actor.send({ type: 'RESTART' });
    expect(stepOf(actor.getSnapshot())).toBe('start');
    expect(actor.getSnapshot().context.answers).toEqual({});
  });
});
