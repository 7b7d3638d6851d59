import { useMemo } from 'react';
import { useFlow } from '../state/FlowProvider';
import { textValues } from '../i18n/textValues';
import type { TextValues } from './Text';
import { useT } from '../i18n/useT';

/** The values the page's strings interpolate, for the answers so far, in the page's language (or `lng`). */
export function useTextValues(lng?: string): TextValues {
  const { t, language } = useT('flow', lng);
  const answers = useFlow((snapshot) => snapshot.context.answers);
  return useMemo(() => textValues(answers, language, t), [answers, language, t]);
}
