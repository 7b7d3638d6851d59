import { type Answers, type QuestionId, type StepId, isQuestion, isStep, sanitizeAnswers } from './steps';

/** Bump when the stored shape or the meaning of an answer changes; older envelopes are dropped. */
export const ENVELOPE_VERSION = 1;
import { MAX_LENGTH } from './tab';
import { type Ratings, cleanRatings } from './feedback';

export { STORAGE_KEY } from './tab';

export interface SavedFlow {
  step: StepId;
  answers: Answers;
  review: boolean;
  /** Pages an answer changed the text of while reviewing, not yet shown again (none before version 2 of the flow). */
  mustShow?: QuestionId[];
}

interface Envelope {
  v: number;
  machine: string;
  snapshot: SavedFlow;
  /** Agent mode only: the language the caller is asked in belongs to the call. */
  customerLanguage?: string;
  /** The customer's tab only: the language last chosen in it (a link's `?lng=` or the switch). */
  language?: string;
  /** The customer's tab only: how each outcome reached was rated, so it is asked once. */
  feedback?: Ratings;
}

export function toEnvelope(
  machineId: string,
  saved: SavedFlow,
  { customerLanguage, language, feedback }: Pick<Envelope, 'customerLanguage' | 'language' | 'feedback'> = {},
): string {
  const rated = feedback && Object.keys(feedback).length > 0 ? feedback : undefined;
  return JSON.stringify({
    v: ENVELOPE_VERSION,
    machine: machineId,
    snapshot: saved,
    customerLanguage,
    language,
    feedback: rated,
  } satisfies Envelope);
}

/** The ratings a stored envelope keeps, each checked; none for anything this version did not write. */
export function feedbackOfEnvelope(machineId: string, text: string | null): Ratings {
  if (fromEnvelope(machineId, text) === null) return {};
  return cleanRatings((JSON.parse(text!) as Envelope).feedback);
}

/** The saved flow, or null for anything that is not exactly what this version writes. */
export function fromEnvelope(machineId: string, text: string | null): SavedFlow | null {
  if (text === null || text.length > MAX_LENGTH) return null;
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch {
    return null;
  }
  if (typeof data !== 'object' || data === null) return null;
  const { v, machine, snapshot } = data as Partial<Envelope>;
  if (v !== ENVELOPE_VERSION || machine !== machineId || typeof snapshot !== 'object' || snapshot === null) return null;
  const { step, answers, review, mustShow = [] } = snapshot as Partial<Record<keyof SavedFlow, unknown>>;
  if (!isStep(step) || typeof review !== 'boolean' || typeof answers !== 'object' || answers === null) return null;
  if (!Array.isArray(mustShow) || !mustShow.every((q) => typeof q === 'string' && isQuestion(q))) return null;
  const clean = sanitizeAnswers(answers);
  if (Object.keys(clean).length !== Object.keys(answers).length) return null;
  return { step, answers: clean, review, mustShow: mustShow as QuestionId[] };
}
