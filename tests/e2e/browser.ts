import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
import { afterAll, beforeAll, inject } from 'vitest';

export const baseURL = inject('baseURL');
const origin = new URL(baseURL).origin;

// Debian's Chromium, never a Playwright download: the machine has no network.
export function launchBrowser(): Promise<Browser> {
  return chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    // Keep Chromium from phoning home, so every request seen is the app's.
    args: [
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
      '--disable-quic',
    ],
  });
}

export interface Collected {
  consoleErrors: string[];
  pageErrors: string[];
  cspViolations: string[];
  foreignRequests: string[];
}

export interface PageOptions {
  width: number;
  height: number;
  colorScheme?: 'light' | 'dark' | 'no-preference';
  locale?: string;
}

export async function newPage(
  browser: Browser,
  { width, height, colorScheme = 'light', locale = 'nb-NO' }: PageOptions,
): Promise<{ page: Page; context: BrowserContext; collected: Collected }> {
  const context = await browser.newContext({ baseURL, viewport: { width, height }, colorScheme, locale });
  const page = await context.newPage();
  const collected: Collected = { consoleErrors: [], pageErrors: [], cspViolations: [], foreignRequests: [] };

  // A not-found page is sent with its status, which Chromium reports as a failed load: that is the page working.
  const notFoundDocuments = new Set<string>();
  page.on('response', (response) => {
    if (response.status() === 404 && response.request().resourceType() === 'document') notFoundDocuments.add(response.url());
  });
  page.on('console', (message) => {
    if (message.type() !== 'error') return;
    const { url } = message.location();
    if (notFoundDocuments.has(url.split('#')[0]!) && message.text().includes('status of 404')) return;
    collected.consoleErrors.push(url ? `${message.text()} (${url})` : message.text());
  });
  page.on('pageerror', (error) => collected.pageErrors.push(error.message));
  page.on('request', (request) => {
    const url = new URL(request.url());
    if (!['data:', 'blob:', 'about:'].includes(url.protocol) && url.origin !== origin) {
      collected.foreignRequests.push(request.url());
    }
  });
  // A binding rather than a window array, so violations survive navigations.
  await page.exposeFunction('__reportCspViolation', (violation: string) => {
    collected.cspViolations.push(violation);
  });
  await page.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (event) => {
      const report = (window as unknown as { __reportCspViolation: (v: string) => void }).__reportCspViolation;
      void report(`${event.effectiveDirective} blocked ${event.blockedURI || 'inline'} (${event.sourceFile}:${event.lineNumber})`);
    });
  });
  return { page, context, collected };
}

/**
 * One Chromium for the test file (or the describe it is called in): launched before its tests,
 * closed after. Returns how to open a page in it.
 */
export function chromiumForFile(): (options: PageOptions) => ReturnType<typeof newPage> {
  let browser: Browser | undefined;
  beforeAll(async () => {
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
  });
  return (options) => {
    if (!browser) throw new Error('chromiumForFile: no browser outside the tests');
    return newPage(browser, options);
  };
}

export function expectClean(collected: Collected): void {
  const problems = Object.entries(collected).flatMap(([kind, items]: [string, string[]]) =>
    items.map((item) => `${kind}: ${item}`),
  );
  if (problems.length > 0) throw new Error(`Page was not clean:\n${problems.join('\n')}`);
}

/**
 * A screenshot kept for people to look at, not asserted on. Chromium under load now and then never
 * delivers the frame a full-page capture waits for; one more try, then a warning, so a picture
 * never fails the checks the test is for.
 */
export async function keepScreenshot(page: Page, path: string): Promise<void> {
  for (let attempt = 1; attempt <= 2; attempt++) {
    try {
      await page.screenshot({ path, fullPage: true, timeout: 10_000 });
      return;
    } catch (error) {
      if (attempt === 2) console.warn(`screenshot not kept: ${path}: ${(error as Error).message.split('\n')[0]}`);
    }
  }
}
