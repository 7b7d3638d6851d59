// Which of the build's pages an address gets, and in which language: scripts/serve.js answers with
// it, scripts/nginx-conf.js writes the same rules for nginx. Both read dist/pages/addresses.json,
// which the build writes from the app's own addresses (src/prerender.tsx).

/**
 * @typedef {{ languages: string[], defaultLanguage: string, aliases: Record<string, string>, start: string,
 *   reason: string, accessibility: string, frames: string[], agent: string, frameQueryKeys: string[],
 *   feedback: { path: string, outcomes: string[], reasons: string[] } | null }} Addresses
 * @typedef {'start' | 'reason' | 'accessibility' | 'notFound' | 'frame'} ServedPage
 */

/**
 * The first tag, in `?lng=` and then Accept-Language, that names one of the languages; its
 * q-values are not weighed (browsers list the languages in order). nginx reads the same
 * expression over the same string (`$arg_lng,$http_accept_language`), undecoded.
 * @param {Addresses} addresses
 */
export function languagePattern(addresses) {
  const tags = [...addresses.languages, ...Object.keys(addresses.aliases)].join('|');
  return `^(?:[^,]*,)*?\\s*(?<tag>${tags})(?:[-_;,\\s]|$)`;
}

/**
 * @param {Addresses} addresses
 * @param {string} rawQuery the query without `?`, undecoded
 * @param {string} acceptLanguage
 */
export function serverLanguage(addresses, rawQuery, acceptLanguage) {
  const lng = rawQuery.split('&').find((part) => part.startsWith('lng='))?.slice(4) ?? '';
  const tag = new RegExp(languagePattern(addresses), 'i').exec(`${lng},${acceptLanguage}`)?.groups?.tag?.toLowerCase();
  return tag === undefined ? addresses.defaultLanguage : (addresses.aliases[tag] ?? tag);
}

/**
 * The page an address without a file of its own gets, and its status. A query that leads past the
 * page the address names (a preset, embed mode) gets the frame.
 * @param {Addresses} addresses
 * @param {string} path decoded
 * @param {string} rawQuery
 * @returns {{ page: ServedPage, status: number }}
 */
export function servedPage(addresses, path, rawQuery) {
  const bare = path.length > 1 ? path.replace(/\/+$/, '') || '/' : path;
  const lower = bare.toLowerCase();
  const frameQuery = new RegExp(`(?:^|&)(?:${addresses.frameQueryKeys.join('|')})(?:[=&]|$)`).test(rawQuery);
  // A preset leads into the flow from any address (src/main.tsx).
  if (frameQuery) return { page: 'frame', status: 200 };
  if (lower === addresses.start || lower === '/index.html') return { page: 'start', status: 200 };
  if (lower === addresses.reason) return { page: 'reason', status: 200 };
  if (addresses.frames.includes(lower) || bare === addresses.agent) return { page: 'frame', status: 200 };
  if (bare === addresses.accessibility) return { page: 'accessibility', status: 200 };
  return { page: 'notFound', status: 404 };
}
