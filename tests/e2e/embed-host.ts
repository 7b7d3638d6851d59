/**
 * What the embed tests need around the wizard: the wizard's build served on its own origin
 * (`http://localhost:<port>`), help-article pages served on other origins by a tiny node:http
 * server, and a browser context that records, on the host page, every message and every
 * `refusjonsveiviser:*` DOM event, and, in every frame, every CSP violation and every request.
 */
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { type Server, createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Browser, BrowserContext, Frame, Page } from 'playwright-core';
import { startServer } from '../../scripts/serve.js';

/** The build under test: dist/, or the one E2E_DIST names (as the global setup reads it). */
export const DIST = process.env.E2E_DIST
  ? `${process.env.E2E_DIST.replace(/\/$/, '')}/`
  : fileURLToPath(new URL('../../dist/', import.meta.url));

export const EVENT_TYPES = ['hello', 'ready', 'step', 'outcome', 'resize', 'scroll-into-view', 'error', 'feedback'] as const;

export interface Served {
  origin: string;
  close: () => Promise<void>;
}

/**
 * The wizard's build, listening on 127.0.0.1 but addressed as `localhost`: its origin differs
 * from a host page on `127.0.0.1`, and is on the default allowlist's `http://localhost:*`.
 */
export async function startWizard(root = DIST): Promise<Served> {
  const { url, close } = await startServer({ host: '127.0.0.1', port: 0, root });
  return { origin: `http://localhost:${new URL(url).port}`, close };
}

/**
 * A copy of the build whose `_headers` has no frame-ancestors, as on a host that can only serve
 * files (the meta CSP cannot carry frame-ancestors): the wizard's own allowlist is then all that
 * stands between it and a page that frames it.
 */
export async function startWizardWithoutFrameAncestors(): Promise<Served> {
  const copy = mkdtempSync(join(tmpdir(), 'refusjonsveiviser-embed-'));
  cpSync(DIST, copy, { recursive: true });
  const headers = join(copy, '_headers');
  const text = readFileSync(headers, 'utf8');
  const stripped = text.replace(/;\s*frame-ancestors[^;\n]*/, '');
  if (stripped === text) throw new Error('_headers has no frame-ancestors to take out');
  writeFileSync(headers, stripped);
  const served = await startWizard(copy);
  return {
    origin: served.origin,
    close: async () => {
      await served.close();
      rmSync(copy, { recursive: true, force: true });
    },
  };
}

export interface HostServer extends Served {
  /** Serves `html` at `path` with `csp` as the page's Content-Security-Policy. */
  route: (path: string, html: string, csp?: string) => void;
}

/**
 * Help-article pages on `host` (127.0.0.1 for the author's page; another loopback address for a
 * third party or a page not on the allowlist).
 */
export function startHostServer(host: string): Promise<HostServer> {
  const routes = new Map<string, { html: string; csp: string }>();
  const server: Server = createServer((req, res) => {
    const path = (req.url ?? '/').split(/[?#]/, 1)[0] ?? '/';
    const page = routes.get(path);
    if (!page) {
      res.writeHead(404, { 'Content-Type': 'text/plain; charset=utf-8' });
      res.end('Not found\n');
      return;
    }
    res.writeHead(200, {
      'Content-Type': 'text/html; charset=utf-8',
      'Cache-Control': 'no-store',
      'Content-Security-Policy': page.csp,
    });
    res.end(page.html);
  });
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, host, () => {
      const { port } = server.address() as AddressInfo;
      const urlHost = host.includes(':') ? `[${host}]` : host;
      resolve({
        origin: `http://${urlHost}:${port}`,
        route: (path, html, csp = "default-src 'none'") => void routes.set(path, { html, csp }),
        close: () =>
          new Promise((done, fail) => {
            server.close((error) => (error ? fail(error) : done()));
            server.closeAllConnections();
          }),
      });
    });
  });
}

/**
 * A loopback address other than 127.0.0.1 and localhost, so neither the default allowlist
 * (`http://localhost:*`, `http://127.0.0.1:*`) nor the two test origins cover it: 127.0.0.2
 * (all of 127/8 is loopback on Linux), else [::1].
 */
export async function startOtherHostServer(): Promise<HostServer> {
  try {
    return await startHostServer('127.0.0.2');
  } catch {
    return startHostServer('::1');
  }
}

export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

export interface ArticleOptions {
  wizard: string;
  lang?: string;
  preset?: string;
  /** Other frames on the page (a third party's, say): [title, src]. */
  frames?: [string, string][];
  /** false: no snippet, the wizard in a plain iframe that never answers its hello. */
  snippet?: boolean;
}

/** A help article with the snippet as README shows it, and the CSP line README gives hosts. */
export function article({ wizard, lang = 'nb', preset, frames = [], snippet = true }: ArticleOptions): {
  html: string;
  csp: string;
} {
  const filler = (n: number) =>
    Array.from({ length: n }, (_, i) => `<p>Avsnitt ${i + 1} av artikkelen, før og etter veiviseren.</p>`).join('\n');
  const embed = snippet
    ? `<div id="wizard" data-refusjonsveiviser data-lang="${escapeHtml(lang)}"${
        preset === undefined ? '' : ` data-preset="${escapeHtml(preset)}"`
      }></div>
    <script src="${wizard}/embed.js" async></script>`
    : `<div id="wizard"><iframe src="${wizard}/?embed=1&amp;lng=${escapeHtml(lang)}" title="Refusjonsveiviseren"></iframe></div>`;
  const others = frames
    .map(([title, src]) => `<iframe src="${escapeHtml(src)}" title="${escapeHtml(title)}"></iframe>`)
    .join('\n');
  const frameOrigins = [wizard, ...frames.map(([, src]) => new URL(src).origin)];
  const html = `<!doctype html>
<html lang="nb">
  <head>
    <meta charset="utf-8">
    <meta name="viewport" content="width=device-width, initial-scale=1">
    <title>Hjelpeartikkel</title>
  </head>
  <body>
    <h1>Har jeg krav på refusjon?</h1>
    ${filler(2)}
    ${embed}
    ${filler(3)}
    ${others}
  </body>
</html>`;
  const csp = [
    "default-src 'none'",
    snippet ? `script-src ${wizard}` : "script-src 'none'",
    `frame-src ${[...new Set(frameOrigins)].join(' ')}`,
    "base-uri 'none'",
    "object-src 'none'",
  ].join('; ');
  return { html, csp };
}

export interface Recorded {
  consoleErrors: string[];
  pageErrors: string[];
  cspViolations: string[];
  foreignRequests: string[];
}

/** What the host page's recorder (installed before any of its scripts) saw. */
export interface HostLog {
  messages: { origin: string; data: unknown }[];
  events: { type: string; target: string; detail: unknown }[];
}

interface HostWindow {
  __embed: HostLog;
  __reportCspViolation: (violation: string) => void;
}

/**
 * A fresh context whose pages report console errors, page errors, CSP violations in every frame
 * (an init script runs in each frame, the binding reaches each) and any request to an origin
 * not in `origins`. On the top page it records every message and every refusjonsveiviser:* event.
 */
export async function newEmbedPage(
  browser: Browser,
  { width, height, origins }: { width: number; height: number; origins: readonly string[] },
): Promise<{ page: Page; context: BrowserContext; recorded: Recorded }> {
  const context = await browser.newContext({ viewport: { width, height }, locale: 'nb-NO', colorScheme: 'light' });
  const recorded: Recorded = { consoleErrors: [], pageErrors: [], cspViolations: [], foreignRequests: [] };
  await context.exposeBinding('__reportCspViolation', ({ frame }, violation: string) => {
    recorded.cspViolations.push(`${frame.url()}: ${violation}`);
  });
  await context.addInitScript((types: readonly string[]) => {
    const win = window as unknown as HostWindow;
    document.addEventListener('securitypolicyviolation', (event) => {
      void win.__reportCspViolation(
        `${event.effectiveDirective} blocked ${event.blockedURI || 'inline'} (${event.sourceFile}:${event.lineNumber})`,
      );
    });
    if (window !== window.top) return;
    const log: HostLog = { messages: [], events: [] };
    win.__embed = log;
    // Only what can be cloned is kept; a message is copied the moment it arrives.
    const copy = (value: unknown) => {
      try {
        return JSON.parse(JSON.stringify(value)) as unknown;
      } catch {
        return String(value);
      }
    };
    window.addEventListener('message', (event) => log.messages.push({ origin: event.origin, data: copy(event.data) }));
    for (const type of types) {
      document.addEventListener(`refusjonsveiviser:${type}`, (event) => {
        log.events.push({
          type: event.type,
          target: (event.target as Element).id,
          detail: copy((event as CustomEvent).detail),
        });
      });
    }
  }, EVENT_TYPES);
  const page = await context.newPage();
  page.on('console', (message) => {
    if (message.type() === 'error') recorded.consoleErrors.push(message.text());
  });
  page.on('pageerror', (error) => recorded.pageErrors.push(error.message));
  page.on('request', (request) => {
    const url = new URL(request.url());
    if (!['data:', 'blob:', 'about:'].includes(url.protocol) && !origins.includes(url.origin)) {
      recorded.foreignRequests.push(request.url());
    }
  });
  return { page, context, recorded };
}

export function hostLog(page: Page): Promise<HostLog> {
  return page.evaluate(() => (window as unknown as HostWindow).__embed);
}

/** The wizard's frame on the host page, once its document is the wizard's. */
export async function wizardFrame(page: Page, origin: string): Promise<Frame> {
  const handle = await page.waitForSelector('#wizard iframe', { state: 'attached' });
  const frame = await handle.contentFrame();
  if (!frame) throw new Error('The wizard iframe has no frame');
  await frame.waitForURL((url) => url.origin === origin);
  await frame.locator('main h1').waitFor();
  return frame;
}

export function frameHeight(page: Page): Promise<string> {
  return page.locator('#wizard iframe').evaluate((frame: HTMLIFrameElement) => frame.style.height);
}

/**
 * Waits in the frame until the measured wrapper (#root) keeps one height over two animation
 * frames, and returns that height rounded up, as the child reports it.
 */
export function settledContent(frame: Frame): Promise<number> {
  return frame.evaluate(async () => {
    const nextFrame = () => new Promise((done) => requestAnimationFrame(done));
    const measure = () => Math.ceil(document.getElementById('root')!.getBoundingClientRect().height);
    let height = measure();
    for (;;) {
      await nextFrame();
      await nextFrame();
      const now = measure();
      if (now === height) return height;
      height = now;
    }
  });
}

/**
 * The frame's document as seen from inside once its viewport is `height` px tall (the host's
 * new size reaches the frame's process a frame or so later; up to `frames` are waited for).
 */
export function frameViewport(
  frame: Frame,
  height: number,
  frames = 5,
): Promise<{ scrollHeight: number; clientHeight: number; scrollWidth: number; clientWidth: number }> {
  return frame.evaluate(
    async ([want, count]) => {
      const root = document.documentElement;
      for (let i = 0; root.clientHeight !== want && i < count; i++) {
        await new Promise((done) => requestAnimationFrame(done));
      }
      const { scrollHeight, clientHeight, scrollWidth, clientWidth } = root;
      return { scrollHeight, clientHeight, scrollWidth, clientWidth };
    },
    [height, frames] as const,
  );
}

/**
 * The host's iframe height over the next few animation frames on the host: the first that
 * equals `expected` px, or the last one seen.
 */
export function hostHeightWithin(page: Page, expected: number, frames = 3): Promise<string> {
  return page.evaluate(
    async ([want, count]) => {
      const iframe = document.querySelector<HTMLIFrameElement>('#wizard iframe')!;
      for (let i = 0; ; i++) {
        if (iframe.style.height === `${want}px` || i >= count) return iframe.style.height;
        await new Promise((done) => requestAnimationFrame(done));
      }
    },
    [expected, frames] as const,
  );
}

/** Lets a few animation frames and a little time pass on the host, for anything in flight. */
export function settle(page: Page, ms = 250): Promise<void> {
  return page.evaluate(
    (wait) =>
      new Promise<void>((done) => {
        setTimeout(() => requestAnimationFrame(() => requestAnimationFrame(() => done())), wait);
      }),
    ms,
  );
}
