/** Which of the browser's stores: this tab's (`session`), or this browser's (`local`). */
export type StorageArea = 'session' | 'local';

/**
 * The browser's storage, which may be missing or throw (blocked in a third-party frame, full, or
 * off): storage is a convenience, never fatal. Without it, what would be kept lasts for this page.
 */
export function readStorage(key: string, area: StorageArea = 'session'): string | null {
  try {
    return store(area).getItem(key);
  } catch {
    return null;
  }
}

export function writeStorage(key: string, value: string | null, area: StorageArea = 'session'): void {
  try {
    if (value === null) store(area).removeItem(key);
    else store(area).setItem(key, value);
  } catch {
    // Kept in memory for this page only.
  }
}

function store(area: StorageArea): Storage {
  return area === 'local' ? window.localStorage : window.sessionStorage;
}
