/** A promise that says whether it has settled, as React's `use` reads it: a loaded chunk renders at once. */
type Tracked<T> = Promise<T> & { status?: 'pending' | 'fulfilled' | 'rejected'; value?: T; reason?: unknown };

/**
 * `load`, asked for once. What failed stays failed for this page, so a render that reads it ends on
 * the error page (whose «Prøv igjen» loads the page afresh) rather than asking again on every render.
 */
export function loadOnce<T>(load: () => Promise<T>): () => Promise<T> {
  let loading: Tracked<T> | undefined;
  return () => {
    if (loading) return loading;
    const tracked: Tracked<T> = load();
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
  };
}
