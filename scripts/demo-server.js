// The embed demo as a help article serves it: from an origin of its own, with a host page's CSP
// that allows the wizard's script and frame and nothing else (README, «Embedding»). `npm start`
// runs it beside the wizard, on the next port.
import { readFile } from 'node:fs/promises';
import { createServer } from 'node:http';
import { fileURLToPath } from 'node:url';
import { listen } from './serve.js';

const DEFAULT_ROOT = fileURLToPath(new URL('../dist/', import.meta.url));
/** The demo's own files, and nothing else of the build. @type {Record<string, [string, string]>} */
const FILES = {
  '/': ['embed-demo.html', 'text/html; charset=utf-8'],
  '/embed-demo.css': ['embed-demo.css', 'text/css; charset=utf-8'],
  '/embed-demo.js': ['embed-demo.js', 'text/javascript; charset=utf-8'],
};

/**
 * @param {{ wizard: string, port?: number, host?: string, root?: string }} options `wizard`: the wizard's address
 * @returns {Promise<{ url: string, close: () => Promise<void> }>}
 */
export function startDemo({ wizard, port = 0, host = '127.0.0.1', root = DEFAULT_ROOT }) {
  const origin = new URL(wizard).origin;
  const policy = [
    "default-src 'none'",
    `script-src 'self' ${origin}`,
    `frame-src ${origin}`,
    "style-src 'self'",
    "base-uri 'none'",
    "object-src 'none'",
  ].join('; ');
  const server = createServer(async (req, res) => {
    const path = (req.url ?? '/').split(/[?#]/, 1)[0] ?? '/';
    const entry = FILES[path];
    if (!entry || (req.method !== 'GET' && req.method !== 'HEAD')) {
      res.writeHead(404, { 'Content-Type': 'text/plain; charset=utf-8' });
      return res.end('Not found\n');
    }
    const [file, type] = entry;
    let body = await readFile(`${root}/${file}`, 'utf8');
    // The article takes the snippet from the wizard's own origin, as the README shows it.
    if (file.endsWith('.html')) body = body.replace('src="/embed.js"', `src="${origin}/embed.js"`);
    res.writeHead(200, { 'Content-Type': type, 'Content-Security-Policy': policy, 'Cache-Control': 'no-cache' });
    res.end(req.method === 'HEAD' ? undefined : body);
  });
  return listen(server, port, host);
}
