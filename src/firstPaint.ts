import { STORAGE_KEY, type ServedPage, envelopeHasAnswers, isEmbedRequest, languageOfEnvelope } from './flow/tab';
import { CHOICE_KEY, pickFrom } from './i18n/pick';

export interface Visit {
  /** The page and language the server wrote. */
  served: { page: string | undefined; lang: string };
  pathname: string;
  search: string;
  /** The tab's flow as stored (sessionStorage), and the choice kept from another visit (localStorage). */
  stored: string | null;
  remembered: string | null;
  browserLanguages: readonly string[];
}

/** What the build knows of the flow, passed in so the script carries no more of it than this. */
export interface FlowAddresses {
  /** The keys a link presets answers with. */
  presetKeys: readonly string[];
  /** The first question's address. */
  reasonPath: string;
}

/**
 * Whether the page the server wrote is the one the app opens on, in the language it opens in.
 * The server cannot see the tab's storage, and a static host cannot read the query: where it
 * guessed wrong, the page is hidden until the app draws its own, so neither another page's
 * heading nor another language's text is ever on screen.
 */
export function servedPageFits(
  { served, pathname, search, stored, remembered, browserLanguages }: Visit,
  { presetKeys, reasonPath }: FlowAddresses,
): boolean {
  if (pickFrom(search, languageOfEnvelope(stored), remembered, browserLanguages) !== served.lang) return false;
  // Embedded, the layout is the frame's own (no header or footer): the app draws it.
  if (isEmbedRequest(search)) return false;
  const params = new URLSearchParams(search);
  const presets = presetKeys.some((key) => params.has(key));
  const path = pathname.replace(/^\/+/, '/').replace(/(.)\/+$/, '$1');
  const page = served.page as ServedPage | undefined;
  // A preset leads into the flow from any address; a static host cannot see it.
  if (page === 'frame') return true;
  // Every other page is written for a new flow: stored answers would show chosen, and change the
  // code in «Trenger du mer hjelp?».
  if (presets || envelopeHasAnswers(stored)) return false;
  switch (page) {
    case 'start':
      return ['/', '/index.html'].includes(path.toLowerCase());
    case 'reason':
      return path.toLowerCase() === reasonPath;
    case 'accessibility':
    case 'notFound':
      return true;
    default:
      return false;
  }
}

function read(area: 'sessionStorage' | 'localStorage', key: string): string | null {
  try {
    return window[area].getItem(key);
  } catch {
    return null;
  }
}

/** Inlined in the head of every page the build writes, so it runs before the first paint. */
export function firstPaint(addresses: FlowAddresses): void {
  const root = document.documentElement;
  root.classList.add('js');
  const { pathname, search } = window.location;
  if (isEmbedRequest(search)) {
    root.classList.add('embedded');
    // Transparent over an article that is most likely light: dark text unless the host opts in.
    if (new URLSearchParams(search).get('theme') !== 'auto') root.classList.add('embedded-light');
  }
  const fits = servedPageFits({
    served: { page: root.dataset.page, lang: root.lang },
    pathname,
    search,
    stored: read('sessionStorage', STORAGE_KEY),
    remembered: read('localStorage', CHOICE_KEY),
    browserLanguages: navigator.languages,
  }, addresses);
  if (!fits) root.classList.add('rv-wait');
}
