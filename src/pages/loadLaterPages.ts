import { loadFlowStrings } from '../i18n';

type LaterPages = typeof import('./laterPages');

/** A promise that says whether it has settled, as React's `use` reads it: a loaded chunk renders at once. */
type Tracked<T> = Promise<T> & { status?: 'pending' | 'fulfilled' | 'rejected'; value?: T; reason?: unknown };

let loading: Tracked<LaterPages> | undefined;

/**
 * The chunk of the pages after the start page, with their strings, asked for once. main.tsx waits for it before the
 * first render of any other address, and asks for it as soon as the start page has hydrated.
 * A chunk that failed stays failed for this page, so a render that reads it ends on the error
 * page (whose «Prøv igjen» loads the page afresh) rather than asking again on every render.
 */
export function loadLaterPages(): Promise<LaterPages> {
  if (loading) return loading;
  const tracked: Tracked<LaterPages> = Promise.all([import('./laterPages'), loadFlowStrings()]).then(([pages]) => pages);
  tracked.status = 'pending';
  tracked.then(
    (value) => {
      tracked.status = 'fulfilled';
      tracked.value = value;
    },
    (reason: unknown) => {
      tracked.status = 'rejected';
      tracked.reason = reason;
    },
  );
  loading = tracked;
  return tracked;
}
