/**
 * Registers the offline worker (/sw.js, written by the build) and shows the footer's offline note once a worker
 * is active. It ships with every page, so it stays a few lines with no text of its own.
 */
export function registerOfflineWorker(): void {
  if (!('serviceWorker' in navigator)) return;
  if (!import.meta.env.PROD) {
    // `astro dev` has no worker; one left by a built site on the same address would serve saved copies.
    void navigator.serviceWorker.getRegistrations().then((all) => all.forEach((each) => each.unregister()));
    return;
  }
  // After the page has loaded, so the install's downloads do not slow the page itself.
  addEventListener('load', () => {
    // Rejected where the browser allows no worker (some private windows): the site works without one.
    navigator.serviceWorker.register('/sw.js').catch(() => undefined);
  });
  void navigator.serviceWorker.ready.then(() =>
    document.querySelector('[data-offline-note]')?.removeAttribute('hidden'),
  );
}
