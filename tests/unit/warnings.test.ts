import { createActor } from 'xstate';
import { describe, expect, it } from 'vitest';
import { TEXT_DEPENDS_ON, refundMachine } from '../../src/flow/machine';
import { parsePresets } from '../../src/flow/presets';
import { stepOf } from '../../src/flow/snapshot';
import { type Answers, type QuestionId, type QuestionSpec, QUESTIONS, QUESTION_IDS, isQuestion } from '../../src/flow/steps';
import { pageText, translator } from '../content';
import { SAMPLE_COUNTRIES, type Walk, allWalksToOutcomes } from '../paths';

const t = translator('nb');
/** What a page shows for the answers given before it on its route. */
const textOf = (question: QuestionId, answers: Answers, route: readonly string[]) => {
  const before = route.slice(0, route.indexOf(question));
  const given = Object.fromEntries(Object.entries(answers).filter(([q]) => before.includes(q))) as Answers;
  return pageText(question, given, t, 'nb').join('\n');
};

const optionsOf = (question: QuestionId): readonly string[] => (question === 'country' ? SAMPLE_COUNTRIES : QUESTIONS[question].options);

function replay(walk: Walk) {
  const actor = createActor(refundMachine).start();
  actor.send({ type: 'START' });
  for (const { value } of walk.answers) actor.send({ type: 'ANSWER', value });
  return actor;
}

/**
 * «Endre» on `question` from the outcome, a new answer, then «Fortsett» on every page the wizard
 * stops at (the answer kept, or the first one for a page that is new). Returns where it stopped.
 */
function change(walk: Walk, question: QuestionId, value: string) {
  const actor = replay(walk);
  actor.send({ type: 'GOTO', step: question, review: true });
  actor.send({ type: 'ANSWER', value });
  const stops: { question: QuestionId; kept: string | undefined }[] = [];
  for (let i = 0; i < 20; i++) {
    const step = stepOf(actor.getSnapshot());
    if (!isQuestion(step)) break;
    const kept = actor.getSnapshot().context.answers[step];
    stops.push({ question: step, kept });
    actor.send({ type: 'ANSWER', value: kept ?? optionsOf(step)[0]! });
  }
  return { stops, end: actor.getSnapshot() };
}

/** Every answer on every walk to an outcome, changed to every other: what each page showed before and after. */
function everyChange() {
  const seen: { walk: Walk; question: QuestionId; page: QuestionId; changed: boolean; stop?: { kept: string | undefined } }[] = [];
  for (const walk of allWalksToOutcomes()) {
    const before = replay(walk).getSnapshot().context;
    for (const { question, value: old } of walk.answers) {
      for (const value of optionsOf(question).filter((v) => v !== old)) {
        const { stops, end } = change(walk, question, value);
        const after = end.context;
        const later = after.route.slice(after.route.indexOf(question) + 1).filter(isQuestion);
        for (const page of later.filter((p) => before.route.includes(p))) {
          const changed = textOf(page, before.answers, before.route) !== textOf(page, after.answers, after.route);
          seen.push({ walk, question, page, changed, stop: stops.find((s) => s.question === page) });
        }
      }
    }
  }
  return seen;
}

describe('a change never skips a warning', () => {
  const walks = allWalksToOutcomes();
  let changes: ReturnType<typeof everyChange> | undefined;
  const all = () => (changes ??= everyChange());

  it('shows again every page whose text a changed answer changes, from every outcome, and asks the confirm step again', () => {
    const changed = all().filter((c) => c.changed);
    // Not blind: plan, storage, purchase and country change a later page on many walks.
    expect(changed.length).toBeGreaterThan(100);
    for (const { walk, question, page, stop } of changed) {
      expect(stop, `${walk.end}: a new answer to ${question} changes «${page}», which must be shown again`).toBeDefined();
      if ((QUESTIONS[page] as QuestionSpec).confirmsText) expect(stop?.kept, `${page} is asked again`).toBeUndefined();
    }
  }, 180_000);

  it('names exactly the pages whose text depends on an answer, no more', () => {
    const dependsOn = new Map<QuestionId, Set<QuestionId>>();
    for (const { question, page, changed } of all()) {
      if (changed) dependsOn.set(page, (dependsOn.get(page) ?? new Set()).add(question));
    }
    const found = Object.fromEntries(QUESTION_IDS.filter((q) => dependsOn.has(q)).map((q) => [q, [...dependsOn.get(q)!].sort()]));
    const declared = Object.fromEntries(Object.entries(TEXT_DEPENDS_ON).map(([q, on]) => [q, [...on].sort()]));
    expect(found).toEqual(declared);
  }, 180_000);

  it('Personal to Family from the outcome: the Family storage page, the Family warning, and the confirm step asked again', () => {
    const walk = walks.find(
      (w) => w.end === 'notGuaranteed' && w.answers.some((a) => a.question === 'plan' && a.value === 'personal') && w.answers.some((a) => a.value === 'nei'),
    )!;
    const { stops } = change(walk, 'plan', 'familie');
    expect(stops.map((s) => s.question)).toEqual(['storage', 'confirm']);
    expect(stops[1]!.kept).toBeUndefined();
  });

  it('storage Nei to Ja: the full warning is shown and confirmed again', () => {
    const walk = walks.find((w) => w.end === 'notGuaranteed' && w.answers.some((a) => a.question === 'storage' && a.value === 'nei'))!;
    const { stops } = change(walk, 'storage', 'ja');
    expect(stops[0]).toEqual({ question: 'confirm', kept: undefined });
  });

  it('never takes the confirm answer from a link: a link leads to the warning, not past it', () => {
    expect(parsePresets('?bekreft=avslutt')).toEqual({});
    const all = '?arsak=avslutte&plan=familie&kjopt=microsoft&land=NO&konto=ser-det&administrer=administrer&avbryt=avbryt&lagring=ja&bekreft=avslutt&fullfort=avsluttet';
    const actor = createActor(refundMachine).start();
    actor.send({ type: 'RESUME', answers: parsePresets(all) });
    expect(stepOf(actor.getSnapshot())).toBe('confirm');
  });
});
