import { useEffect, useRef } from 'react';

export interface Shortcuts {
  choose: (index: number) => void;
  proceed: () => void;
  back: () => void;
  newCall: () => void;
}

function isTyping(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false;
  if (target.isContentEditable) return true;
  if (target instanceof HTMLInputElement) return !['radio', 'checkbox', 'button', 'submit'].includes(target.type);
  return target instanceof HTMLTextAreaElement || target instanceof HTMLSelectElement;
}

/** Enter on a link, a button or a form field (where it submits the form) already does its own thing. */
function isHandledByPage(target: EventTarget | null): boolean {
  return target instanceof Element && target.closest('a, button, input, select, textarea, summary') !== null;
}

/**
 * Single-key shortcuts for agent mode. They can be turned off (WCAG 2.1.4), never fire while
 * the agent types in a field, and leave Enter on buttons and links to do what it always does.
 */
export function useShortcuts(enabled: boolean, shortcuts: Shortcuts): void {
  const latest = useRef(shortcuts);
  useEffect(() => {
    latest.current = shortcuts;
  });
  useEffect(() => {
    if (!enabled) return;
    const onKey = (event: KeyboardEvent) => {
      if (event.defaultPrevented || event.ctrlKey || event.metaKey || event.altKey || isTyping(event.target)) return;
      const { choose, proceed, back, newCall } = latest.current;
      let act: () => void;
      if (/^[1-9]$/.test(event.key)) act = () => choose(Number(event.key) - 1);
      else if (event.key === 'Enter' && !isHandledByPage(event.target)) act = proceed;
      // The key's place, not its letter: B and N work on a Hebrew or any other layout too.
      else if (event.code === 'KeyB') act = back;
      else if (event.code === 'KeyN') act = newCall;
      else return;
      event.preventDefault();
      // A held key repeats: only its first press counts, or a held Enter would answer the next question too.
      if (!event.repeat) act();
    };
    document.addEventListener('keydown', onKey);
    return () => document.removeEventListener('keydown', onKey);
  }, [enabled]);
}
