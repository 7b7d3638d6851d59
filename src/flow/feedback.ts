import { type OutcomeId, isOutcome } from './steps';

/** Why an outcome did not help, if the person says: a choice of three, never free text. */
export const REASONS = ['notMyCase', 'hardToUnderstand', 'other'] as const;
export type Reason = (typeof REASONS)[number];

/** «Fikk du svar på det du lurte på?»: yes, or no with a reason or none. */
export interface Rating {
  helpful: boolean;
  reason: Reason | null;
}

/** What the tab keeps: one rating per outcome, so the question is not asked twice. */
export type Ratings = Partial<Record<OutcomeId, Rating>>;

/**
 * What goes to the host page or the operator's collector: the outcome and the rating, and
 * nothing else (no answers, no code, no time beyond the moment it is sent).
 */
export interface FeedbackMessage extends Rating {
  type: 'feedback';
  outcome: OutcomeId;
}

export function feedbackMessage(outcome: OutcomeId, { helpful, reason }: Rating): FeedbackMessage {
  return { type: 'feedback', outcome, helpful, reason: helpful ? null : reason };
}

export function isRating(value: unknown): value is Rating {
  if (typeof value !== 'object' || value === null) return false;
  const { helpful, reason, ...rest } = value as Record<string, unknown>;
  if (Object.keys(rest).length > 0 || typeof helpful !== 'boolean') return false;
  return reason === null || (!helpful && typeof reason === 'string' && (REASONS as readonly string[]).includes(reason));
}

/** A message that is exactly a rating of one of our outcomes (a collector checks it the same way). */
export function isFeedbackMessage(value: unknown): value is FeedbackMessage {
  if (typeof value !== 'object' || value === null) return false;
  const { type, outcome, ...rating } = value as Record<string, unknown>;
  return type === 'feedback' && typeof outcome === 'string' && isOutcome(outcome) && isRating(rating);
}

/** The ratings kept in a stored envelope, each checked; anything else is dropped. */
export function cleanRatings(value: unknown): Ratings {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return {};
  return Object.fromEntries(
    Object.entries(value).filter(([outcome, rating]) => isOutcome(outcome) && isRating(rating)),
  ) as Ratings;
}

/**
 * Where a standalone wizard sends ratings (VITE_FEEDBACK_URL at build): a path on its own origin,
 * or an https address of the operator's own collector, whose origin the build adds to connect-src.
 * Unset, nothing is sent. Anything else stops the build.
 */
export function feedbackAddress(configured: string | undefined): { url: string; origin: string | null } | null {
  const value = (configured ?? '').trim();
  if (value === '') return null;
  if (/^\/(?![/\\])[\w\-./]*$/.test(value)) return { url: value, origin: null };
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    throw new Error(`VITE_FEEDBACK_URL is neither a path nor an address: ${value}`);
  }
  const local = url.hostname === 'localhost' || url.hostname === '127.0.0.1';
  if (url.protocol !== 'https:' && !(local && url.protocol === 'http:')) {
    throw new Error(`VITE_FEEDBACK_URL must be https (or http on localhost): ${value}`);
  }
  if (url.username || url.password || url.hash) throw new Error(`VITE_FEEDBACK_URL has credentials or a fragment: ${value}`);
  return { url: url.href, origin: url.origin };
}
