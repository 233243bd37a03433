/**
 * Registers the offline worker (/sw.js, written by the build) and shows the footer's offline note once a worker
 * is active. It ships with every page, so it stays a few lines with no text of its own.
 */
const registerDelayMs = 5000;

export function registerOfflineWorker(): void {
  if (!('serviceWorker' in navigator)) return;
  if (!import.meta.env.PROD) {
    // `astro dev` has no worker; one left by a built site on the same address would serve saved copies.
    void navigator.serviceWorker.getRegistrations().then((all) => all.forEach((each) => each.unregister()));
    return;
  }
  // A few seconds after the page has loaded: the install downloads and stores about 4 MB, which on a slow phone
  // would compete with the page the learner just opened (measured: Lighthouse's blocking time went from 80 to
  // 350 ms on a page with no script of its own when the worker registered at load).
  addEventListener('load', () =>
    setTimeout(() => {
      // Rejected where the browser allows no worker (some private windows): the site works without one.
      navigator.serviceWorker.register('/sw.js').catch(() => undefined);
    }, registerDelayMs),
  );
  void navigator.serviceWorker.ready.then(() =>
    document.querySelector('[data-offline-note]')?.removeAttribute('hidden'),
  );
}
