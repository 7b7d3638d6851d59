import type { TFunction } from 'i18next';
import type { Answers, QuestionId } from '../flow/steps';
import { FREE_QUOTA, PRORATED_REFUND_RULES, isAppStore } from '../rules/refund';
import { countryName, formatList } from './format';

/** What the strings may interpolate: the answers given, named in the language, and rule data. */
export function textValues(answers: Answers, language: string, t: TFunction): Record<string, string | number> {
  const countries = PRORATED_REFUND_RULES.map((rule) => countryName(rule.country, language)).sort(
    new Intl.Collator(language).compare,
  );
  return {
    plan: answers.plan ? t(`flow:plan.options.${answers.plan}`) : '',
    store: isAppStore(answers.purchase) ? t(`flow:purchase.options.${answers.purchase}`) : '',
    country: countryName(answers.country, language),
    countries: formatList(countries, language),
    cloudGb: FREE_QUOTA.cloudGb,
    mailboxGb: FREE_QUOTA.mailboxGb,
  };
}

/** An answer as the person chose it: the country by name, any other by its option's text. */
export function answerLabel(question: QuestionId, value: string, language: string, t: TFunction): string {
  return question === 'country' ? countryName(value, language) : t(`flow:${question}.options.${value}`);
}
