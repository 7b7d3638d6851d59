import { describe, expect, it } from 'vitest';
import { chromiumForFile, expectClean } from './browser';
import { waitForPath } from './wizard';

const openPage = chromiumForFile();

describe('the pre-rendered start page', () => {
  it('is hydrated, not drawn again: the server’s own nodes stay, with no warning and no layout shift', async () => {
    const { page, context, collected } = await openPage({ width: 412, height: 823 });
    const warnings: string[] = [];
    page.on('console', (message) => {
      if (message.type() === 'warning') warnings.push(message.text());
    });
    await page.addInitScript(() => {
      // The nodes the HTML parser makes, noted before any script of the page runs.
      const parsed = new WeakSet<Node>();
      (window as unknown as { parsed: WeakSet<Node> }).parsed = parsed;
      new MutationObserver((records) => {
        for (const record of records) for (const node of record.addedNodes) parsed.add(node);
      }).observe(document, { childList: true, subtree: true });
      (window as unknown as { shifts: number }).shifts = 0;
      new PerformanceObserver((list) => {
        for (const entry of list.getEntries()) (window as unknown as { shifts: number }).shifts += (entry as unknown as { value: number }).value;
      }).observe({ type: 'layout-shift', buffered: true });
    });
    await page.goto('/');
    await waitForPath(page, '/');
    const found = await page.evaluate(() => {
      const { parsed, shifts } = window as unknown as { parsed: WeakSet<Node>; shifts: number };
      const nodes = [...document.querySelectorAll('main *')];
      return { nodes: nodes.length, fromServer: nodes.filter((node) => parsed.has(node)).length, shifts };
    });
    expect(found.nodes).toBeGreaterThan(5);
    expect(found.fromServer).toBe(found.nodes);
    expect(found.shifts).toBe(0);
    expect(warnings).toEqual([]);
    expectClean(collected);
    await context.close();
  });
});
