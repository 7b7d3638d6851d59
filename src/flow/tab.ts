/**
 * What the page can tell from the address and the tab's storage before the app has loaded
 * (src/firstPaint.ts reads it, inlined in every page): nothing here imports anything.
 */

/**
 * What the server wrote into a page (`data-page` on `<html>`, src/prerender.tsx): a page of its own,
 * or the neutral frame for an address whose page depends on what the tab has stored.
 */
export const SERVED_PAGES = ['start', 'reason', 'accessibility', 'notFound', 'frame'] as const;
export type ServedPage = (typeof SERVED_PAGES)[number];

export const STORAGE_KEY = 'refusjonsveiviser';
/** A stored flow longer than this is not one the wizard wrote. */
export const MAX_LENGTH = 4000;

/** A help article's frame asks for embed mode (`?embed=1`): no site header or footer, and the host sizes the frame. */
export function isEmbedRequest(search: string): boolean {
  return new URLSearchParams(search).get('embed') === '1';
}

function parse(text: string | null): { language?: unknown; snapshot?: { answers?: unknown } } | null {
  if (text === null || text.length > MAX_LENGTH) return null;
  try {
    const data: unknown = JSON.parse(text);
    return typeof data === 'object' && data !== null ? data : null;
  } catch {
    return null;
  }
}

/** The language a tab's stored flow keeps, unchecked beyond being a string: the reader matches it to one of ours. */
export function languageOfEnvelope(text: string | null): string | undefined {
  const language = parse(text)?.language;
  return typeof language === 'string' ? language : undefined;
}

/** Whether the tab's stored flow holds any answer (which a page would show chosen). */
export function envelopeHasAnswers(text: string | null): boolean {
  const answers = parse(text)?.snapshot?.answers;
  return typeof answers === 'object' && answers !== null && Object.keys(answers).length > 0;
}
