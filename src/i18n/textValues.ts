import type { TFunction } from 'i18next';
import type { Answers, QuestionId } from '../flow/steps';
import { FREE_QUOTA, PRORATED_REFUND_RULES, isAppStore } from '../rules/refund';
import { countryName, formatList } from './format';

const proratedLists = new Map<string, string>();

/** "Canada, Danmark, … og Tyrkia": built once per language, as pages mount on every step. */
function proratedCountries(language: string): string {
  let list = proratedLists.get(language);
  if (list === undefined) {
    const names = PRORATED_REFUND_RULES.map((rule) => countryName(rule.country, language));
    list = formatList(names.sort(new Intl.Collator(language).compare), language);
    proratedLists.set(language, list);
  }
  return list;
}

/** What the strings may interpolate: the answers given, named in the language, and rule data. */
export function textValues(answers: Answers, language: string, t: TFunction): Record<string, string | number> {
  return {
    plan: answers.plan ? t(`flow:plan.options.${answers.plan}`) : '',
    store: isAppStore(answers.purchase) ? t(`flow:purchase.options.${answers.purchase}`) : '',
    country: countryName(answers.country, language),
    countries: proratedCountries(language),
    cloudGb: FREE_QUOTA.cloudGb,
    mailboxGb: FREE_QUOTA.mailboxGb,
  };
}

/** An answer as the person chose it: the country by name, any other by its option's text. */
export function answerLabel(question: QuestionId, value: string, language: string, t: TFunction): string {
  return question === 'country' ? countryName(value, language) : t(`flow:${question}.options.${value}`);
}
