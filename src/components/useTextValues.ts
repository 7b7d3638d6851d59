import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { useFlow } from '../app/FlowProvider';
import { textValues } from '../i18n/textValues';
import type { TextValues } from './Text';

/** The values the page's strings interpolate, for the answers so far, in the page's language (or `lng`). */
export function useTextValues(lng?: string): TextValues {
  const { t, i18n } = useTranslation('flow', { lng });
  const answers = useFlow((snapshot) => snapshot.context.answers);
  const language = lng ?? i18n.language;
  return useMemo(() => textValues(answers, language, t), [answers, language, t]);
}
