import { type Answers, type QuestionSpec, QUESTIONS, QUESTION_IDS, isAllowedAnswer } from './steps';

/** Longer values are not answers to any question; they are not even looked at. */
const MAX_VALUE_LENGTH = 40;

function normalise(question: keyof typeof QUESTIONS, raw: string): string {
  return question === 'country' ? raw.toUpperCase() : raw.toLowerCase();
}

/**
 * Answers preset by a link, keyed by question (`?plan=familie&kjopt=apple`). A key given twice is
 * ambiguous and ignored, as is any value the question does not offer, and any answer a link may
 * not give (the confirm step's).
 */
export function parsePresets(search: string): Answers {
  const params = new URLSearchParams(search.length > 2000 ? '' : search);
  const answers: Answers = {};
  for (const question of QUESTION_IDS) {
    if ((QUESTIONS[question] as QuestionSpec).confirmsText) continue;
    const values = params.getAll(QUESTIONS[question].key);
    const [raw] = values;
    if (values.length !== 1 || raw === undefined || raw.length > MAX_VALUE_LENGTH) continue;
    const value = normalise(question, raw.trim());
    if (isAllowedAnswer(question, value)) Object.assign(answers, { [question]: value });
  }
  return answers;
}

export function hasPresets(search: string): boolean {
  return Object.keys(parsePresets(search)).length > 0;
}

/**
 * The query string without the presets (answers and the language), so a reload resumes from what
 * the person did since instead of presetting again.
 */
export function withoutPresets(search: string): string {
  const params = new URLSearchParams(search);
  for (const question of QUESTION_IDS) params.delete(QUESTIONS[question].key);
  params.delete('lng');
  const rest = params.toString();
  return rest ? `?${rest}` : '';
}
