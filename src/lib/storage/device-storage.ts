/**
 * JSON in this site's localStorage, for widgets that remember a learner's work on their device. Storage can be
 * disabled, full or hold anything, so reading never throws and writing reports whether it worked.
 */

/** `restore(parsed JSON)` of what is stored under `key`; `fallback` when nothing is, or it cannot be read or restored. */
export function readStored<T>(key: string, restore: (value: unknown) => T, fallback: T): T {
  try {
    const raw = localStorage.getItem(key);
    return raw ? restore(JSON.parse(raw)) : fallback;
  } catch {
    return fallback;
  }
}

/** Stores `value` as JSON under `key`, or removes the key when `value` is undefined; false if storage refused. */
export function writeStored(key: string, value: unknown): boolean {
  try {
    if (value === undefined) localStorage.removeItem(key);
    else localStorage.setItem(key, JSON.stringify(value));
    return true;
  } catch {
    return false;
  }
}
