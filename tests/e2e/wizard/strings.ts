/**
 * The languages the browser tests read the wizard in, and every string as the person sees it,
 * taken from the locale files: a test reads the same words the person does.
 */
import enA11y from '../../../locales/en/accessibility.json';
import enAgent from '../../../locales/en/agent.json';
import enCommon from '../../../locales/en/common.json';
import enFlow from '../../../locales/en/flow.json';
import nbA11y from '../../../locales/nb/accessibility.json';
import nbAgent from '../../../locales/nb/agent.json';
import nbCommon from '../../../locales/nb/common.json';
import nbFlow from '../../../locales/nb/flow.json';
import type { TFunction } from 'i18next';
import { titleKeyOf } from '../../../src/flow/snapshot';
import type { Answers, QuestionId, StepId } from '../../../src/flow/steps';
import { textValues } from '../../../src/i18n/textValues';
import type { Walk } from '../../paths';

export type Lang = 'nb' | 'en';
export const LANGS: readonly Lang[] = ['nb', 'en'];
/** The browser's language decides the page's: a run starts as a person with that browser. */
export const LOCALES: Record<Lang, string> = { nb: 'nb-NO', en: 'en-US' };
/** Each language as the switch names it, in that language. */
export const LANGUAGE_NAMES: Record<Lang, string> = { nb: 'Norsk bokmål', en: 'English' };

export const STRINGS = {
  nb: { common: nbCommon, flow: nbFlow, accessibility: nbA11y, agent: nbAgent },
  en: { common: enCommon, flow: enFlow, accessibility: enA11y, agent: enAgent },
} as const;
type Namespace = keyof (typeof STRINGS)['nb'];

export type Values = Record<string, string | number>;
/** One question answered: the question and the value of the option (or the country code). */
export type Answer = Walk['answers'][number];

/** `ns:path.to.key`; without a namespace, `flow`. */
function lookup(lang: Lang, key: string): unknown {
  const [ns, path] = key.includes(':') ? (key.split(':', 2) as [Namespace, string]) : (['flow', key] as const);
  let node: unknown = STRINGS[lang][ns];
  for (const part of path.split('.')) {
    node = typeof node === 'object' && node !== null ? (node as Record<string, unknown>)[part] : undefined;
  }
  if (node === undefined) throw new Error(`No string ${lang}:${key}`);
  return node;
}

function interpolate(text: string, values: Values): string {
  return text.replace(/\{\{\s*(\w+)\s*\}\}/g, (whole, name: string) => {
    if (!(name in values)) throw new Error(`No value for {{${name}}} in "${text}"`);
    return String(values[name]);
  });
}

/** Link markup (`<contact>…</contact>`) is dropped: the text is what a person reads. */
function plain(text: string): string {
  return text.replace(/<\/?[A-Za-z]+>/g, '');
}

/** A string as shown: `flow` keys by default, `common:`, `accessibility:` or `agent:` for the others. */
export function t(lang: Lang, key: string, values: Values = {}): string {
  const text = lookup(lang, key);
  if (typeof text !== 'string') throw new Error(`${lang}:${key} is not a string`);
  return plain(interpolate(text, values));
}

/** A string of agent mode, in the agent's language. */
export function ta(lang: Lang, key: string, values: Values = {}): string {
  return t(lang, `agent:${key}`, values);
}

/** A list of strings (the start page's facts, the over-quota list). */
export function tList(lang: Lang, key: string, values: Values = {}): string[] {
  const list = lookup(lang, key);
  if (!Array.isArray(list)) throw new Error(`${lang}:${key} is not a list`);
  return list.map((item) => plain(interpolate(String(item), values)));
}

/** The same string with its `{{values}}` left out: the fixed part before the first value. */
export function prefixOf(lang: Lang, key: string): string {
  return plain(String(lookup(lang, key)).split('{{')[0]!);
}

/** The answers as the app keeps them. */
export function answersOf(answers: readonly Answer[]): Answers {
  return Object.fromEntries(answers.map(({ question, value }) => [question, value])) as Answers;
}

/** The day the rules count purchases after (Germany's), as the purchase-date options name it. */
const ruleDate = (lang: Lang) => textValues({ country: 'DE' }, lang, asTFunction(lang)).date!;

export function optionLabel(lang: Lang, question: Exclude<QuestionId, 'country'>, value: string): string {
  return t(lang, `${question}.options.${value}`, { date: ruleDate(lang) });
}

/** These strings as the app's own `t`, so the tests interpolate with the app's own values. */
function asTFunction(lang: Lang): TFunction {
  return ((key: string) => t(lang, key)) as unknown as TFunction;
}

/** What the strings interpolate from the answers, as the app computes it (src/i18n/textValues.ts). */
export function valuesFor(lang: Lang, answers: readonly Answer[]): Values {
  return textValues(answersOf(answers), lang, asTFunction(lang));
}

/** A step's title after these answers (the storage page's and the app store outcome's depend on them). */
export function titleOf(lang: Lang, step: StepId, answers: readonly Answer[] = []): string {
  return t(lang, titleKeyOf(step, answersOf(answers)), valuesFor(lang, answers));
}

export function documentTitle(lang: Lang, page: string, error = false): string {
  const named = error ? t(lang, 'common:errorTitle', { page }) : page;
  return t(lang, 'common:documentTitle', { page: named });
}
