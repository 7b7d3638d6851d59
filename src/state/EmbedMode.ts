import { createContext, useContext } from 'react';

/** In a help article's frame (`?embed=1`): no site header or footer, and the host sizes the frame. */
export const EmbedMode = createContext(false);

export function useEmbedded(): boolean {
  return useContext(EmbedMode);
}

export function isEmbedRequest(search: string): boolean {
  return new URLSearchParams(search).get('embed') === '1';
}
