import { readFileSync } from 'node:fs';
import { request } from 'node:http';
import { describe, expect, it } from 'vitest';
import { parseHeadersFile } from '../../scripts/serve.js';
import { baseURL, chromiumForFile, expectClean } from './browser';

const declared = parseHeadersFile(readFileSync(new URL('../../dist/_headers', import.meta.url), 'utf8'));
const csp = declared
  .find((rule) => rule.pattern === '/*')
  ?.headers.find(([name]) => name === 'Content-Security-Policy')?.[1];

// fetch() normalises `..` and `%2e%2e` away, so traversal probes need raw HTTP.
function raw(method: string, path: string) {
  const { hostname, port } = new URL(baseURL);
  return new Promise<{ status: number; headers: Record<string, string | string[] | undefined>; body: string }>(
    (resolve, reject) => {
      const req = request({ hostname, port, method, path }, (res) => {
        let body = '';
        res.setEncoding('utf8');
        res.on('data', (chunk: string) => (body += chunk));
        res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body }));
      });
      req.on('error', reject);
      req.end();
    },
  );
}

describe('static server', () => {
  it('serves index.html with the headers from _headers', async () => {
    expect(csp).toBeTruthy();
    const res = await fetch(baseURL);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe('text/html; charset=utf-8');
    expect(res.headers.get('cache-control')).toBe('no-cache');
    expect(res.headers.get('content-security-policy')).toBe(csp);
    expect(res.headers.get('x-content-type-options')).toBe('nosniff');
  });

  it('serves fingerprinted assets as immutable JavaScript', async () => {
    const html = await (await fetch(baseURL)).text();
    const src = /<script\b[^>]*\bsrc="([^"]+)"/.exec(html)?.[1];
    expect(src).toMatch(/^\/assets\//);
    const res = await fetch(new URL(src!, baseURL));
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe('text/javascript; charset=utf-8');
    expect(res.headers.get('cache-control')).toBe('public, max-age=31536000, immutable');
  });

  it('falls back to index.html for client routes only', async () => {
    const route = await fetch(new URL('/some/client/route', baseURL));
    expect(route.status).toBe(200);
    expect(route.headers.get('content-type')).toBe('text/html; charset=utf-8');
    expect((await fetch(new URL('/missing.js', baseURL))).status).toBe(404);
    expect((await fetch(new URL('/_headers', baseURL))).status).toBe(404);
  });

  it.each(['/../package.json', '/%2e%2e/package.json', '/assets/%2E%2E/%2e%2e/package.json', '/%2e%2e%2fpackage.json'])(
    'does not escape dist for %s',
    async (path) => {
      const res = await raw('GET', path);
      expect(res.status).toBe(404);
      expect(res.body).not.toContain('"devDependencies"');
    },
  );

  it('rejects malformed percent-encoding and other methods', async () => {
    expect((await raw('GET', '/%E0%A4%A')).status).toBe(400);
    const post = await raw('POST', '/');
    expect(post.status).toBe(405);
    expect(post.headers.allow).toBe('GET, HEAD');
  });
});

describe('in Chromium', () => {
  const openPage = chromiumForFile();

  it('loads / without CSP violations, errors or off-origin requests', async () => {
    const { page, context, collected } = await openPage({ width: 1280, height: 800 });
    const res = await page.goto('/', { waitUntil: 'networkidle' });
    expect(res?.status()).toBe(200);
    await context.close();
    expectClean(collected);
  });
});
