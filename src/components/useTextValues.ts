import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { useFlow } from '../app/FlowProvider';
import { countryName, formatList } from '../i18n/format';
import { FREE_QUOTA, PRORATED_REFUND_RULES, isAppStore } from '../rules/refund';
import type { TextValues } from './Text';

/** What the strings may interpolate: names of the answers given, in the page's language, and rule data. */
export function useTextValues(lng?: string): TextValues {
  const { t, i18n } = useTranslation('flow', { lng });
  const answers = useFlow((snapshot) => snapshot.context.answers);
  const language = lng ?? i18n.language;
  return useMemo(() => {
    const countries = PRORATED_REFUND_RULES.map((rule) => countryName(rule.country, language)).sort(
      new Intl.Collator(language).compare,
    );
    return {
      plan: answers.plan ? t(`plan.options.${answers.plan}`) : '',
      store: isAppStore(answers.purchase) ? t(`purchase.options.${answers.purchase}`) : '',
      country: countryName(answers.country, language),
      countries: formatList(countries, language),
      cloudGb: FREE_QUOTA.cloudGb,
      mailboxGb: FREE_QUOTA.mailboxGb,
    };
  }, [answers, language, t]);
}
