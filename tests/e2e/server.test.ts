import { readFileSync } from 'node:fs';
import { request } from 'node:http';
import { gunzipSync } from 'node:zlib';
import { describe, expect, inject, it } from 'vitest';
import { parseHeadersFile } from '../../scripts/serve.js';
import { baseURL, chromiumForFile, expectClean } from './browser';

const declared = parseHeadersFile(readFileSync(new URL('../../dist/_headers', import.meta.url), 'utf8'));
const securityHeaders = declared.find((rule) => rule.pattern === '/*')?.headers ?? [];
const csp = securityHeaders.find(([name]) => name === 'Content-Security-Policy')?.[1];
const nginxURL = inject('nginxURL');

/** Both servers the build is deployed with; nginx only where the machine has it (global-setup says so loudly). */
const SERVERS: [string, string][] = [['scripts/serve.js', baseURL], ...(nginxURL ? [['nginx', nginxURL] as [string, string]] : [])];

interface Answer {
  status: number;
  headers: Record<string, string | string[] | undefined>;
  body: Buffer;
}

// fetch() normalises `..` and `%2e%2e` away and always asks for compression: raw HTTP instead.
function raw(base: string, method: string, path: string, headers: Record<string, string> = {}): Promise<Answer> {
  const { hostname, port } = new URL(base);
  return new Promise((resolve, reject) => {
    const req = request({ hostname, port, method, path, headers }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (chunk: Buffer) => chunks.push(chunk));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body: Buffer.concat(chunks) }));
    });
    req.on('error', reject);
    req.end();
  });
}

const text = ({ headers, body }: Answer) =>
  (headers['content-encoding'] === 'gzip' && body.length > 0 ? gunzipSync(body) : body).toString('utf8');
/** Which page and language the server sent (`<html lang dir data-page>`), or null for anything else. */
const pageOf = (answer: Answer) => {
  const match = /<html lang="([^"]+)" dir="(ltr|rtl)" data-page="([^"]+)">/.exec(text(answer));
  return match ? { lang: match[1], dir: match[2], page: match[3] } : null;
};

describe.each(SERVERS)('%s', (_name, base) => {
  it('serves the start page with the headers from _headers', async () => {
    expect(csp).toBeTruthy();
    const res = await fetch(base);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe('text/html; charset=utf-8');
    expect(res.headers.get('cache-control')).toBe('no-cache');
    for (const [name, value] of securityHeaders) expect(res.headers.get(name)).toBe(value);
    expect(res.headers.get('content-encoding')).toBe('gzip');
  });

  it('serves fingerprinted assets as immutable JavaScript, and a missing one as never kept', async () => {
    const html = await (await fetch(base)).text();
    const src = /<script\b[^>]*\bsrc="([^"]+)"/.exec(html)?.[1];
    expect(src).toMatch(/^\/assets\//);
    const res = await fetch(new URL(src!, base));
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe('text/javascript; charset=utf-8');
    expect(res.headers.get('cache-control')).toBe('public, max-age=31536000, immutable');
    const missing = await fetch(new URL('/assets/missing-0000.js', base));
    expect(missing.status).toBe(404);
    expect(missing.headers.get('cache-control')).toBe('no-cache');
  });

  it.each([
    ['/', 'start'],
    ['/index.html', 'start'],
    ['/arsak', 'reason'],
    ['/ARSAK/', 'reason'],
    ['/land', 'frame'],
    ['//land', 'frame'],
    ['/fordelt-refusjon', 'frame'],
    ['/agent', 'frame'],
    ['/tilgjengelighet', 'accessibility'],
    ['/?arsak=avslutte&plan=familie', 'frame'],
    ['/?embed=1', 'frame'],
    ['/arsak?embed=1&theme=auto', 'frame'],
    ['/?utm_source=artikkel', 'start'],
  ])('sends %s its own page or the neutral frame: %s', async (path, page) => {
    const answer = await raw(base, 'GET', path, { 'Accept-Encoding': 'gzip' });
    expect(answer.status).toBe(200);
    expect(pageOf(answer)).toEqual({ lang: 'nb', dir: 'ltr', page });
    expect(String(answer.headers.vary)).toMatch(/Accept-Language/);
  });

  it('sends any other address the not-found page, with its status; a missing file is plain text', async () => {
    for (const path of ['/some/client/route', '/Agent', '/assets', '/finnes-ikke/']) {
      const answer = await raw(base, 'GET', path);
      expect(answer.status, path).toBe(404);
      expect(pageOf(answer)?.page, path).toBe('notFound');
    }
    for (const path of ['/missing.js', '/_headers', '/_redirects', '/_nginx/server.conf', '/pages/nb/start.html', '/.env']) {
      const answer = await raw(base, 'GET', path);
      expect(answer.status, path).toBe(404);
      expect(answer.headers['content-type'], path).toBe('text/plain; charset=utf-8');
    }
  });

  it.each([
    [{ 'Accept-Language': 'en-US,en;q=0.9' }, '/', 'en'],
    [{ 'Accept-Language': 'he-IL,he;q=0.9,en;q=0.5' }, '/', 'he'],
    [{ 'Accept-Language': 'fr-FR,fr;q=0.9,sv;q=0.5' }, '/', 'sv'],
    [{ 'Accept-Language': 'no' }, '/', 'nb'],
    [{ 'Accept-Language': 'iw' }, '/land', 'he'],
    [{ 'Accept-Language': 'fr-FR' }, '/', 'nb'],
    [{ 'Accept-Language': 'en-US' }, '/?lng=nn', 'nn'],
    [{ 'Accept-Language': 'en-US' }, '/?lng=xx', 'en'],
    [{}, '/?lng=EN-gb', 'en'],
    [{}, '/agent?lng=he', 'he'],
  ])('chooses the language from ?lng= and then Accept-Language: %o %s', async (headers, path, lang) => {
    const answer = await raw(base, 'GET', path, headers);
    expect(pageOf(answer)?.lang).toBe(lang);
    expect(pageOf(answer)?.dir).toBe(lang === 'he' ? 'rtl' : 'ltr');
  });

  it.each(['/../package.json', '/%2e%2e/package.json', '/assets/%2E%2E/%2e%2e/package.json', '/%2e%2e%2fpackage.json'])(
    'does not escape dist for %s',
    async (path) => {
      const res = await raw(base, 'GET', path);
      expect([400, 404]).toContain(res.status);
      expect(text(res)).not.toContain('"devDependencies"');
    },
  );

  it('rejects malformed percent-encoding and other methods', async () => {
    expect((await raw(base, 'GET', '/%E0%A4%A')).status).toBe(400);
    const post = await raw(base, 'POST', '/');
    expect(post.status).toBe(405);
    expect(post.headers.allow).toBe('GET, HEAD');
    for (const [name, value] of securityHeaders) expect(post.headers[name.toLowerCase()]).toBe(value);
  });
});

/** What the two servers must agree on; Server, Date, ETag, Last-Modified, Allow and lengths may differ. */
const COMPARED = [...securityHeaders.map(([name]) => name.toLowerCase()), 'cache-control', 'content-type', 'content-encoding', 'vary'];
const REQUESTS: [string, string, Record<string, string>][] = [
  ...['/', '/arsak', '/land', '/LAND/', '/agent', '/agent/', '/tilgjengelighet', '/index.html', '/finnes-ikke', '/assets', '/assets/'].map(
    (path): [string, string, Record<string, string>] => ['GET', path, { 'Accept-Encoding': 'gzip', 'Accept-Language': 'en-GB,en;q=0.8' }],
  ),
  ['GET', '/', {}],
  ['HEAD', '/', { 'Accept-Encoding': 'gzip' }],
  ['GET', '/?lng=he', { 'Accept-Encoding': 'gzip' }],
  ['GET', '/?arsak=avslutte&plan=familie&lng=sv', { 'Accept-Encoding': 'gzip' }],
  ['GET', '/?embed=1', { 'Accept-Language': 'da' }],
  ['GET', '/embed.js', { 'Accept-Encoding': 'gzip' }],
  ['GET', '/embed.js', {}],
  ['GET', '/embed-demo.html', { 'Accept-Encoding': 'gzip' }],
  ['GET', '/embed-demo.css', {}],
  ['GET', '/missing.js', {}],
  ['GET', '/assets/missing-0000.js', {}],
  ['GET', '/_headers', {}],
  ['GET', '/_redirects', {}],
  ['GET', '/_nginx/http.conf', {}],
  ['GET', '/pages/en/start.html', {}],
  ['GET', '/pages/addresses.json', {}],
  ['GET', '/.git/config', {}],
  ['GET', '/%E0%A4%A', {}],
  ['POST', '/', {}],
  ['PUT', '/land', {}],
  ['DELETE', '/embed.js', {}],
];

const vary = (value: string | string[] | undefined) =>
  [value ?? []].flat().flatMap((v) => v.split(',')).map((v) => v.trim().toLowerCase()).filter(Boolean).sort().join(', ');

describe.runIf(nginxURL)('nginx and scripts/serve.js answer alike', () => {
  it.each(REQUESTS)('%s %s %o', async (method, path, headers) => {
    const [node, nginx] = await Promise.all([raw(baseURL, method, path, headers), raw(nginxURL, method, path, headers)]);
    const shown = (answer: Answer) => ({
      status: answer.status,
      page: pageOf(answer),
      ...Object.fromEntries(COMPARED.map((name) => [name, name === 'vary' ? vary(answer.headers[name]) : answer.headers[name]])),
    });
    expect(shown(nginx)).toEqual(shown(node));
    if (method === 'GET') expect(text(nginx)).toBe(text(node));
  });

  // Asset names change with every build: the first script of the start page stands for them.
  it('sends the same asset bytes with the same headers', async () => {
    const html = await (await fetch(baseURL)).text();
    const src = /<script\b[^>]*\bsrc="([^"]+)"/.exec(html)![1]!;
    const [node, nginx] = await Promise.all([raw(baseURL, 'GET', src, { 'Accept-Encoding': 'gzip' }), raw(nginxURL, 'GET', src, { 'Accept-Encoding': 'gzip' })]);
    expect(nginx.status).toBe(200);
    expect(COMPARED.map((name) => nginx.headers[name])).toEqual(COMPARED.map((name) => node.headers[name]));
    expect(text(nginx)).toBe(text(node));
  });
});

describe('in Chromium', () => {
  const openPage = chromiumForFile();

  it.each(SERVERS)('loads / from %s without CSP violations, errors or off-origin requests', async (_name, base) => {
    const { page, context, collected } = await openPage({ width: 1280, height: 800 });
    const res = await page.goto(new URL('/', base).href, { waitUntil: 'networkidle' });
    expect(res?.status()).toBe(200);
    await page.waitForFunction(() => document.documentElement.dataset.hydrated !== undefined);
    await context.close();
    // The nginx origin is another port: what it loads is its own.
    expectClean({ ...collected, foreignRequests: collected.foreignRequests.filter((url) => !url.startsWith(base)) });
  });
});
