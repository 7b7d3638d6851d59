import { describe, expect, it } from 'vitest';
import { getShortestPaths } from 'xstate/graph';
import { refundMachine } from '../../src/flow/machine';
import { FLOW_VERSION, decodeResumeCode, encodeResumeCode } from '../../src/flow/resumeCode';
import { stepOf } from '../../src/flow/snapshot';
import { COUNTRY_CODES } from '../../src/rules/countries';
import { type Answers, QUESTIONS, QUESTION_IDS, STEP_IDS } from '../../src/flow/steps';
import { forwardEvents } from '../paths';

const ALPHABET = '0123456789ABCDEFGHJKMNPQRSTVWXYZ';

/** Every state a person can reach going forward, as the code sees it: the step and the answers. */
const reachable = getShortestPaths(refundMachine, { events: forwardEvents }).map(({ state }) => ({
  step: stepOf(state),
  answers: state.context.answers,
}));

describe('the resume code', () => {
  it('is ten characters of Crockford base32 with a dash, for every reachable state', () => {
    expect(reachable.length).toBeGreaterThan(50);
    for (const state of reachable) expect(encodeResumeCode(state)).toMatch(/^[0-9A-HJKMNP-TV-Z]{5}-[0-9A-HJKMNP-TV-Z]{5}$/);
  });

  it('has room for every step with every answer to every question', () => {
    const states = [...Object.values(QUESTIONS)].reduce((n, { options }) => n * BigInt(options.length + 1), BigInt(STEP_IDS.length));
    expect(states * 32n).toBeLessThanOrEqual(32n ** 9n);
    const everything = Object.fromEntries(QUESTION_IDS.map((q) => [q, QUESTIONS[q].options.at(-1)])) as Answers;
    const last = { step: STEP_IDS.at(-1)!, answers: everything };
    expect(decodeResumeCode(encodeResumeCode(last))).toEqual({ ok: true, state: last });
  });

  it('decodes to the same step and answers, for every reachable state and every country', () => {
    for (const state of reachable) expect(decodeResumeCode(encodeResumeCode(state))).toEqual({ ok: true, state });
    const atSignIn = { step: 'signIn' as const, answers: { reason: 'avslutte', plan: 'basic', purchase: 'microsoft' } as const };
    for (const country of COUNTRY_CODES) {
      const state = { ...atSignIn, answers: { ...atSignIn.answers, country } };
      expect(decodeResumeCode(encodeResumeCode(state))).toEqual({ ok: true, state });
    }
  });

  it('differs for different answers, so it changes when an answer changes', () => {
    const codes = new Set(reachable.map(encodeResumeCode));
    expect(codes.size).toBe(new Set(reachable.map((s) => JSON.stringify(s))).size);
  });

  it('catches every single wrong character and every swap of neighbours', () => {
    for (const state of reachable) {
      const code = encodeResumeCode(state).replace('-', '');
      for (let i = 0; i < code.length; i++) {
        for (const c of ALPHABET) {
          if (c === code[i]) continue;
          const typo = code.slice(0, i) + c + code.slice(i + 1);
          expect(decodeResumeCode(typo)).toMatchObject({ ok: false, reason: 'check' });
        }
        if (i + 1 < code.length && code[i] !== code[i + 1]) {
          const swapped = code.slice(0, i) + code[i + 1] + code[i] + code.slice(i + 2);
          expect(decodeResumeCode(swapped)).toMatchObject({ ok: false, reason: 'check' });
        }
      }
    }
  });

  it('reads what a person types: any case, spaces, O for zero, I and L for one', () => {
    const state = reachable.at(-1)!;
    const code = encodeResumeCode(state);
    const sloppy = ` ${code.toLowerCase().replace('-', ' ').replace(/0/g, 'o').replace(/1/g, 'l')} `;
    expect(decodeResumeCode(sloppy)).toEqual({ ok: true, state });
  });

  it.each([
    ['an en dash', '\u2013'],
    ['an em dash', '\u2014'],
    ['a minus sign', '\u2212'],
    ['a non-breaking hyphen', '\u2011'],
    ['a no-break space', '\u00a0'],
    ['two spaces', '  '],
    ['nothing', ''],
  ])('reads a code pasted with %s between its halves', (_, between) => {
    const state = reachable.at(-1)!;
    const [first, second] = encodeResumeCode(state).split('-');
    expect(decodeResumeCode(`${first}${between}${second}`)).toEqual({ ok: true, state });
  });

  it.each(['', 'ABC', 'ABCD-EFG', 'ABCDE-EFGH', 'ABCDE-EFGHJK', 'ABCDE-EFGH!', 'UUUUU-UUUUU', '<script>', 'x'.repeat(10_000)])(
    'refuses %j as malformed',
    (input) => {
      expect(decodeResumeCode(input)).toMatchObject({ ok: false, reason: 'format' });
    },
  );

  it('recognises a code from another version of the flow and says so', () => {
    // A valid code whose version bits say FLOW_VERSION + 1: rebuild it digit by digit.
    const digits = [...encodeResumeCode({ step: 'plan', answers: { reason: 'avslutte' } }).replace('-', '')].map((c) =>
      ALPHABET.indexOf(c),
    );
    const payload = digits.slice(0, 9);
    payload[8] = (payload[8]! & ~31) | (FLOW_VERSION + 1);
    const other = withCheck(payload);
    expect(decodeResumeCode(other)).toEqual({ ok: false, reason: 'version', version: FLOW_VERSION + 1 });
  });

  it('refuses a code of version 1 (eight characters) as from another version, not as mistyped', () => {
    // "Fortsett fra kundens kode" on question 2 of version 1, as that version wrote it.
    const payload = [0, 0, 0, 0, 0, 0, 1];
    const v1 = withCheck(payload);
    expect(v1).toHaveLength(8);
    expect(decodeResumeCode(`${v1.slice(0, 4)}-${v1.slice(4)}`)).toEqual({ ok: false, reason: 'version', version: 1 });
    const typo = `${v1.slice(0, 3)}${v1[3] === 'A' ? 'B' : 'A'}${v1.slice(4)}`;
    expect(decodeResumeCode(typo)).toMatchObject({ ok: false, reason: 'check' });
  });
});

/** The check character, found by trying each: the one the decoder accepts the format and sum of. */
function withCheck(payload: number[]): string {
  for (const c of ALPHABET) {
    const code = payload.map((d) => ALPHABET[d]).join('') + c;
    if (decodeResumeCode(code).ok || (decodeResumeCode(code) as { reason: string }).reason !== 'check') return code;
  }
  throw new Error('no check character fits');
}
