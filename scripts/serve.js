// Static server for the production build. Dependency-free so `npm run serve`
// works from a bare checkout after `npm run build`, and importable so the e2e
// suite can start it in-process on an ephemeral port.
import { createReadStream, existsSync, readFileSync, realpathSync } from 'node:fs';
import { stat } from 'node:fs/promises';
import { createServer } from 'node:http';
import { extname, join, resolve, sep } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { startDemo } from './demo-server.js';
import { servedPage, serverLanguage } from './served-page.js';

const DEFAULT_ROOT = fileURLToPath(new URL('../dist/', import.meta.url));

export const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.ico': 'image/x-icon',
  '.txt': 'text/plain; charset=utf-8',
  '.webmanifest': 'application/manifest+json; charset=utf-8',
  '.png': 'image/png',
};

// Host config files that Netlify/Cloudflare Pages never serve either, and the build's pages by
// their own names (each is sent for its addresses).
const HIDDEN = new Set(['/_headers', '/_redirects']);
const HIDDEN_FOLDERS = ['/_nginx/', '/pages/'];

/**
 * Parses the Netlify/Cloudflare Pages `_headers` format, so the deploy target
 * and this server share one source of truth for security headers.
 * @param {string} text
 * @returns {{ pattern: string, headers: [string, string][] }[]}
 */
export function parseHeadersFile(text) {
  /** @type {{ pattern: string, headers: [string, string][] }[]} */
  const rules = [];
  for (const line of text.split(/\r?\n/)) {
    const trimmed = line.trim();
    if (trimmed === '' || trimmed.startsWith('#')) continue;
    if (!/^\s/.test(line)) {
      rules.push({ pattern: trimmed, headers: [] });
      continue;
    }
    const colon = trimmed.indexOf(':');
    const rule = rules.at(-1);
    if (colon <= 0 || !rule) throw new Error(`_headers: cannot parse line "${line}"`);
    rule.headers.push([trimmed.slice(0, colon).trim(), trimmed.slice(colon + 1).trim()]);
  }
  return rules;
}

/**
 * @param {string} pattern
 * @param {string} path
 */
function matches(pattern, path) {
  if (pattern.endsWith('/*')) return path.startsWith(pattern.slice(0, -1));
  return pattern === path;
}

/** A rating is a few dozen bytes; anything much longer is not one. */
const MAX_RATING = 512;

/**
 * A rating the wizard sent (VITE_FEEDBACK_URL on its own origin): checked to be exactly one, and
 * written as one JSON line to the output, as an operator's collector would store it. It holds an
 * outcome and a yes or no with a reason, nothing else: no answers, no address, no identifier.
 * @param {import('node:http').IncomingMessage} req
 * @param {{ outcomes: string[], reasons: string[] }} known
 * @param {(status: number) => void} reply
 */
function takeRating(req, { outcomes, reasons }, reply) {
  let body = '';
  req.setEncoding('utf8');
  req.on('data', (chunk) => {
    body += chunk;
    if (body.length > MAX_RATING) {
      reply(413);
      req.destroy();
    }
  });
  req.on('end', () => {
    /** @type {unknown} */
    let data;
    try {
      data = JSON.parse(body);
    } catch {
      return reply(400);
    }
    const { type, outcome, helpful, reason, ...rest } = /** @type {Record<string, unknown>} */ (data ?? {});
    const valid =
      typeof data === 'object' &&
      Object.keys(rest).length === 0 &&
      type === 'feedback' &&
      typeof outcome === 'string' &&
      outcomes.includes(outcome) &&
      typeof helpful === 'boolean' &&
      (reason === null || (!helpful && typeof reason === 'string' && reasons.includes(reason)));
    if (!valid) return reply(400);
    console.log(JSON.stringify({ feedback: { outcome, helpful, reason } }));
    reply(204);
  });
}

/**
 * @param {{ port?: number, host?: string, root?: string }} [options]
 * @returns {Promise<{ url: string, close: () => Promise<void> }>}
 */
export function startServer({ port = 4173, host = '127.0.0.1', root = DEFAULT_ROOT } = {}) {
  const base = resolve(root);
  const headersFile = join(base, '_headers');
  const rules = existsSync(headersFile) ? parseHeadersFile(readFileSync(headersFile, 'utf8')) : [];
  const addressesFile = join(base, 'pages', 'addresses.json');
  if (!existsSync(addressesFile)) throw new Error(`${addressesFile} not found: run npm run build first.`);
  /** @type {import('./served-page.js').Addresses} */
  const addresses = JSON.parse(readFileSync(addressesFile, 'utf8'));

  const server = createServer(async (req, res) => {
    const raw = (req.url ?? '/').split(/[?#]/, 1)[0] ?? '/';
    const query = (req.url ?? '').split('#', 1)[0]?.split('?').slice(1).join('?') ?? '';

    /** @param {string} path */
    const applyHeaders = (path) => {
      for (const rule of rules) {
        if (!matches(rule.pattern, path)) continue;
        for (const [name, value] of rule.headers) res.setHeader(name, value);
      }
    };
    /** @param {number} status @param {string} message */
    const fail = (status, message) => {
      res.writeHead(status, { 'Content-Type': 'text/plain; charset=utf-8', 'Cache-Control': 'no-cache' });
      res.end(req.method === 'HEAD' ? undefined : `${message}\n`);
    };

    let path;
    try {
      path = decodeURIComponent(raw);
    } catch {
      applyHeaders(raw);
      return fail(400, 'Bad request');
    }
    applyHeaders(path);

    if (req.method === 'POST' && addresses.feedback && path === addresses.feedback.path) {
      return takeRating(req, addresses.feedback, (status) => {
        res.writeHead(status, { 'Cache-Control': 'no-store' });
        res.end();
      });
    }
    if (req.method !== 'GET' && req.method !== 'HEAD') {
      res.setHeader('Allow', 'GET, HEAD');
      return fail(405, 'Method not allowed');
    }
    // Checked after decoding so `%2e%2e` and `%2f` cannot smuggle a traversal.
    const segments = path.split(/[/\\]/);
    if (!path.startsWith('/') || path.includes('\0') || segments.some((s) => s === '..' || s.startsWith('.'))) {
      return fail(404, 'Not found');
    }
    // As nginx merges them.
    path = path.replace(/\/{2,}/g, '/');
    if (HIDDEN.has(path) || HIDDEN_FOLDERS.some((folder) => path.startsWith(folder))) return fail(404, 'Not found');

    let file = resolve(base, `.${path}`);
    if (file !== base && !file.startsWith(base + sep)) return fail(404, 'Not found');

    let status = 200;
    // An address of the wizard gets its page in the reader's language (scripts/served-page.js);
    // any other path is a file, and one without an extension that names none is not found.
    const chosen = servedPage(addresses, path, query);
    if (chosen.page !== 'notFound' || extname(path) === '') {
      const language = serverLanguage(addresses, query, String(req.headers['accept-language'] ?? ''));
      file = join(base, 'pages', language, `${chosen.page}.html`);
      status = chosen.status;
      res.setHeader('Vary', 'Accept-Language');
    }
    let info = await stat(file).catch(() => null);
    if (!info?.isFile()) return fail(404, 'Not found');

    const type = /** @type {Record<string, string>} */ (TYPES)[extname(file).toLowerCase()];
    // The build leaves a gzip copy beside each text file (scripts/compress.js): send it when welcome.
    const gzipped = /\bgzip\b/.test(String(req.headers['accept-encoding'] ?? '')) ? await stat(`${file}.gz`).catch(() => null) : null;
    // Whether or not it is sent, as nginx's gzip_static says so when the copy exists.
    if (await stat(`${file}.gz`).then((gz) => gz.isFile(), () => false)) {
      res.setHeader('Vary', [res.getHeader('Vary'), 'Accept-Encoding'].filter(Boolean).join(', '));
    }
    if (gzipped?.isFile()) {
      file = `${file}.gz`;
      info = gzipped;
      res.setHeader('Content-Encoding', 'gzip');
    }
    res.writeHead(status, {
      'Content-Type': type ?? 'application/octet-stream',
      'Content-Length': info.size,
      // Vite fingerprints everything under /assets; everything else may change.
      'Cache-Control': path.startsWith('/assets/') && status === 200 ? 'public, max-age=31536000, immutable' : 'no-cache',
    });
    if (req.method === 'HEAD') return res.end();
    createReadStream(file)
      .on('error', () => res.destroy())
      .pipe(res);
  });

  return listen(server, port, host);
}

/**
 * Starts a server on host:port (0 for any free one), with how to reach it and how to close it.
 * @param {import('node:http').Server} server @param {number} port @param {string} host
 * @returns {Promise<{ url: string, close: () => Promise<void> }>}
 */
export function listen(server, port, host) {
  return new Promise((resolvePromise, reject) => {
    server.once('error', reject);
    server.listen(port, host, () => {
      const address = server.address();
      const actualPort = typeof address === 'object' && address ? address.port : port;
      const urlHost = host.includes(':') ? `[${host}]` : host;
      resolvePromise({
        url: `http://${urlHost}:${actualPort}/`,
        close: () =>
          new Promise((done, fail) => {
            server.close((error) => (error ? fail(error) : done()));
            server.closeAllConnections();
          }),
      });
    });
  });
}

const invokedDirectly =
  process.argv[1] !== undefined && import.meta.url === pathToFileURL(realpathSync(process.argv[1])).href;

if (invokedDirectly) {
  const port = Number(process.env.PORT ?? process.argv[2] ?? 4173);
  const host = process.env.HOST ?? '127.0.0.1';
  // Another build than dist/ (the tests' E2E_DIST, say).
  const root = process.env.DIST ? `${process.env.DIST.replace(/\/$/, '')}/` : DEFAULT_ROOT;
  if (!Number.isInteger(port) || port < 0 || port > 65535) {
    console.error(`Invalid port: ${process.env.PORT ?? process.argv[2]}`);
    process.exit(1);
  }
  if (!existsSync(join(root, 'pages', 'addresses.json'))) {
    console.error(`${join(root, 'pages', 'addresses.json')} not found: run npm run build first.`);
    process.exit(1);
  }
  const { url, close } = await startServer({ port, host, root });
  console.log(`Refusjonsveiviseren: ${url}`);
  // The embed demo, as a help article on another origin would frame the wizard.
  const demo = await startDemo({ wizard: url, port: port === 0 ? 0 : port + 1, host, root });
  console.log(`The embed demo, as a help article: ${demo.url}`);
  for (const signal of /** @type {const} */ (['SIGINT', 'SIGTERM'])) {
    process.once(signal, () => void Promise.all([close(), demo.close()]).then(() => process.exit(0)));
  }
}
