import { createContext, useContext, useSyncExternalStore } from 'react';

export interface Place {
  pathname: string;
  search: string;
  hash: string;
}

/**
 * The address bar as a store React subscribes to. The machine owns the routes (each step's meta
 * names its address), so all the app needs from history is to read, push, replace and go back:
 * a router library would add 13 KB of route matching it never uses to the first load.
 */
export interface History {
  place(): Place;
  subscribe(listener: () => void): () => void;
  push(path: string): void;
  replace(path: string): void;
  back(): void;
  /** Whether going back stays in this app (false when the tab was opened on this page). */
  canGoBack(): boolean;
}

function split(path: string): Place {
  const url = new URL(path, 'http://x');
  return { pathname: url.pathname, search: url.search, hash: url.hash };
}

/** The browser's history. Each entry this app pushes is numbered, so Back can tell where it leads. */
export function browserHistory(): History {
  const listeners = new Set<() => void>();
  const read = (): Place => ({ pathname: location.pathname, search: location.search, hash: location.hash });
  let current = read();
  const index = () => Number((history.state as { idx?: unknown } | null)?.idx) || 0;
  const changed = () => {
    current = read();
    for (const listener of listeners) listener();
  };
  if (typeof (history.state as { idx?: unknown } | null)?.idx !== 'number') history.replaceState({ idx: 0 }, '');
  window.addEventListener('popstate', changed);
  return {
    place: () => current,
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    push(path) {
      history.pushState({ idx: index() + 1 }, '', path);
      changed();
    },
    replace(path) {
      history.replaceState({ idx: index() }, '', path);
      changed();
    },
    back: () => history.back(),
    canGoBack: () => index() > 0,
  };
}

/** History kept in memory: for tests, and for rendering on the server (where nothing moves). */
export function memoryHistory(initial: string): History {
  const listeners = new Set<() => void>();
  const entries = [split(initial)];
  let at = 0;
  const changed = () => {
    for (const listener of listeners) listener();
  };
  return {
    place: () => entries[at]!,
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    push(path) {
      entries.splice(at + 1, entries.length, split(path));
      at += 1;
      changed();
    },
    replace(path) {
      entries[at] = split(path);
      changed();
    },
    back() {
      if (at === 0) return;
      at -= 1;
      // The browser tells of Back after the current task; so does this.
      queueMicrotask(changed);
    },
    canGoBack: () => at > 0,
  };
}

export const HistoryContext = createContext<History | null>(null);

export function useHistory(): History {
  const value = useContext(HistoryContext);
  if (!value) throw new Error('useHistory needs a HistoryContext');
  return value;
}

export function usePlace(): Place {
  const history = useHistory();
  return useSyncExternalStore(history.subscribe, history.place, history.place);
}
