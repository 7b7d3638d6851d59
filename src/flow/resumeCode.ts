import { type Answers, type StepId, QUESTIONS, QUESTION_IDS, STEP_IDS } from './steps';

/**
 * A short code for the customer to read out: the step and the answers in ten characters of
 * Crockford's base32 (no I, L, O or U, so it survives being read aloud), the last one a check.
 *
 * The payload is one number in mixed radix: the flow version in the lowest five bits (so a code
 * from another version is recognised even when that version's questions differ), then each
 * question's answer (0 for none), then the step. Nine characters hold 32^9 ≈ 3.5·10^13 values;
 * this flow needs 32 · 25 · 2 602 368 000 ≈ 2.1·10^12 (a test recomputes it). Version 1's codes
 * had eight characters: they are recognised, and refused as from another version.
 *
 * The check character makes the weighted sum over GF(32) of all eight characters zero, with
 * weights α^i for a primitive α. Any single wrong character changes the sum by α^i·e ≠ 0, and
 * swapping two neighbours by α^i·(a−b)·(1+α) ≠ 0: every such typo is caught.
 */
export const FLOW_VERSION = 2;

const ALPHABET = '0123456789ABCDEFGHJKMNPQRSTVWXYZ';
const PAYLOAD_LENGTH = 9;
/** Version 1's payload, before the questions about the subscription's period. */
const V1_PAYLOAD_LENGTH = 7;
const VERSIONS = 32;

type Radix = { question: (typeof QUESTION_IDS)[number]; options: readonly string[] };
const RADICES: Radix[] = QUESTION_IDS.map((question) => ({ question, options: QUESTIONS[question].options }));

// GF(32) with the primitive polynomial x^5 + x^2 + 1; α = x.
const EXP: number[] = [];
const LOG: number[] = new Array<number>(32).fill(0);
for (let i = 0, x = 1; i < 31; i++) {
  EXP[i] = x;
  LOG[x] = i;
  x <<= 1;
  if (x & 32) x ^= 0b100101;
}
const times = (a: number, b: number) => (a === 0 || b === 0 ? 0 : EXP[(LOG[a]! + LOG[b]!) % 31]!);
const alphaTo = (i: number) => EXP[i % 31]!;

function weightedSum(digits: readonly number[]): number {
  return digits.reduce((sum, digit, i) => sum ^ times(alphaTo(i), digit), 0);
}

function checkDigit(payload: readonly number[]): number {
  // Solve sum + α^n·c = 0; in GF(2^m) minus is plus, so c = sum / α^n.
  const sum = weightedSum(payload);
  return sum === 0 ? 0 : EXP[(LOG[sum]! - (payload.length % 31) + 31) % 31]!;
}

export interface ResumeState {
  step: StepId;
  answers: Answers;
}

export function encodeResumeCode({ step, answers }: ResumeState): string {
  let value = BigInt(STEP_IDS.indexOf(step));
  for (const { question, options } of RADICES) {
    const answer = answers[question];
    value = value * BigInt(options.length + 1) + BigInt(answer === undefined ? 0 : options.indexOf(answer) + 1);
  }
  value = value * BigInt(VERSIONS) + BigInt(FLOW_VERSION);
  const payload: number[] = [];
  for (let i = 0; i < PAYLOAD_LENGTH; i++) {
    payload.unshift(Number(value % 32n));
    value /= 32n;
  }
  const digits = [...payload, checkDigit(payload)];
  const text = digits.map((d) => ALPHABET[d]).join('');
  return `${text.slice(0, 5)}-${text.slice(5)}`;
}

export type DecodedCode =
  | { ok: true; state: ResumeState }
  | { ok: false; reason: 'format' | 'check' | 'version' | 'invalid'; version?: number };

/**
 * Reads a code as a person may type or paste it: any case, with spaces or any dash (mail clients
 * and word processors turn "-" into "–"), O for 0, I or L for 1.
 */
export function decodeResumeCode(input: string): DecodedCode {
  const cleaned = input
    .slice(0, 40)
    .toUpperCase()
    .replace(/[\s\p{Pd}\u2212\u00ad\u200b]/gu, '')
    .replace(/O/g, '0')
    .replace(/[IL]/g, '1');
  const lengths = [PAYLOAD_LENGTH + 1, V1_PAYLOAD_LENGTH + 1];
  if (!lengths.includes(cleaned.length) || [...cleaned].some((c) => !ALPHABET.includes(c))) {
    return { ok: false, reason: 'format' };
  }
  const digits = [...cleaned].map((c) => ALPHABET.indexOf(c));
  if (weightedSum(digits) !== 0) return { ok: false, reason: 'check' };
  if (cleaned.length !== PAYLOAD_LENGTH + 1) return { ok: false, reason: 'version', version: digits[V1_PAYLOAD_LENGTH - 1]! % VERSIONS };
  let value = digits.slice(0, PAYLOAD_LENGTH).reduce((v, d) => v * 32n + BigInt(d), 0n);
  const version = Number(value % BigInt(VERSIONS));
  if (version !== FLOW_VERSION) return { ok: false, reason: 'version', version };
  value /= BigInt(VERSIONS);
  const answers: Answers = {};
  for (const { question, options } of [...RADICES].reverse()) {
    const index = Number(value % BigInt(options.length + 1));
    value /= BigInt(options.length + 1);
    if (index > 0) Object.assign(answers, { [question]: options[index - 1] });
  }
  const step = STEP_IDS[Number(value)];
  if (value >= BigInt(STEP_IDS.length) || step === undefined) return { ok: false, reason: 'invalid' };
  return { ok: true, state: { step, answers } };
}
