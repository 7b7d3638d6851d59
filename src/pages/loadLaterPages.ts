import { loadFlowStrings } from '../i18n';
import { loadOnce } from '../components/loadOnce';

/**
 * The chunk of the pages after the start page, with their strings. main.tsx waits for it before the
 * first render of any other address, and asks for it as soon as the start page has hydrated.
 */
export const loadLaterPages = loadOnce(() =>
  Promise.all([import('./laterPages'), loadFlowStrings()]).then(([pages]) => pages),
);
