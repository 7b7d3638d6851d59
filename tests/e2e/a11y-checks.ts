/**
 * Accessibility checks that run inside the page. Each returns the problems found, as readable
 * strings, so a failure names the element and the rule.
 */
import axeCore from 'axe-core';
import type { Page } from 'playwright-core';
import { LANGUAGE_NAMES, type Lang, type Visit } from './wizard';

/** WCAG 2.0–2.2 A and AA, and axe's best practice. */
export const AXE_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'];

/**
 * axe as @axe-core/playwright runs it in a single frame (its legacy mode), but injected once per
 * document rather than before every run: the walk moves within one document, and each page is
 * checked four times.
 */
export async function runAxe(page: Page): Promise<axeCore.AxeResults> {
  if (!(await page.evaluate(() => 'axe' in window))) await page.evaluate(axeCore.source);
  return page.evaluate(
    (tags) =>
      (window as unknown as { axe: typeof axeCore }).axe.run(document, {
        runOnly: { type: 'tag', values: tags },
        resultTypes: ['violations'],
      }),
    AXE_TAGS,
  );
}

/** WCAG 2.5.8: every target at least 24 × 24 CSS px, or inline in a sentence, or spaced so a 24 px circle fits. */
export function targetProblems(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const selector =
      'a[href], button, input:not([type="hidden"]), select, textarea, summary, [tabindex]:not([tabindex="-1"])';
    const describe = (el: Element) =>
      `${el.tagName.toLowerCase()}${el.id ? `#${el.id}` : ''} "${(el.textContent ?? '').trim().slice(0, 40)}"`;
    const targets = [...document.querySelectorAll<HTMLElement>(selector)].filter(
      (el) =>
        !el.closest('.visually-hidden') &&
        // Inside a closed disclosure (but for its summary) nothing is shown, whatever boxes it keeps.
        !(el.closest('details:not([open])') && !el.closest('summary')) &&
        getComputedStyle(el).visibility !== 'hidden' &&
        el.getClientRects().length > 0,
    );
    const inSentence = (el: HTMLElement) => {
      if (el.tagName !== 'A' || getComputedStyle(el).display !== 'inline') return false;
      let block = el.parentElement;
      while (block && getComputedStyle(block).display === 'inline') block = block.parentElement;
      return (block?.textContent ?? '').replace(el.textContent ?? '', '').trim().length > 0;
    };
    const rects = targets.map((el) => el.getBoundingClientRect());
    const problems: string[] = [];
    targets.forEach((el, i) => {
      const r = rects[i]!;
      if ((r.width >= 24 && r.height >= 24) || inSentence(el)) return;
      const cx = r.left + r.width / 2;
      const cy = r.top + r.height / 2;
      const crowded = rects.some((o, j) => {
        if (j === i || targets[j]!.contains(el) || el.contains(targets[j]!)) return false;
        const dx = Math.max(o.left - cx, 0, cx - o.right);
        const dy = Math.max(o.top - cy, 0, cy - o.bottom);
        if (Math.hypot(dx, dy) < 12) return true;
        const small = o.width < 24 || o.height < 24;
        return small && Math.hypot(o.left + o.width / 2 - cx, o.top + o.height / 2 - cy) < 24;
      });
      if (crowded) problems.push(`${describe(el)} is ${r.width.toFixed(1)} × ${r.height.toFixed(1)} px and crowded`);
    });
    return problems;
  });
}

/** With `prefers-reduced-motion: reduce`: nothing animates or transitions, and scrolling jumps. */
export function motionProblems(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const problems: string[] = [];
    const running = document.getAnimations();
    if (running.length > 0) problems.push(`${running.length} animations running`);
    for (const el of [document.documentElement, ...document.querySelectorAll('*')]) {
      for (const pseudo of [null, '::before', '::after'] as const) {
        const style = getComputedStyle(el, pseudo);
        const moves =
          style.animationName !== 'none' ||
          style.transitionDuration.split(',').some((d) => parseFloat(d) > 0) ||
          style.scrollBehavior === 'smooth';
        if (moves) problems.push(`${el.tagName.toLowerCase()}${pseudo ?? ''}.${el.className} moves`);
      }
    }
    return problems;
  });
}

/** The screen-reader basics every page must have; a question's `h1` is in its `legend`. */
export function structureProblems(page: Page, lang: Lang, visit: Visit): Promise<string[]> {
  return page.evaluate(
    ({ lang, kind, names }) => {
      const problems: string[] = [];
      if (document.documentElement.lang !== lang) problems.push(`html lang is "${document.documentElement.lang}"`);
      const h1s = document.querySelectorAll('h1');
      const h1 = h1s[0];
      if (h1s.length !== 1 || !h1) return [...problems, `${h1s.length} h1 elements`];
      if (!h1.closest('main')) problems.push('the h1 is not in main');
      const text = (h1.textContent ?? '').trim();
      if (!text) problems.push('the h1 is empty');
      if (!document.title.includes(text)) problems.push(`document.title "${document.title}" does not name "${text}"`);
      if (kind === 'question') {
        const legend = h1.closest('legend');
        const fieldset = legend?.parentElement;
        if (!legend || fieldset?.tagName !== 'FIELDSET' || fieldset.firstElementChild !== legend) {
          problems.push('the h1 is not in the first legend of a fieldset');
        } else if (!fieldset.querySelector('input[type="radio"], select')) {
          problems.push('the fieldset holding the h1 has no answers');
        }
      }
      for (const name of ['main', 'header', 'footer']) {
        if (document.querySelectorAll(name).length !== 1) problems.push(`not exactly one ${name}`);
      }
      // Every language in the switch is named in that language, and marked so.
      const switches = [...document.querySelectorAll<HTMLElement>('nav button[lang]')];
      for (const el of document.querySelectorAll<HTMLElement>('.language-switch button')) {
        if (!/^[a-z]{2,3}(-[A-Za-z0-9]+)*$/.test(el.lang)) problems.push(`language button "${el.textContent}" has lang="${el.lang}"`);
      }
      const current = document.querySelectorAll('.language-switch [aria-current="true"]');
      if (current.length !== 1 || (current[0] as HTMLElement).lang !== lang) {
        problems.push(`the switch marks ${current.length} current languages, not ${lang}`);
      }
      for (const [code, name] of Object.entries(names)) {
        const button = switches.find((el) => (el.textContent ?? '').trim() === name);
        if (!button) problems.push(`no language switch for ${name}`);
        else if (button.lang !== code) problems.push(`${name} has lang="${button.lang}"`);
        else if ((button.getAttribute('aria-current') === 'true') !== (code === lang)) {
          problems.push(`${name} has aria-current=${button.getAttribute('aria-current')}`);
        }
      }
      return problems;
    },
    { lang, kind: visit.kind, names: LANGUAGE_NAMES },
  );
}

/** WCAG 1.4.10: at this width nothing scrolls sideways, and nothing is cut off or pushed off-screen. */
export function reflowProblems(page: Page, width: number): Promise<string[]> {
  return page.evaluate((width) => {
    const problems: string[] = [];
    const describe = (el: Element) =>
      `${el.tagName.toLowerCase()}${el.id ? `#${el.id}` : ''}${el.classList.length ? `.${[...el.classList].join('.')}` : ''} "${(el.textContent ?? '').trim().slice(0, 30)}"`;
    const { scrollWidth } = document.documentElement;
    if (scrollWidth > width) problems.push(`document scrollWidth ${scrollWidth} > ${width}`);
    if (document.body.scrollWidth > width) problems.push(`body scrollWidth ${document.body.scrollWidth} > ${width}`);
    const skipped = (el: Element) => el.closest('.visually-hidden, .skip-link, head, script, style, svg') !== null;
    for (const el of document.body.querySelectorAll('*')) {
      if (skipped(el)) continue;
      const style = getComputedStyle(el);
      if (style.display === 'none' || style.visibility === 'hidden') continue;
      const r = el.getBoundingClientRect();
      if (r.width === 0 && r.height === 0) continue;
      if (r.left < -0.5 || r.right > width + 0.5) {
        problems.push(`${describe(el)} spans x ${r.left.toFixed(1)}–${r.right.toFixed(1)}`);
      }
      const clips = (v: string) => v === 'hidden' || v === 'clip' || v === 'auto' || v === 'scroll';
      if (clips(style.overflowX) && el.scrollWidth > el.clientWidth + 1) {
        problems.push(`${describe(el)} cuts off its content sideways (${el.scrollWidth} > ${el.clientWidth})`);
      }
      if (clips(style.overflowY) && el.scrollHeight > el.clientHeight + 1) {
        problems.push(`${describe(el)} cuts off its content (${el.scrollHeight} > ${el.clientHeight})`);
      }
      if (style.textOverflow === 'ellipsis' && el.scrollWidth > el.clientWidth) problems.push(`${describe(el)} is truncated`);
    }
    // Every line of text inside the width.
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    const range = document.createRange();
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const parent = node.parentElement;
      if (!parent || skipped(parent) || !(node.textContent ?? '').trim()) continue;
      if (getComputedStyle(parent).visibility === 'hidden') continue;
      range.selectNodeContents(node);
      for (const r of range.getClientRects()) {
        if (r.width > 0 && (r.left < -0.5 || r.right > width + 0.5)) {
          problems.push(`text "${(node.textContent ?? '').trim().slice(0, 30)}" spans x ${r.left.toFixed(1)}–${r.right.toFixed(1)}`);
          break;
        }
      }
    }
    return problems;
  }, width);
}

/**
 * Words drawn over two lines: a column too narrow for its words, which the browser then breaks
 * inside them («Abonne|ment»). A word that carries its own break points (a hyphen, a soft
 * hyphen, the slashes of an address) may break there.
 */
export function brokenWords(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const broken: string[] = [];
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    const range = document.createRange();
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const parent = node.parentElement;
      if (!parent || parent.closest('.visually-hidden, script, style, textarea') || parent.getClientRects().length === 0) continue;
      for (const match of (node.textContent ?? '').matchAll(/\S+/g)) {
        if (/[-‐‑–—/\u00ad]/.test(match[0])) continue;
        range.setStart(node, match.index);
        range.setEnd(node, match.index + match[0].length);
        const lines = new Set([...range.getClientRects()].filter((r) => r.width > 0).map((r) => Math.round(r.top)));
        if (lines.size > 1) broken.push(`«${match[0]}» in ${parent.tagName.toLowerCase()}.${[...parent.classList].join('.')}`);
      }
    }
    return broken;
  });
}

/** WCAG 1.4.12's text-spacing values, as the usual bookmarklet applies them. */
export const TEXT_SPACING_CSS = `
* { line-height: 1.5 !important; letter-spacing: 0.12em !important; word-spacing: 0.16em !important; }
p, li, dd, dt, legend, label { margin-block-end: 2em !important; }
`;

// ---------------------------------------------------------------------------------------------
// Keyboard.

export interface Focus {
  /** Position of the focused element in document order; -1 for the body (focus left the page). */
  index: number;
  tag: string;
  role: string;
  text: string;
  /** The element's box in the viewport while focused. */
  rect: { x: number; y: number; width: number; height: number };
  /** The box in document coordinates: for comparing positions down the page. */
  top: number;
  left: number;
  inViewport: boolean;
  /** What is at the centre of the element, if it is not the element itself (or inside it, or its label). */
  coveredBy: string | null;
  isHeading: boolean;
  visibleOutline: boolean;
  /** What the walk steers by. */
  path: string;
  h1: string;
  id: string;
  className: string;
  type: string;
  name: string;
  value: string;
  checked: boolean;
  /** For a select: its options' values and the one chosen. */
  options: string[];
  selectedIndex: number;
}

export function focusInfo(page: Page): Promise<Focus> {
  return page.evaluate(() => {
    const el = document.activeElement as (HTMLElement & Partial<HTMLInputElement & HTMLSelectElement>) | null;
    const all = [...document.querySelectorAll('*')];
    const steering = {
      path: window.location.pathname,
      h1: document.querySelector('main h1')?.textContent ?? '',
      id: el?.id ?? '',
      className: typeof el?.className === 'string' ? el.className : '',
      type: typeof el?.type === 'string' ? el.type : '',
      name: typeof el?.name === 'string' ? el.name : '',
      value: typeof el?.value === 'string' ? el.value : '',
      checked: el?.checked === true,
      options: el instanceof HTMLSelectElement ? [...el.options].map((o) => o.value) : [],
      selectedIndex: el instanceof HTMLSelectElement ? el.selectedIndex : -1,
    };
    if (!el || el === document.body || el === document.documentElement) {
      return {
        ...steering,
        index: -1,
        tag: el?.tagName.toLowerCase() ?? '',
        role: '',
        text: '',
        rect: { x: 0, y: 0, width: 0, height: 0 },
        top: 0,
        left: 0,
        inViewport: false,
        coveredBy: null,
        isHeading: false,
        visibleOutline: false,
      };
    }
    const r = el.getBoundingClientRect();
    const labels = [...((el as HTMLInputElement).labels ?? [])];
    const ours = (hit: Element | null) =>
      hit !== null && (hit === el || el.contains(hit) || labels.some((label) => label.contains(hit)));
    const describe = (node: Element) =>
      `${node.tagName.toLowerCase()}${node.id ? `#${node.id}` : ''}${node.classList.length ? `.${[...node.classList].join('.')}` : ''}`;
    // A link wrapped over two lines has a box per line: the centre of each must be the link.
    const boxes = [...el.getClientRects()].filter((box) => box.width > 2 && box.height > 2);
    let coveredBy: string | null = null;
    for (const box of boxes) {
      const hit = document.elementFromPoint(box.left + box.width / 2, box.top + box.height / 2);
      if (!ours(hit)) {
        coveredBy = hit ? describe(hit) : 'nothing (outside the viewport)';
        break;
      }
    }
    const style = getComputedStyle(el);
    return {
      ...steering,
      index: all.indexOf(el),
      tag: el.tagName.toLowerCase(),
      role: el.getAttribute('role') ?? '',
      text: (el.textContent ?? '').trim().slice(0, 60) || (el as HTMLInputElement).value || '',
      rect: { x: r.left, y: r.top, width: r.width, height: r.height },
      top: r.top + window.scrollY,
      left: r.left + window.scrollX,
      // A pixel's grace: layout in fractions of a pixel, scrolling in whole ones.
      inViewport:
        r.width > 0 &&
        r.height > 0 &&
        r.top >= -1 &&
        r.left >= -1 &&
        r.bottom <= innerHeight + 1 &&
        r.right <= innerWidth + 1,
      coveredBy,
      isHeading: el.tagName === 'H1' && el.closest('main') !== null,
      visibleOutline: style.outlineStyle !== 'none' || style.boxShadow !== 'none' || el.matches('.error-summary'),
    };
  });
}

/** What a Tab stop is: its position in the document, or its radio group (one stop for the group). */
export function stopKey(focus: { index: number; type?: string; name?: string }): string {
  return focus.type === 'radio' && focus.name ? `radio:${focus.name}` : String(focus.index);
}

/**
 * The order Tab should take through the page: every focusable element in document order, a radio
 * group once (at its checked radio, else at one of its ends: which end differs between browsers).
 */
export function expectedTabOrder(page: Page): Promise<{ index: number; key: string }[]> {
  return page.evaluate(() => {
    const all = [...document.querySelectorAll('*')];
    const selector =
      'a[href], button:not([disabled]), input:not([disabled]):not([type="hidden"]), select:not([disabled]), textarea:not([disabled]), summary, [tabindex]';
    const candidates = [...document.querySelectorAll<HTMLElement>(selector)].filter(
      (el) =>
        el.tabIndex >= 0 &&
        el.getClientRects().length > 0 &&
        getComputedStyle(el).visibility !== 'hidden' &&
        !el.closest('[inert]') &&
        !(el.closest('details:not([open])') && !el.closest('summary')),
    );
    const order: HTMLElement[] = [];
    const groups = new Set<string>();
    for (const el of candidates) {
      if (el instanceof HTMLInputElement && el.type === 'radio' && el.name) {
        if (groups.has(el.name)) continue;
        groups.add(el.name);
        const group = candidates.filter(
          (other): other is HTMLInputElement => other instanceof HTMLInputElement && other.type === 'radio' && other.name === el.name,
        );
        order.push(group.find((r) => r.checked) ?? group[0]!);
      } else {
        order.push(el);
      }
    }
    return order.map((el) => ({
      index: all.indexOf(el),
      key: el instanceof HTMLInputElement && el.type === 'radio' && el.name ? `radio:${el.name}` : String(all.indexOf(el)),
    }));
  });
}
