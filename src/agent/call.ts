import { readStorage } from '../flow/storage';
import { DEFAULT_LANGUAGE, isLanguage, type Language } from '../i18n/languages';
import { type FlowActor, saveFlow, startFlow } from '../state/flowActor';

export const AGENT_STORAGE_KEY = 'refusjonsveiviser.agent';

/** A call: its flow and the language the caller is asked in, kept together across a reload. */
export interface Call {
  actor: FlowActor;
  /** As saved with the call; bokmål for a new call, or for anything saved that is not one of ours. */
  customerLanguage: Language;
  setCustomerLanguage: (language: Language) => void;
}

/** The customer's language a call was saved with, if it is one of ours: nothing stored is trusted. */
function storedLanguage(): Language {
  try {
    const { customerLanguage } = JSON.parse(readStorage(AGENT_STORAGE_KEY) ?? '{}') as { customerLanguage?: unknown };
    return isLanguage(customerLanguage) ? customerLanguage : DEFAULT_LANGUAGE;
  } catch {
    return DEFAULT_LANGUAGE;
  }
}

export function startCall(): Call {
  let language = storedLanguage();
  const actor = startFlow('', AGENT_STORAGE_KEY, true, () => language);
  return {
    actor,
    customerLanguage: language,
    setCustomerLanguage(next) {
      language = next;
      saveFlow(actor.getSnapshot(), AGENT_STORAGE_KEY, language);
    },
  };
}
