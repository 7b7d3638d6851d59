// Percentiles and medians of the figures measured.
/**
 * @param {number[]} values
 * @param {number} p 0..100, nearest rank
 */
export function percentile(values, p) {
  const sorted = [...values].sort((a, b) => a - b);
  if (sorted.length === 0) return Number.NaN;
  return /** @type {number} */ (sorted[Math.max(0, Math.ceil((p / 100) * sorted.length) - 1)]);
}

/** @param {number[]} values */
export const median = (values) => {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length / 2;
  return sorted.length % 2 ? /** @type {number} */ (sorted[Math.floor(mid)]) : ((sorted[mid - 1] ?? 0) + (sorted[mid] ?? 0)) / 2;
};

