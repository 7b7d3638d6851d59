// The table the bench prints and writes.
import { KIB, MB } from './config.js';

// ---------------------------------------------------------------------------------------------
// The table

/**
 * @typedef {{ figure: string, target: string, ours: string, baseline: string, result: 'pass' | 'MISS' | '' ,
 *   value: number, baselineValue: number | null, limit: number | null }} Row
 */

/**
 * @param {string} figure
 * @param {{ value: number, baseline?: number | null, limit?: number | null, target?: string,
 *   format: (n: number) => string, pass?: boolean | null }} spec
 * @returns {Row}
 */
export function row(figure, { value, baseline = null, limit = null, target = '', format, pass = null }) {
  return {
    figure,
    target,
    ours: Number.isFinite(value) ? format(value) : 'n/a',
    baseline: baseline === null ? '' : format(baseline),
    result: pass === null ? '' : pass ? 'pass' : 'MISS',
    value,
    baselineValue: baseline,
    limit,
  };
}

export const kib = (/** @type {number} */ n) => `${(n / KIB).toFixed(1)} KiB`;
export const seconds = (/** @type {number} */ n) => `${(n / 1000).toFixed(2)} s`;
export const ms = (/** @type {number} */ n) => `${n.toFixed(1)} ms`;
export const whole = (/** @type {number} */ n) => `${Math.round(n)}`;
export const cls = (/** @type {number} */ n) => n.toFixed(3);
export const megabytes = (/** @type {number} */ n) => `${(n / MB).toFixed(2)} MB`;
export const signedMegabytes = (/** @type {number} */ n) => `${n >= 0 ? '+' : ''}${(n / MB).toFixed(2)} MB`;

/** @param {Row[]} rows */
export function printTable(rows) {
  const head = /** @type {const} */ (['figure', 'target', 'ours', 'baseline', 'result']);
  const titles = { figure: 'Figure', target: 'Target', ours: 'Ours', baseline: 'Static HTML', result: 'Result' };
  const widths = head.map((key) => Math.max(titles[key].length, ...rows.map((r) => r[key].length)));
  /** @param {string[]} cells */
  const line = (cells) => `| ${cells.map((cell, i) => cell.padEnd(widths[i] ?? 0)).join(' | ')} |`;
  return [
    line(head.map((key) => titles[key])),
    `|${widths.map((w) => '-'.repeat(w + 2)).join('|')}|`,
    ...rows.map((r) => line(head.map((key) => r[key]))),
  ].join('\n');
}

