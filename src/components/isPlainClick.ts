import type { MouseEvent } from 'react';

/**
 * A click the page should handle itself. Ctrl-, Cmd-, Shift- and middle-clicks are the browser's:
 * they open the link's address in a new tab or window.
 */
export function isPlainClick(event: MouseEvent<HTMLAnchorElement>): boolean {
  return event.button === 0 && !event.metaKey && !event.ctrlKey && !event.shiftKey && !event.altKey;
}
