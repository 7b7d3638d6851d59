/**
 * Property-based tests (fast-check): whatever events, addresses or stored text come in, the machine
 * only reaches the states it defines with answers its path chose, and the parsing and validation
 * code never throws and only lets allowed answers through. Bounded: a few hundred cases each.
 */
import fc from 'fast-check';
import { afterEach, describe, expect, it } from 'vitest';
import { createActor } from 'xstate';
import { type FlowEvent, refundMachine } from '../../src/flow/machine';
import { ENVELOPE_VERSION, fromEnvelope, toEnvelope } from '../../src/flow/persist';
import { parsePresets, withoutPresets } from '../../src/flow/presets';
import { type FlowSnapshot, stepOf } from '../../src/flow/snapshot';
import {
  type Answers,
  type QuestionId,
  type StepId,
  QUESTIONS,
  QUESTION_IDS,
  STEP_IDS,
  isAllowedAnswer,
  isOutcome,
  isQuestion,
} from '../../src/flow/steps';
import { pickLanguage } from '../../src/i18n';
import { LANGUAGES } from '../../src/i18n/languages';
import { COUNTRY_CODES } from '../../src/rules/countries';
import { PRORATED_REFUND_RULES } from '../../src/rules/refund';

/** A few hundred cases each; FC_RUNS=5000 searches harder. */
const RUNS = Number(process.env.FC_RUNS ?? 300);
const MACHINE_ID = refundMachine.id;

// ---------------------------------------------------------------------------------------------
// Building blocks
// ---------------------------------------------------------------------------------------------

/** Countries that change the route (prorated refund) and some that do not, plus any of them. */
const SOME_COUNTRIES = [...PRORATED_REFUND_RULES.map((rule) => rule.country), 'NO', 'SE', 'US'];
const country = fc.oneof(fc.constantFrom(...SOME_COUNTRIES), fc.constantFrom(...COUNTRY_CODES));

/** Any answer some question allows: often the one the current question asks for. */
const validValue = fc.oneof(
  { weight: 4, arbitrary: fc.constantFrom(...QUESTION_IDS.filter((q) => q !== 'country').flatMap((q) => QUESTIONS[q].options)) },
  { weight: 1, arbitrary: country },
);

/** A string with lone surrogates, control characters and anything else UTF-16 can hold. */
const anyCodeUnits = fc.string({
  unit: fc.oneof(
    fc.integer({ min: 0, max: 0xffff }).map((unit) => String.fromCharCode(unit)),
    fc.constantFrom('\u0000', '\uD800', '\uDFFF', '\u202E', '\uFEFF'),
  ),
  maxLength: 40,
});

/** Values no question allows, some very close to allowed ones. */
const invalidValue = fc.oneof(
  fc.string({ maxLength: 20 }),
  fc.string({ unit: 'binary', maxLength: 20 }),
  anyCodeUnits,
  fc.constantFrom(
    '',
    ' avslutte',
    'AVSLUTTE',
    'dk',
    'Dk',
    'XX',
    '__proto__',
    'constructor',
    'toString',
    'hasOwnProperty',
    '<img src=x onerror=alert(1)>',
    'javascript:alert(1)',
    'familie\u0000',
  ),
);

const stepName = fc.oneof(
  { weight: 5, arbitrary: fc.constantFrom(...STEP_IDS) },
  { weight: 1, arbitrary: fc.constantFrom('steps', 'asking', 'answered', '__proto__', 'admin', '') },
);

const questionKey = fc.oneof(
  { weight: 5, arbitrary: fc.constantFrom(...QUESTION_IDS) },
  { weight: 1, arbitrary: fc.constantFrom('__proto__', 'constructor', 'email', 'arsak', 'plan ', '') },
  { weight: 1, arbitrary: fc.string({ maxLength: 8 }) },
);

/** The answers that end the flow on an outcome straight away. */
const ENDS_HERE: Record<QuestionId, readonly string[]> = {
  reason: ['ukjent-trekk'],
  plan: ['annet'],
  purchase: ['google-play', 'apple'],
  country: [],
  signIn: ['finner-ikke'],
  manage: ['sla-pa', 'ingen'],
  cancel: ['sla-pa', 'ingen'],
  storage: [],
  confirm: ['behold'],
  finish: [],
  purchaseDate: [],
  period: [],
  renewed: [],
};

/** An allowed answer to every question, or to most of them: a resume that goes deep. */
const answerTo = (question: QuestionId): fc.Arbitrary<string> => {
  if (question === 'country') return country;
  const all: readonly string[] = QUESTIONS[question].options;
  const onward = all.filter((value) => !ENDS_HERE[question].includes(value));
  return fc.oneof({ weight: 3, arbitrary: fc.constantFrom(...onward) }, { weight: 1, arbitrary: fc.constantFrom(...all) });
};
const allowedAnswers = fc.oneof(
  fc.record(Object.fromEntries(QUESTION_IDS.map((q) => [q, answerTo(q)])) as Record<QuestionId, fc.Arbitrary<string>>),
  fc
    .tuple(fc.record(Object.fromEntries(QUESTION_IDS.map((q) => [q, answerTo(q)])) as Record<QuestionId, fc.Arbitrary<string>>), fc.constantFrom(...QUESTION_IDS))
    .map(([answers, left]) => Object.fromEntries(Object.entries(answers).filter(([q]) => q !== left))),
);

/** Answer objects of every kind: plausible ones, tampered ones and things that are not objects. */
const randomAnswers: fc.Arbitrary<unknown> = fc.oneof(
  { weight: 4, arbitrary: fc.dictionary(questionKey, fc.oneof({ weight: 3, arbitrary: validValue }, { weight: 1, arbitrary: invalidValue })) },
  { weight: 2, arbitrary: allowedAnswers },
  { weight: 1, arbitrary: fc.record(Object.fromEntries(QUESTION_IDS.map((q) => [q, validValue])), { requiredKeys: [] }) },
  {
    weight: 1,
    arbitrary: fc.dictionary(
      questionKey,
      fc.oneof(fc.integer(), fc.boolean(), fc.constant(null), fc.array(validValue, { maxLength: 2 }), fc.object({ maxDepth: 1 })),
    ),
  },
  { weight: 1, arbitrary: fc.anything({ maxDepth: 2 }) },
);

/**
 * A move on the flow. Most moves are read against the step the flow is on ("the current question's
 * third option", "the second step on the route"), so random sequences walk deep into the flow
 * instead of bouncing off the first question; the others are sent as they are.
 */
type Move =
  | { kind: 'answer-current'; pick: number; onward: boolean; change?: boolean }
  | { kind: 'goto-on-route'; pick: number; review?: boolean }
  | { kind: 'send'; event: FlowEvent };

const send = (arbitrary: fc.Arbitrary<FlowEvent>): fc.Arbitrary<Move[]> => arbitrary.map((event) => [{ kind: 'send', event }]);
const review = fc.option(fc.boolean(), { nil: undefined });
const gotoOnRoute = (pick: number, r: boolean | undefined): Move => ({ kind: 'goto-on-route', pick, ...(r === undefined ? {} : { review: r }) });

/** Moves come in short runs: most are one move; "go back and change an answer" is two. */
const moves: fc.Arbitrary<Move[]> = fc.oneof(
  { weight: 20, arbitrary: fc.nat().map((pick): Move[] => [{ kind: 'answer-current', pick, onward: true }]) },
  { weight: 6, arbitrary: fc.nat().map((pick): Move[] => [{ kind: 'answer-current', pick, onward: false }]) },
  { weight: 3, arbitrary: fc.tuple(fc.nat(), review).map(([pick, r]): Move[] => [gotoOnRoute(pick, r)]) },
  {
    weight: 3,
    arbitrary: fc
      .tuple(fc.nat(), review, fc.nat(), fc.boolean())
      .map(([at, r, pick, onward]): Move[] => [gotoOnRoute(at, r), { kind: 'answer-current', pick, onward, change: true }]),
  },
  { weight: 1, arbitrary: send(fc.constant({ type: 'START' })) },
  { weight: 1, arbitrary: send(validValue.map((value) => ({ type: 'ANSWER', value }))) },
  { weight: 1, arbitrary: send(invalidValue.map((value) => ({ type: 'ANSWER', value }))) },
  {
    weight: 2,
    arbitrary: send(
      fc.tuple(stepName, review).map(([step, r]) => ({ type: 'GOTO', step: step as StepId, ...(r === undefined ? {} : { review: r }) })),
    ),
  },
  { weight: 2, arbitrary: send(randomAnswers.map((answers) => ({ type: 'RESUME', answers: answers as Answers }))) },
  { weight: 1, arbitrary: send(fc.constant({ type: 'RESTART' })) },
);

/** A walk some way into the flow (as a person answering), then any moves. */
const sequence = (maxLength: number, minLength = 0): fc.Arbitrary<Move[]> =>
  fc
    .tuple(
      fc.array(fc.nat().map((pick): Move => ({ kind: 'answer-current', pick, onward: true })), { maxLength: 12, size: 'max' }),
      fc.array(moves, { minLength, maxLength, size: 'max' }),
    )
    .map(([walk, runs]) => [...walk, ...runs.flat()]);

function resolve(next: Move, snapshot: FlowSnapshot): FlowEvent {
  if (next.kind === 'send') return next.event;
  if (next.kind === 'goto-on-route') {
    const { route } = snapshot.context;
    const step = route[next.pick % route.length]!;
    return { type: 'GOTO', step, ...(next.review === undefined ? {} : { review: next.review }) };
  }
  const step = stepOf(snapshot);
  if (!isQuestion(step)) return { type: 'START' };
  const all: readonly string[] = step === 'country' ? SOME_COUNTRIES : QUESTIONS[step].options;
  // Answers that go on to the next question where the question allows, so walks get deep; and
  // answers other than the one given before, as a person changing their mind.
  const onward = next.onward ? all.filter((value) => !ENDS_HERE[step].includes(value)) : all;
  const changed = next.change ? onward.filter((value) => value !== snapshot.context.answers[step]) : onward;
  const options = changed.length > 0 ? changed : onward;
  return { type: 'ANSWER', value: options[next.pick % options.length]! };
}

/** Starts a fresh actor, makes the moves and calls `check` with each event sent and the snapshot after it. */
function play(moves: readonly Move[], check: (event: FlowEvent, snapshot: FlowSnapshot, index: number) => void): FlowSnapshot {
  const actor = createActor(refundMachine).start();
  try {
    for (const [index, next] of moves.entries()) {
      const event = resolve(next, actor.getSnapshot());
      actor.send(event);
      check(event, actor.getSnapshot(), index);
    }
    return actor.getSnapshot();
  } finally {
    actor.stop();
  }
}

/** Where a fresh actor gets to when it resumes from these answers. */
function replay(answers: Answers): FlowSnapshot {
  const actor = createActor(refundMachine).start();
  actor.send({ type: 'RESUME', answers });
  const snapshot = actor.getSnapshot();
  actor.stop();
  return snapshot;
}

/** Everything that must hold after every event. Returns the reasons it does not, if any. */
function problemsWith(snapshot: FlowSnapshot): string[] {
  const problems: string[] = [];
  const step = stepOf(snapshot);
  const { answers, route } = snapshot.context;
  if (snapshot.status !== 'active') problems.push(`status ${snapshot.status}`);
  if (!STEP_IDS.includes(step)) problems.push(`undefined step ${String(step)}`);
  if (!route.every((s) => STEP_IDS.includes(s))) problems.push(`route has unknown steps: ${route.join(',')}`);
  if (!route.includes(step)) problems.push(`current step ${step} is not on the route ${route.join(',')}`);
  if (new Set(route).size !== route.length) problems.push(`route repeats a step: ${route.join(',')}`);

  for (const [question, value] of Object.entries(answers)) {
    if (!isQuestion(question)) problems.push(`answer to a non-question ${question}`);
    else if (!isAllowedAnswer(question, value)) problems.push(`answer ${question}=${String(value)} not allowed`);
  }

  // Every question passed on the way to the current step has its answer.
  for (const passed of route.slice(0, route.indexOf(step))) {
    if (isQuestion(passed) && answers[passed] === undefined) problems.push(`${passed} passed without an answer`);
  }
  // On an outcome, the answers are exactly those of the questions on its route.
  if (isOutcome(step)) {
    const asked = route.filter(isQuestion).sort();
    const given = Object.keys(answers).sort();
    if (asked.join() !== given.join()) problems.push(`outcome ${step}: answers ${given.join()} but route asked ${asked.join()}`);
  }

  // The route is what the answers choose: replaying them from a fresh actor takes the same turns,
  // going on (through answers kept from before) at most where the route stops.
  const again = replay(answers);
  const replayed = again.context.route;
  const agrees = route.every((s, i) => replayed[i] === s);
  if (!agrees) problems.push(`route ${route.join(',')} but the answers choose ${replayed.join(',')}`);
  if (stepOf(again) !== replayed.at(-1)) problems.push(`replay stopped on ${stepOf(again)}, not its frontier`);
  if (isOutcome(step) && replayed.join() !== route.join()) problems.push(`outcome ${step} replays to ${replayed.join(',')}`);
  return problems;
}

// ---------------------------------------------------------------------------------------------
// The machine
// ---------------------------------------------------------------------------------------------

describe('the machine under random events', () => {
  it('only reaches the states it defines, with the answers its path chose', () => {
    expect(problemsWith(createActor(refundMachine).getSnapshot())).toEqual([]);
    fc.assert(
      fc.property(sequence(30), (moves) => {
        play(moves, (event, snapshot, index) => {
          const problems = problemsWith(snapshot);
          if (problems.length > 0) throw new Error(`after move ${index}, ${JSON.stringify(event)}:\n${problems.join('\n')}`);
        });
      }),
      { numRuns: RUNS },
    );
  });

  it('reaches every step of the machine along the way (the moves are not too weak to test it)', () => {
    const seen = new Set<StepId>();
    fc.assert(
      fc.property(sequence(50, 10), (moves) => {
        play(moves, (_, snapshot) => seen.add(stepOf(snapshot)));
      }),
      { numRuns: RUNS, seed: 8 },
    );
    // A fixed seed, so a missing step means the generators changed, not bad luck.
    expect([...seen].sort()).toEqual([...STEP_IDS].sort());
  });

  // The case the property found: Back to the country from a prorated refund, another country.
  it('drops the outcome a changed country no longer leads to', () => {
    const path = ['avslutte', 'familie', 'microsoft', 'DK', 'ser-det', 'administrer', 'avbryt', 'ja', 'avslutt', 'avsluttet'];
    const actor = createActor(refundMachine).start();
    actor.send({ type: 'START' });
    for (const value of path) actor.send({ type: 'ANSWER', value });
    expect(stepOf(actor.getSnapshot())).toBe('prorated');
    actor.send({ type: 'GOTO', step: 'country' });
    actor.send({ type: 'ANSWER', value: 'NO' });
    actor.send({ type: 'GOTO', step: 'prorated' });
    expect(stepOf(actor.getSnapshot())).toBe('signIn');
    expect(problemsWith(actor.getSnapshot())).toEqual([]);
    actor.stop();
  });

  it('a resumed flow keeps exactly the allowed answers it was given', () => {
    fc.assert(
      fc.property(randomAnswers, (answers) => {
        const snapshot = replay(answers as Answers);
        expect(problemsWith(snapshot)).toEqual([]);
        const given = typeof answers === 'object' && answers !== null ? (answers as Record<string, unknown>) : {};
        const expected = Object.fromEntries(
          QUESTION_IDS.filter((q) => Object.hasOwn(given, q) && isAllowedAnswer(q, given[q])).map((q) => [q, given[q]]),
        );
        // An outcome keeps only the answers on its route; anywhere else every allowed answer is kept.
        if (!isOutcome(stepOf(snapshot))) expect(snapshot.context.answers).toEqual(expected);
        else expect(expected).toMatchObject(snapshot.context.answers);
      }),
      { numRuns: RUNS },
    );
  });
});

// ---------------------------------------------------------------------------------------------
// Query strings
// ---------------------------------------------------------------------------------------------

const PRESET_KEYS = [...QUESTION_IDS.map((q) => QUESTIONS[q].key), 'lng', 'embed', 'theme'];

/** Percent-escapes, valid and not: truncated, overlong, surrogates, encoded separators. */
const escape = fc.oneof(
  fc.constantFrom(
    '%E0%A4%A',
    '%E0%A4',
    '%C0%AF',
    '%ED%A0%80',
    '%FF',
    '%',
    '%%',
    '%2',
    '%zz',
    '%00',
    '%26',
    '%3D',
    '%2F',
    '%2f',
    '%252F',
    '%3Cscript%3E',
    '%F0%9F%98%80',
  ),
  fc.integer({ min: 0, max: 255 }).map((byte) => `%${byte.toString(16).padStart(2, '0')}`),
);

const queryPiece = fc.oneof(
  { weight: 3, arbitrary: fc.constantFrom(...PRESET_KEYS) },
  { weight: 3, arbitrary: validValue },
  { weight: 2, arbitrary: escape },
  { weight: 1, arbitrary: fc.constantFrom('=', '&', '?', '#', '+', ' ', ';', '[]', '__proto__', 'javascript:alert(1)', '<b>x</b>') },
  { weight: 1, arbitrary: fc.string({ unit: 'binary', maxLength: 12 }) },
  { weight: 1, arbitrary: anyCodeUnits },
);

/** Query strings built from pieces (often preset keys with repeated keys and hostile values). */
const queryString = fc.oneof(
  { weight: 4, arbitrary: fc.array(queryPiece, { maxLength: 30 }).map((pieces) => `?${pieces.join('')}`) },
  {
    weight: 4,
    arbitrary: fc
      .array(fc.tuple(fc.constantFrom(...PRESET_KEYS), fc.oneof(validValue, invalidValue, escape)), { maxLength: 12 })
      .map((pairs) => `?${pairs.map(([key, value]) => `${key}=${value}`).join('&')}`),
  },
  { weight: 1, arbitrary: fc.string({ unit: 'binary', maxLength: 200 }) },
  { weight: 1, arbitrary: anyCodeUnits },
  // Huge: over every length limit, with and without a valid preset in it.
  {
    weight: 1,
    arbitrary: fc
      .tuple(fc.integer({ min: 1_000, max: 60_000 }), fc.constantFrom('a', '%41', '&plan=familie', '<', '\u00e6'))
      .map(([length, unit]) => `?plan=familie&x=${unit.repeat(Math.ceil(length / unit.length))}`),
  },
);

describe('query strings', () => {
  afterEach(() => window.localStorage.clear());

  it('never throw out of parsePresets, which returns only allowed answers', () => {
    fc.assert(
      fc.property(queryString, (search) => {
        const answers = parsePresets(search);
        for (const [question, value] of Object.entries(answers)) {
          expect(isQuestion(question), question).toBe(true);
          expect(isAllowedAnswer(question as QuestionId, value)).toBe(true);
        }
        // The prototype is never written through.
        expect(Object.getPrototypeOf(answers)).toBe(Object.prototype);
      }),
      { numRuns: RUNS },
    );
  });

  it('never throw out of withoutPresets, which leaves no preset and is stable', () => {
    fc.assert(
      fc.property(queryString, (search) => {
        const rest = withoutPresets(search);
        expect(rest === '' || rest.startsWith('?')).toBe(true);
        expect(parsePresets(rest)).toEqual({});
        const keys = [...new URLSearchParams(rest).keys()];
        for (const key of [...QUESTION_IDS.map((q) => QUESTIONS[q].key), 'lng']) expect(keys).not.toContain(key);
        expect(withoutPresets(rest)).toBe(rest);
      }),
      { numRuns: RUNS },
    );
  });

  it('never throw out of pickLanguage, which returns a language offered', () => {
    const codes = LANGUAGES.map((language) => language.code as string);
    const remembered = fc.option(fc.oneof(fc.constantFrom('nb', 'en', 'no', 'nn', 'en-GB', 'xx'), invalidValue), { nil: null });
    const browserLanguages = fc.array(fc.oneof(fc.constantFrom('nb-NO', 'nn', 'en-US', 'de', 'x-klingon', ''), invalidValue), {
      maxLength: 6,
    });
    fc.assert(
      fc.property(queryString, remembered, browserLanguages, (search, choice, languages) => {
        if (choice === null) window.localStorage.clear();
        else window.localStorage.setItem('refusjonsveiviser.sprak', choice);
        expect(codes).toContain(pickLanguage(search, choice, languages));
      }),
      { numRuns: RUNS },
    );
  });
});

// ---------------------------------------------------------------------------------------------
// Stored envelopes
// ---------------------------------------------------------------------------------------------

const savedFlow = fc.record({
  step: stepName,
  answers: randomAnswers,
  review: fc.oneof({ weight: 4, arbitrary: fc.boolean() }, { weight: 1, arbitrary: fc.constantFrom('true', 0, 1, null) }),
});

/** Envelopes close to what the app writes, with any field wrong in any way. */
const nearEnvelope = fc
  .record({
    v: fc.oneof({ weight: 4, arbitrary: fc.constant(ENVELOPE_VERSION) }, { weight: 1, arbitrary: fc.constantFrom(0, 2, '1', 1.5, null, -1) }),
    machine: fc.oneof({ weight: 4, arbitrary: fc.constant(MACHINE_ID) }, { weight: 1, arbitrary: fc.constantFrom('other', '', null) }),
    snapshot: fc.oneof({ weight: 4, arbitrary: savedFlow }, { weight: 1, arbitrary: fc.anything({ maxDepth: 2 }) }),
  })
  .chain((envelope) =>
    fc.oneof(
      { weight: 3, arbitrary: fc.constant(JSON.stringify(envelope)) },
      // Prototype keys written as JSON text (JSON.stringify cannot produce them from an object).
      {
        weight: 1,
        arbitrary: fc
          .constantFrom('"__proto__":{"review":true}', '"constructor":{"prototype":{"x":1}}', '"__proto__":null')
          .map((extra) => JSON.stringify(envelope).replace(/^\{/, `{${extra},`)),
      },
      { weight: 1, arbitrary: fc.constant(JSON.stringify(envelope).replace('"answers":{', '"answers":{"__proto__":{"plan":"familie"},')) },
    ),
  );

const corrupt = fc.oneof(
  fc.string({ unit: 'binary', maxLength: 100 }),
  anyCodeUnits,
  fc.json({ maxDepth: 3 }),
  fc.jsonValue({ maxDepth: 3 }).map((value) => JSON.stringify(value)),
  // Valid envelopes cut short, with bytes flipped, or padded past the length limit.
  fc
    .tuple(nearEnvelope, fc.nat(), fc.string({ maxLength: 3 }))
    .map(([text, at, junk]) => text.slice(0, at % (text.length + 1)) + junk + text.slice((at % (text.length + 1)) + 1)),
  fc.tuple(nearEnvelope, fc.integer({ min: 4_000, max: 20_000 })).map(([text, pad]) => text.replace(/\}$/, `,"pad":"${'x'.repeat(pad)}"}`)),
  fc.constantFrom('', 'null', 'undefined', 'true', '0', '[]', '{}', '"', '{"v":1,', '\u0000', '\uFEFF{}'),
);

describe('stored envelopes', () => {
  it('never throw out of fromEnvelope, which returns null or a valid saved flow', () => {
    fc.assert(
      fc.property(fc.oneof(nearEnvelope, corrupt, fc.constant(null)), (text) => {
        const saved = fromEnvelope(MACHINE_ID, text);
        if (saved === null) return;
        expect(Object.keys(saved).sort()).toEqual(['answers', 'mustShow', 'review', 'step']);
        for (const question of saved.mustShow ?? []) expect(isQuestion(question), question).toBe(true);
        expect(STEP_IDS).toContain(saved.step);
        expect(typeof saved.review).toBe('boolean');
        expect(Object.getPrototypeOf(saved.answers)).toBe(Object.prototype);
        for (const [question, value] of Object.entries(saved.answers)) {
          expect(isQuestion(question), question).toBe(true);
          expect(isAllowedAnswer(question as QuestionId, value)).toBe(true);
        }
        // What comes back is what the app would write for it.
        expect(fromEnvelope(MACHINE_ID, toEnvelope(MACHINE_ID, saved))).toEqual(saved);
      }),
      { numRuns: RUNS },
    );
  });

  it('accepts the envelopes the app writes, after any moves', () => {
    fc.assert(
      fc.property(sequence(25), (moves) => {
        const snapshot = play(moves, () => {});
        const { answers, review, mustShow } = snapshot.context;
        const written = toEnvelope(MACHINE_ID, { step: stepOf(snapshot), answers, review, mustShow });
        expect(fromEnvelope(MACHINE_ID, written)).toEqual({ step: stepOf(snapshot), answers, review, mustShow });
      }),
      { numRuns: RUNS },
    );
  });
});
