import { useSyncExternalStore } from 'react';
import { type FeedbackMessage, type Rating, type Ratings, feedbackMessage } from '../flow/feedback';
import type { OutcomeId } from '../flow/steps';

/**
 * The customer's ratings in this tab: kept with its flow (flowActor writes them into the stored
 * envelope), and each sent once, where the page was told to send it: the host page in a frame, the
 * operator's collector standalone, or nowhere.
 */
let ratings: Ratings = {};
const listeners = new Set<() => void>();
let deliver: ((message: FeedbackMessage) => void) | null = null;
let keep: (() => void) | null = null;

/** The tab's flow started: these are the ratings it kept, and this writes them back. */
export function keepRatings(kept: Ratings, write: () => void): void {
  ratings = kept;
  keep = write;
}

export function currentRatings(): Ratings {
  return ratings;
}

export function sendRatingsTo(send: (message: FeedbackMessage) => void): void {
  deliver = send;
}

/** A standalone page's way out: a beacon, which outlives the page and sets no cookie of ours. */
export function beacon(url: string): (message: FeedbackMessage) => void {
  return (message) => {
    try {
      // A string goes as text/plain: a simple request, with no preflight to another origin.
      navigator.sendBeacon(url, JSON.stringify(message));
    } catch {
      // Nothing to tell the person: the rating is theirs to give, not ours to insist on.
    }
  };
}

/** One rating per outcome: a second for the same outcome changes nothing. */
export function rate(outcome: OutcomeId, rating: Rating): void {
  if (ratings[outcome]) return;
  ratings = { ...ratings, [outcome]: rating };
  keep?.();
  deliver?.(feedbackMessage(outcome, rating));
  for (const listener of listeners) listener();
}

function subscribe(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

export function useRating(outcome: OutcomeId): Rating | undefined {
  return useSyncExternalStore(subscribe, () => ratings[outcome]);
}
