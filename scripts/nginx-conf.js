// The nginx half of what the build writes (dist/_nginx/http.conf and server.conf), from the same
// sources as scripts/serve.js reads: dist/_headers (the security headers, with the inline script's
// hash and the embedding hosts) and dist/pages/addresses.json (which page an address gets). The
// snippet in nginx/refusjonsveiviser.conf includes both, so the two servers cannot drift.
import { TYPES, parseHeadersFile } from './serve.js';
import { languagePattern } from './served-page.js';

/** @param {string} value */
const quoted = (value) => `"${value.replace(/\\/g, '\\\\').replace(/"/g, '\\"')}"`;
/** @param {string[]} paths */
const alternatives = (paths) => paths.map((path) => path.slice(1).replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('|');

/**
 * @param {import('./served-page.js').Addresses} addresses
 * @returns {string} maps, for the http context
 */
export function httpConf(addresses) {
  const languages = [...addresses.languages.map((code) => [code, code]), ...Object.entries(addresses.aliases)];
  return `# Written by the build (scripts/nginx-conf.js): do not edit. Include in the http context.

# The language a page is written in: the first of ours in ?lng= and then Accept-Language.
map "$arg_lng,$http_accept_language" $refusjonsveiviser_tag {
    ${quoted(`~*${languagePattern(addresses)}`)} $tag;
    default "";
}
map $refusjonsveiviser_tag $refusjonsveiviser_lang {
${languages.map(([tag, code]) => `    ~*^${tag}$ ${code};`).join('\n')}
    default ${addresses.defaultLanguage};
}

# A query that leads past the page an address names (a preset, embed mode) gets the frame.
map $args $refusjonsveiviser_frame_query {
    ${quoted(`~(?:^|&)(?:${addresses.frameQueryKeys.join('|')})(?:[=&]|$)`)} 1;
    default 0;
}

# The frame's file name when the query leads past the page, else a name no file has: try_files
# then goes on to the address's own page.
map $refusjonsveiviser_frame_query $refusjonsveiviser_frame {
    1 frame;
    default no-frame;
}

# Vite fingerprints everything under /assets; everything else may change, and an error is never kept.
map "$status:$uri" $refusjonsveiviser_cache {
    ~^(?:200|304):/assets/ "public, max-age=31536000, immutable";
    default "no-cache";
}
`;
}

/**
 * Ratings sent to the wizard's own origin: scripts/serve.js takes them; here, how to pass them to
 * a collector, commented, since only the operator knows where that is.
 * @param {import('./served-page.js').Addresses['feedback']} feedback
 */
function feedbackComment(feedback) {
  if (!feedback) return '';
  const path = feedback.path.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  return `
# Ratings (VITE_FEEDBACK_URL=${feedback.path}) get 405 here, as every POST does. To pass them to a
# collector of your own, put these in place of the method check above, uncommented:
# set $refusjonsveiviser_method "$request_method:$uri";
# if ($refusjonsveiviser_method !~ "^(?:GET|HEAD):|^POST:${path}$") {
#     return 405;
# }
# location = ${feedback.path} {
#     limit_except POST { deny all; }
#     client_max_body_size 1k;
#     proxy_pass http://127.0.0.1:8125;  # the collector
# }
`;
}

/**
 * @param {import('./served-page.js').Addresses} addresses
 * @param {string} headersText dist/_headers
 * @returns {string} the headers, types and locations, for the server context
 */
export function serverConf(addresses, headersText) {
  const rule = parseHeadersFile(headersText).find((r) => r.pattern === '/*');
  if (!rule) throw new Error('_headers has no /* rule');
  const headers = [
    ...rule.headers.map(([name, value]) => `add_header ${name} ${quoted(value)} always;`),
    'add_header Cache-Control $refusjonsveiviser_cache always;',
  ];
  // nginx drops inherited add_header lines in a location that adds its own: such a location repeats them.
  const withHeaders = (/** @type {string[]} */ own) => [...headers, ...own].map((line) => `    ${line}`).join('\n');
  const byLanguage = withHeaders(['add_header Vary Accept-Language always;']);
  const pageFile = (/** @type {string} */ name) => `/pages/$refusjonsveiviser_lang/${name}.html`;
  /** A location that sends one of the build's pages, or the frame when the query leads past it. */
  const pageAt = (/** @type {string} */ match, /** @type {string} */ name) =>
    `location ${match} {\n${byLanguage}\n    try_files ${pageFile('$refusjonsveiviser_frame')} ${pageFile(name)} =404;\n}`;
  // `types { }` so the path's extension does not name the type of the error.
  const plainText = (/** @type {number} */ status, /** @type {string} */ text) =>
    `types { } default_type text/plain; return ${status} "${text}\\n";`;
  const typeOf = (/** @type {string} */ type) => type.split(';')[0];
  // text/html always has it.
  const charsetTypes = [...new Set(Object.values(TYPES).filter((type) => type.includes('charset')).map(typeOf))].filter((type) => type !== 'text/html');
  const notFound = plainText(404, 'Not found');

  return `# Written by the build (scripts/nginx-conf.js): do not edit. Include in the server context.
${headers.join('\n')}

# The types scripts/serve.js sends, and no others.
types {
${Object.entries(TYPES).map(([extension, type]) => `    ${typeOf(type)} ${extension.slice(1)};`).join('\n')}
}
default_type application/octet-stream;
charset utf-8;
charset_types ${charsetTypes.join(' ')};

# The build writes a .gz beside each text file (scripts/compress.js).
gzip_static on;
gzip_vary on;

# Errors as scripts/serve.js sends them: plain text.
error_page 400 /_refusjonsveiviser_400;
error_page 404 @refusjonsveiviser_404;
error_page 405 @refusjonsveiviser_405;
# A request line nginx cannot read has no address to pass to a named location.
location = /_refusjonsveiviser_400 {
    internal;
    ${plainText(400, 'Bad request')}
}
location @refusjonsveiviser_404 {
    ${notFound}
}
location @refusjonsveiviser_405 {
${withHeaders(['add_header Allow "GET, HEAD" always;'])}
    ${plainText(405, 'Method not allowed')}
}

if ($request_method !~ ^(GET|HEAD)$) {
    return 405;
}
${feedbackComment(addresses.feedback)}
# Host config, the build's pages by their own names, and dotfiles are not content.
location = /_headers { ${notFound} }
location = /_redirects { ${notFound} }
location ^~ /_nginx/ { ${notFound} }
location ~ /\\. { ${notFound} }
location ^~ /pages/ {
    internal;
${byLanguage}
}

# Each address gets its own page, in the reader's language, or the neutral frame
# (src/prerender.tsx; scripts/served-page.js says the same for scripts/serve.js).
${pageAt(`= ${addresses.start}`, 'start')}
${pageAt('~* ^/index\\.html$', 'start')}
${pageAt(`~* ^/${alternatives([addresses.reason])}/*$`, 'reason')}
${pageAt(`~* ^/(?:${alternatives(addresses.frames)})/*$`, 'frame')}
${pageAt(`~ ^/${alternatives([addresses.agent])}/*$`, 'frame')}
${pageAt(`~ ^/${alternatives([addresses.accessibility])}/*$`, 'accessibility')}

# A path with an extension is a file: missing means 404.
location ~ \\.[^/]+$ {
    try_files $uri =404;
}

# Anything else is no page of the wizard's: the not-found page, with its status.
location / {
${byLanguage}
    error_page 404 ${pageFile('notFound')};
    try_files ${pageFile('$refusjonsveiviser_frame')} =404;
}
`;
}
