import { describe, expect, it } from 'vitest';
import { ENVELOPE_VERSION, fromEnvelope, toEnvelope } from '../../src/flow/persist';

const ID = 'refusjonsveiviser';
const good = { step: 'country' as const, answers: { reason: 'avslutte', plan: 'familie', purchase: 'microsoft' } as const, review: false };

describe('the stored envelope', () => {
  it('round-trips what it stores', () => {
    const reviewing = { ...good, review: true, mustShow: ['storage' as const, 'confirm' as const] };
    expect(fromEnvelope(ID, toEnvelope(ID, reviewing))).toEqual(reviewing);
  });

  it('opens what the previous flow version stored: the same answers, keyed by question, with nothing to show again', () => {
    const previous = JSON.stringify({ v: 1, machine: ID, snapshot: good });
    expect(fromEnvelope(ID, previous)).toEqual({ ...good, mustShow: [] });
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
    ['pages to show that are not questions', JSON.stringify({ v: ENVELOPE_VERSION, machine: ID, snapshot: { ...good, mustShow: ['admin'] } })],
    ['pages to show that are not a list', JSON.stringify({ v: ENVELOPE_VERSION, machine: ID, snapshot: { ...good, mustShow: 'confirm' } })],
    ['a huge envelope', JSON.stringify({ v: ENVELOPE_VERSION, machine: ID, snapshot: good, pad: 'x'.repeat(10_000) })],
  ])('drops %s', (_, text) => {
    expect(fromEnvelope(ID, text)).toBeNull();
  });
});
