import type { TFunction } from 'i18next';
import type { Answers, QuestionId } from '../flow/steps';
import { FREE_QUOTA, PRORATED_REFUND_RULES, proratedRefundRule } from '../rules/refund';
import { countryName, formatList, perLanguage } from './format';

/** "Canada, Danmark, … og Tyrkia". */
const proratedCountries = perLanguage((language) => {
  const names = PRORATED_REFUND_RULES.map((rule) => countryName(rule.country, language));
  return formatList(names.sort(new Intl.Collator(language).compare), language);
});

const longDate = perLanguage((language) => new Intl.DateTimeFormat(language, { dateStyle: 'long', timeZone: 'UTC' }));

/** What the strings may interpolate: the answers given, named in the language, and rule data. */
export function textValues(answers: Answers, language: string, t: TFunction): Record<string, string | number> {
  const boughtAfter = proratedRefundRule(answers.country)?.boughtAfter;
  return {
    plan: answers.plan ? t(`flow:plan.options.${answers.plan}`) : '',
    country: countryName(answers.country, language),
    countries: proratedCountries(language),
    /** The day a country's rule counts purchases after (Germany's 1 March 2022). */
    date: boughtAfter ? longDate(language).format(new Date(boughtAfter)) : '',
    cloudGb: FREE_QUOTA.cloudGb,
    mailboxGb: FREE_QUOTA.mailboxGb,
  };
}

/** An answer as the person chose it: the country by name, any other by its option's text. */
export function answerLabel(question: QuestionId, answers: Answers, language: string, t: TFunction): string {
  const value = answers[question] ?? '';
  return question === 'country'
    ? countryName(value, language)
    : t(`flow:${question}.options.${value}`, textValues(answers, language, t));
}
