import type { TFunction } from 'i18next';
import type { Answers, QuestionId } from '../flow/steps';
import { FREE_QUOTA, PRORATED_REFUND_RULES, isAppStore } from '../rules/refund';
import { countryName, formatList, perLanguage } from './format';

/** "Canada, Danmark, … og Tyrkia". */
const proratedCountries = perLanguage((language) => {
  const names = PRORATED_REFUND_RULES.map((rule) => countryName(rule.country, language));
  return formatList(names.sort(new Intl.Collator(language).compare), language);
});

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
