import { type Location, useLocation } from 'react-router';
import { linkSearch } from './EmbedMode';

/**
 * What the wizard keeps in each history entry it makes: how many entries it has made before this
 * one in the tab (so Back can tell whether it stays in the wizard, and which way a Back or Forward
 * went), and whether the entry was opened by «Endre». History state is written only by this
 * origin's script, but it outlives versions and tabs: it is read as untrusted.
 */
export interface Entry {
  depth: number;
  review: boolean;
}

export function entryOf(location: Pick<Location, 'state'>): Entry {
  const state = location.state as { depth?: unknown; review?: unknown } | null | undefined;
  const depth = typeof state?.depth === 'number' && Number.isSafeInteger(state.depth) && state.depth > 0 ? state.depth : 0;
  return { depth, review: state?.review === true };
}

/** The state of an entry pushed after the current one. */
export function nextEntry(location: Pick<Location, 'state'>, review = false): Entry {
  return { depth: entryOf(location).depth + 1, review };
}

/**
 * Props for a `Link` to another page of the wizard: it keeps the query (embed mode) and numbers
 * the entry it pushes.
 */
export function useWizardLink(pathname: string, review = false): { to: string; state: Entry } {
  const location = useLocation();
  return { to: pathname + linkSearch(location.search), state: nextEntry(location, review) };
}
