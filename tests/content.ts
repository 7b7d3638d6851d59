import i18next, { type TFunction } from 'i18next';
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { refundMachine } from '../src/flow/machine';
import { shownBlocks } from '../src/flow/conditions';
import { metaOf, pathOf, titleKeyOf } from '../src/flow/snapshot';
import { type Answers, type StepId, OUTCOME_IDS, STEP_IDS, isOutcome, isQuestion } from '../src/flow/steps';
import { answerLabel, textValues } from '../src/i18n/textValues';
import { pairwiseWalks, shortestWalkToEachOutcome } from './paths';

const LANGUAGES = ['nb', 'en'] as const;

const translators = new Map<string, TFunction>();

export function translator(language: string): TFunction {
  const known = translators.get(language);
  if (known) return known;
  const dir = join(__dirname, '../locales', language);
  const resources = Object.fromEntries(
    readdirSync(dir).map((file) => [file.replace('.json', ''), JSON.parse(readFileSync(join(dir, file), 'utf8')) as object]),
  );
  const instance = i18next.createInstance();
  void instance.init({ lng: language, resources: { [language]: resources }, initAsync: false, interpolation: { escapeValue: false } });
  translators.set(language, instance.t);
  return instance.t;
}

/** A string as a reader sees it: link tags become [text], code tags `text`. */
const plain = (text: string) => text.replace(/<code>(.*?)<\/code>/g, '`$1`').replace(/<(\w+)>(.*?)<\/\1>/g, '[$2]');

/** A page as a reader sees it, line by line, for these answers. */
export function pageText(step: StepId, answers: Answers, t: TFunction, language: string): string[] {
  const values = textValues(answers, language, t);
  const meta = metaOf(step);
  const lines = [`**${plain(t(`flow:${titleKeyOf(step, answers)}`, values))}**`];
  for (const { key, as } of shownBlocks(meta.blocks, answers)) {
    const text = t(`flow:${step}.${key}`, { ...values, returnObjects: true }) as unknown;
    if (as === 'list') lines.push(...(text as unknown[]).map((item) => `- ${plain(String(item))}`));
    else lines.push(as === 'heading' ? `*${plain(String(text))}*` : plain(String(text)));
  }
  if (meta.kind === 'question' && meta.question !== 'country') {
    const options = t(`flow:${meta.question}.options`, { ...values, returnObjects: true }) as Record<string, string>;
    lines.push(...Object.values(options).map((option) => `- ( ) ${option}`));
  }
  if (meta.kind === 'question' && meta.question === 'country') lines.push(`- [${t('common:country.label')}: ${t('common:country.choose')}]`);
  if (meta.kind === 'start') lines.push(`[${t('flow:start.button')}]`);
  return lines;
}

/** The flow as a Mermaid diagram: every step, and every route with the rule that takes it. */
function diagram(t: TFunction): string {
  // A title that depends on the answers is shown as its first variant where there is no plain one.
  const keys = (step: StepId) => [`flow:${step}.title`, `flow:${step}.${metaOf(step).titles?.[0]?.key ?? 'title'}`];
  const label = (step: StepId) => plain(t(keys(step), { country: '…', date: '…' })).replace(/"/g, "'");
  const lines = ['```mermaid', 'flowchart TD'];
  for (const step of STEP_IDS) lines.push(isOutcome(step) ? `  ${step}(["${label(step)}"])` : `  ${step}["${label(step)}"]`);
  lines.push('  start -->|Start| reason');
  for (const step of STEP_IDS.filter(isQuestion)) {
    const answered = refundMachine.getStateNodeById(step).states.answered!;
    for (const transition of answered.always ?? []) {
      const target = transition.target?.[0]?.id;
      const guard = transition.guard as { type?: string } | string | undefined;
      const rule = typeof guard === 'string' ? guard : guard?.type;
      lines.push(`  ${step} -->${rule ? `|${rule}|` : ''} ${target}`);
    }
  }
  lines.push('```');
  return lines.join('\n');
}

/** Under every outcome: «Ta vare på svaret» and «Fikk du svar på det du lurte på?», then what follows «Nei» and the rating. */
function outcomeEndLines(t: TFunction): string[] {
  const reasons = t('flow:feedback.reasons', { returnObjects: true }) as Record<string, string>;
  return [
    `*${t('flow:keep.heading')}*`,
    t('flow:keep.lead'),
    `[${t('flow:keep.print')}] [${t('flow:keep.copy')}]`,
    `→ ${t('flow:keep.copied')}`,
    `→ ${t('flow:keep.select')} (${t('flow:keep.fieldLabel')})`,
    `*${t('flow:feedback.question')}*`,
    `[${t('flow:feedback.yes')}] [${t('flow:feedback.no')}]`,
    `→ ${t('flow:feedback.why')}`,
    ...Object.values(reasons).map((reason) => `- [${reason}]`),
    `[${t('flow:feedback.skip')}]`,
    `→ ${t('flow:feedback.thanks')}`,
  ];
}

/** A page in nb and en side by side, as table rows; with the answer chosen on it, if any. */
function sideBySide(step: StepId, given: Answers, chosen?: string): string[] {
  return sideBySideLines((t, language) => {
    const lines = pageText(step, given, t, language);
    if (chosen && isQuestion(step)) lines.push(`→ *${answerLabel(step, { ...given, [step]: chosen }, language, t)}*`);
    return lines;
  });
}

function sideBySideLines(linesIn: (t: TFunction, language: string) => string[]): string[] {
  const [nb, en] = LANGUAGES.map((language) => linesIn(translator(language), language));
  const cell = (text?: string) => (text ?? '').replace(/\|/g, '\\|');
  const rows = ['| nb | en |', '|---|---|'];
  for (let i = 0; i < Math.max(nb!.length, en!.length); i++) rows.push(`| ${cell(nb![i])} | ${cell(en![i])} |`);
  return [...rows, ''];
}

/** docs/content.md: the whole wizard for a content designer or translator, without running it. */
export function contentReview(): string {
  const out = [
    '# Refusjonsveiviseren: the content',
    '',
    'Generated by `npm run content` from the machine (`src/flow/machine.ts`) and the strings',
    '(`locales/`); do not edit by hand. A test fails when this file is not current.',
    '',
    '## The flow',
    '',
    'Each arrow is a route; its label is the rule (a guard in the machine) that takes it, and an',
    'arrow without a label is the route taken otherwise. Rounded boxes are outcomes.',
    '',
    diagram(translator('nb')),
    '',
    '## Every outcome, by its shortest path',
    '',
  ];
  const walks = shortestWalkToEachOutcome();
  const shown = new Set<string>();
  for (const outcome of OUTCOME_IDS) {
    const walk = walks.get(outcome)!;
    out.push(`### ${outcome} (\`${pathOf(outcome)}\`)`, '');
    const steps: { step: StepId; answers: Answers; chosen?: string }[] = [{ step: 'start', answers: {} }];
    const answers: Answers = {};
    for (const { question, value } of walk.answers) {
      steps.push({ step: question, answers: { ...answers }, chosen: value });
      Object.assign(answers, { [question]: value });
    }
    steps.push({ step: outcome, answers: { ...answers } });
    for (const { step, answers: given, chosen } of steps) {
      shown.add(pageText(step, given, translator('nb'), 'nb').join('\n'));
      out.push(`#### ${step} (\`${pathOf(step)}\`)`, '', ...sideBySide(step, given, chosen));
    }
  }
  out.push('## What every outcome ends with', '', 'Keeping the answer, and rating it (agent mode shows neither).', '');
  out.push(...sideBySideLines(outcomeEndLines));
  out.push(
    '## Every other text a page shows',
    '',
    'Pages whose text depends on earlier answers (the plan, the store, the country, what the person',
    'is not sure of), each variant once, with the answers that lead to it.',
    '',
  );
  for (const walk of pairwiseWalks()) {
    const given: Answers = {};
    for (const step of [...walk.answers.map((a) => a.question), walk.end]) {
      const text = pageText(step, given, translator('nb'), 'nb').join('\n');
      if (!shown.has(text)) {
        shown.add(text);
        const after = Object.entries(given).map(([q, v]) => `${q}=${v}`).join(', ');
        out.push(`#### ${step} (\`${pathOf(step)}\`), after ${after}`, '', ...sideBySide(step, { ...given }));
      }
      const answer = walk.answers.find((a) => a.question === step);
      if (answer) Object.assign(given, { [answer.question]: answer.value });
    }
  }
  return `${out.join('\n').trimEnd()}\n`;
}
