import { describe, expect, it } from 'vitest';
import { ENVELOPE_VERSION, fromEnvelope, toEnvelope } from '../../src/flow/persist';

const ID = 'refusjonsveiviser';
const good = { step: 'country' as const, answers: { reason: 'avslutte', plan: 'familie', purchase: 'microsoft' } as const, review: false };

describe('the stored envelope', () => {
  it('round-trips what it stores', () => {
    expect(fromEnvelope(ID, toEnvelope(ID, good))).toEqual(good);
  });

  it.each([
    ['nothing', null],
    ['not JSON', '{"v":1,'],
    ['JSON that is not an object', '"hei"'],
    ['an older version', JSON.stringify({ v: ENVELOPE_VERSION - 1, machine: ID, snapshot: good })],
    ['a newer version', JSON.stringify({ v: ENVELOPE_VERSION + 1, machine: ID, snapshot: good })],
    ['another machine', JSON.stringify({ v: ENVELOPE_VERSION, machine: 'other', snapshot: good })],
    ['an unknown step', JSON.stringify({ v: ENVELOPE_VERSION, machine: ID, snapshot: { ...good, step: 'admin' } })],
    ['a tampered answer', JSON.stringify({ v: ENVELOPE_VERSION, machine: ID, snapshot: { ...good, answers: { plan: '<b>x</b>' } } })],
    ['an unknown question', JSON.stringify({ v: ENVELOPE_VERSION, machine: ID, snapshot: { ...good, answers: { email: 'a@b.no' } } })],
    ['review that is not a boolean', JSON.stringify({ v: ENVELOPE_VERSION, machine: ID, snapshot: { ...good, review: 'yes' } })],
    ['a huge envelope', JSON.stringify({ v: ENVELOPE_VERSION, machine: ID, snapshot: good, pad: 'x'.repeat(10_000) })],
  ])('drops %s', (_, text) => {
    expect(fromEnvelope(ID, text)).toBeNull();
  });
});
