/**
 * The security headers and both CSPs, against the production build: each header and directive the
 * top grade of Mozilla's Observatory rests on, written as this test's own expectations, and a whole
 * walk with both CSPs in force.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import enAccessibility from '../../locales/en/accessibility.json';
import nbAccessibility from '../../locales/nb/accessibility.json';
import { pathOf } from '../../src/flow/snapshot';
import { walkTo } from '../paths';
import { baseURL } from './browser';
import { continueButton, expectStep, heading, switchLanguage, t, walkFromStart } from './wizard';
import { settled, withTab } from './faults';

// -------------------------------------------------------------------------------------------------
// (g) Security headers: each header and directive an A+ from Mozilla's Observatory rests on, as
// plain expectations (its scanner needs HTTPS and a public host, so it cannot grade loopback)
// -------------------------------------------------------------------------------------------------

interface Fetched {
  status: number;
  headers: Headers;
  body: string;
}

async function fetched(path: string, init?: RequestInit): Promise<Fetched> {
  const response = await fetch(new URL(path, baseURL), init);
  return { status: response.status, headers: response.headers, body: await response.text() };
}

function cspDirectives(value: string | null | undefined): Map<string, string[]> {
  return new Map(
    (value ?? '')
      .split(';')
      .map((directive) => directive.trim().split(/\s+/))
      .filter(([name]) => name)
      .map(([name, ...sources]) => [name!.toLowerCase(), sources]),
  );
}

/** Six months, the least HSTS max-age the grade accepts. */
const SIX_MONTHS = 15_768_000;
/** Referrer policies that keep the path and query (the answers' page) from other sites. */
const PRIVATE_REFERRERS = ['no-referrer', 'same-origin', 'strict-origin', 'strict-origin-when-cross-origin'];
/** Sources that would let script or style in from anywhere, or inline. */
const UNSAFE_SOURCES = ["'unsafe-inline'", "'unsafe-eval'", "'unsafe-hashes'", 'data:', 'blob:', 'http:', 'https:', '*'];

/**
 * What keeps a policy from the top grade: no default-src 'none', an unsafe source where script,
 * style, objects or the base come from, a plain-http source, or no frame-ancestors (which stands
 * in for X-Frame-Options). Sources of frame-ancestors may be http: only on loopback, where the
 * build lets the embed demo and tests frame the wizard, when `loopbackAncestorsAllowed`.
 */
function cspProblems(csp: Map<string, string[]>, { loopbackAncestorsAllowed }: { loopbackAncestorsAllowed: boolean }): string[] {
  const problems: string[] = [];
  if (csp.get('default-src')?.join(' ') !== "'none'") problems.push("default-src is not 'none'");
  for (const directive of ['default-src', 'script-src', 'style-src', 'object-src', 'base-uri', 'form-action']) {
    for (const source of csp.get(directive) ?? []) {
      if (UNSAFE_SOURCES.includes(source) || source.startsWith('http:')) problems.push(`${directive} allows ${source}`);
    }
  }
  if (csp.get('object-src')?.join(' ') !== "'none'" && csp.get('default-src')?.join(' ') !== "'none'") problems.push('objects are allowed');
  if (!csp.has('base-uri')) problems.push('no base-uri');
  if (!csp.has('form-action')) problems.push('no form-action');
  const ancestors = csp.get('frame-ancestors');
  if (!ancestors || ancestors.length === 0) problems.push('no frame-ancestors');
  for (const source of ancestors ?? []) {
    const loopback = /^http:\/\/(localhost|127\.0\.0\.1):\*$/.test(source);
    if (source === '*' || (source.startsWith('http:') && !(loopback && loopbackAncestorsAllowed))) {
      problems.push(`frame-ancestors allows ${source}`);
    }
  }
  return problems;
}

function headerProblems(headers: Headers): string[] {
  const problems: string[] = [];
  const hsts = /max-age=(\d+)/.exec(headers.get('strict-transport-security') ?? '');
  if (!hsts || Number(hsts[1]) < SIX_MONTHS) problems.push('no Strict-Transport-Security of six months or more');
  if (!PRIVATE_REFERRERS.includes(headers.get('referrer-policy') ?? '')) problems.push('the Referrer-Policy is not private');
  if (headers.get('x-content-type-options') !== 'nosniff') problems.push('no X-Content-Type-Options: nosniff');
  if (headers.getSetCookie().length > 0) problems.push('a cookie is set');
  return problems;
}

describe('(g) security headers', () => {
  let page: Fetched;
  let asset: Fetched;
  beforeAll(async () => {
    page = await fetched('/');
    const script = /<script\b[^>]*\bsrc="(\/assets\/[^"]+\.js)"/.exec(page.body)?.[1];
    if (!script) throw new Error('index.html loads no /assets/ script');
    asset = await fetched(script);
  });

  it.each(['/', 'the entry script'])('%s: the CSP, Referrer-Policy, nosniff and Permissions-Policy, and no X-Frame-Options', (which) => {
    const { status, headers } = which === '/' ? page : asset;
    expect(status).toBe(200);
    expect(headers.has('x-frame-options')).toBe(false);
    const csp = cspDirectives(headers.get('content-security-policy'));
    expect(Object.fromEntries(csp)).toMatchObject({
      'default-src': ["'none'"],
      'style-src': ["'self'"],
      'img-src': ["'self'"],
      'connect-src': ["'self'"],
      'base-uri': ["'none'"],
      'form-action': ["'self'"],
      'object-src': ["'none'"],
    });
    // The one inline script, the one before the first paint, by its hash; never 'unsafe-inline'.
    const [self, hash, ...more] = csp.get('script-src') ?? [];
    expect({ self, more }).toEqual({ self: "'self'", more: [] });
    expect(hash).toMatch(/^'sha256-[A-Za-z0-9+/]{43}='$/);
    expect(csp.get('frame-ancestors')?.[0]).toBe("'self'");
    expect(headers.get('referrer-policy')).toBe('strict-origin-when-cross-origin');
    expect(headers.get('x-content-type-options')).toBe('nosniff');
    const permissions = headers.get('permissions-policy') ?? '';
    for (const feature of ['camera', 'microphone', 'geolocation', 'payment', 'usb']) expect(permissions).toContain(`${feature}=()`);
    expect(headers.has('set-cookie')).toBe(false);
    expect(headers.has('access-control-allow-origin')).toBe(false);
  });

  it('/ carries the <meta> CSP too, the same policy but frame-ancestors', () => {
    const meta = /<meta http-equiv="Content-Security-Policy" content="([^"]+)"/.exec(page.body)?.[1]?.replace(/&#39;/g, "'");
    const header = cspDirectives(page.headers.get('content-security-policy'));
    header.delete('frame-ancestors');
    expect(Object.fromEntries(cspDirectives(meta))).toEqual(Object.fromEntries(header));
  });

  it('/ has every header the top grade rests on, as deployed over HTTPS', async () => {
    expect(cspProblems(cspDirectives(page.headers.get('content-security-policy')), { loopbackAncestorsAllowed: true })).toEqual([]);
    expect(headerProblems(page.headers)).toEqual([]);
    // Every script is the site's own: no third-party script that would need Subresource Integrity.
    const scripts = [...page.body.matchAll(/<script\b[^>]*\bsrc="([^"]+)"/g)].map((match) => match[1]!);
    expect(scripts.length).toBeGreaterThan(0);
    for (const src of scripts) expect(src).toMatch(/^\/(?!\/)/);
    // No CORS for anyone: asked from another origin, the answer grants it nothing.
    const cors = await fetch(baseURL, { headers: { Origin: 'https://example.org' } });
    expect(cors.headers.has('access-control-allow-origin')).toBe(false);
    expect(cors.headers.has('access-control-allow-credentials')).toBe(false);
  });

  it('the entry script has the same headers; only a build for loopback embedders lets http: frame it', () => {
    const csp = cspDirectives(asset.headers.get('content-security-policy'));
    expect(headerProblems(asset.headers)).toEqual([]);
    expect(cspProblems(csp, { loopbackAncestorsAllowed: true })).toEqual([]);
    // Without VITE_EMBED_ORIGINS the build allows http://localhost:* and http://127.0.0.1:* to
    // frame the wizard, for the embed demo and tests; a production build names https: origins.
    const loopbackOnly = (csp.get('frame-ancestors') ?? []).some((source) => source.startsWith('http:'));
    expect(cspProblems(csp, { loopbackAncestorsAllowed: false }).length > 0).toBe(loopbackOnly);
  });

  it('the checks are not blind: a weak set of headers fails each of them', () => {
    const weak = cspDirectives("script-src 'self' 'unsafe-inline' https:; object-src *; frame-ancestors *");
    expect(cspProblems(weak, { loopbackAncestorsAllowed: true })).toEqual([
      "default-src is not 'none'",
      "script-src allows 'unsafe-inline'",
      'script-src allows https:',
      'object-src allows *',
      'objects are allowed',
      'no base-uri',
      'no form-action',
      'frame-ancestors allows *',
    ]);
    const headers = new Headers({ 'referrer-policy': 'unsafe-url', 'set-cookie': 'sessionid=1; Path=/' });
    expect(headerProblems(headers)).toEqual([
      'no Strict-Transport-Security of six months or more',
      'the Referrer-Policy is not private',
      'no X-Content-Type-Options: nosniff',
      'a cookie is set',
    ]);
  });
});

// -------------------------------------------------------------------------------------------------
// (h) A whole walk under both CSPs
// -------------------------------------------------------------------------------------------------

describe('(h) both CSPs in force', () => {
  it('a violation is seen when one happens (the listener works)', async () => {
    const collected = await withTab(
      async ({ page }) => {
        await page.goto('/');
        await settled(page);
        await page.evaluate(() => {
          const script = document.createElement('script');
          script.textContent = 'window.pwned = 1';
          document.head.append(script);
        });
        await page.evaluate(() => new Promise((done) => setTimeout(done, 100)));
        expect(await page.evaluate(() => (window as unknown as { pwned?: number }).pwned)).toBeUndefined();
      },
      { clean: false },
    );
    expect(collected.cspViolations.some((line) => line.startsWith('script-src'))).toBe(true);
  });

  it('the longest walk, Back, the statement and English: zero violations', async () => {
    await withTab(async ({ page }) => {
      const response = await page.goto('/');
      expect(response?.headers()['content-security-policy']).toContain("default-src 'none'");
      expect(await page.locator('meta[http-equiv="Content-Security-Policy"]').getAttribute('content')).toContain("default-src 'none'");
      await page.waitForLoadState('networkidle');
      const walk = walkTo('prorated');
      await walkFromStart(page, 'nb', walk);
      await page.goBack();
      await expectStep(page, 'nb', walk.answers.at(-1)!.question);
      await continueButton(page, 'nb').click();
      await expectStep(page, 'nb', walk.end, { answers: walk.answers });
      await page.getByRole('contentinfo').getByRole('link', { name: t('nb', 'common:footer.accessibility'), exact: true }).click();
      await expect.poll(() => heading(page).textContent()).toBe(nbAccessibility.title);
      await switchLanguage(page, 'nb', 'en');
      await expect.poll(() => heading(page).textContent()).toBe(enAccessibility.title);
      await page.goto(pathOf('start'));
      await settled(page);
    });
  });
});

