import { createContext, useContext } from 'react';

/** In a help article's frame (`?embed=1`): no site header or footer, and the host sizes the frame. */
export const EmbedMode = createContext(false);

export function useEmbedded(): boolean {
  return useContext(EmbedMode);
}


/**
 * The part of the query a link within the wizard keeps: embed mode and its theme, with the only
 * values they take. Nothing else from the address (a preset, a hostile value) is ever written
 * into a link.
 */
export function linkSearch(search: string): string {
  const params = new URLSearchParams(search);
  const kept = new URLSearchParams();
  if (params.get('embed') === '1') kept.set('embed', '1');
  if (kept.has('embed') && params.get('theme') === 'auto') kept.set('theme', 'auto');
  const text = kept.toString();
  return text ? `?${text}` : '';
}
