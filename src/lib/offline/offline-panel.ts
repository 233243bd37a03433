/**
 * The About page's offline panel: shows what this device holds and saves the large files on request. The page
 * sends the worker one `save` message per file and the worker fetches and stores it, so the progress shown
 * counts stored bytes and the download lasts only while the page is open.
 */
import { offlineText } from '../ui/offline-text';
import type { OfflineMessage, OfflineStatus } from './offline-cache';
import { runLimited } from './run-limited';

function ask<T>(worker: ServiceWorker, message: OfflineMessage): Promise<T> {
  const { port1, port2 } = new MessageChannel();
  return new Promise((resolve) => {
    port1.onmessage = (event) => resolve(event.data as T);
    worker.postMessage(message, [port2]);
  });
}

const totalBytes = (status: OfflineStatus) => status.missing.reduce((sum, [, , bytes]) => sum + bytes, 0);

export function showOfflinePanel(panel: HTMLElement): void {
  if (!import.meta.env.PROD || !('serviceWorker' in navigator)) return;
  const part = <T extends HTMLElement>(name: string) => panel.querySelector<T>(`[data-offline-${name}]`)!;
  const state = part('state');
  const large = part('large');
  const button = part<HTMLButtonElement>('save');
  const progress = part<HTMLProgressElement>('progress');
  const status = part('status');

  const show = (current: OfflineStatus) => {
    state.textContent = offlineText.coreSaved;
    const complete = current.missing.length === 0;
    large.textContent = complete
      ? offlineText.largeSaved(current.bytes)
      : offlineText.largePartly(current.savedBytes, current.bytes);
    large.hidden = false;
    button.textContent = offlineText.save(totalBytes(current));
    // Hiding a focused button would drop keyboard focus to the top of the page: keep it in the panel.
    if (complete && document.activeElement === button) part('title').focus();
    button.hidden = complete;
  };

  state.textContent = offlineText.preparing;
  // Every page registers the worker (register.ts); asking again for the same registration tells whether the browser
  // allows one at all. (Importing register.ts here would move it into a file of its own, one more request per page.)
  navigator.serviceWorker.register('/sw.js').catch(() => (state.textContent = offlineText.unavailable));
  void navigator.serviceWorker.ready.then(async ({ active }) => {
    if (!active) return;
    show(await ask<OfflineStatus>(active, { type: 'status' }));
    let saving = false;
    button.addEventListener('click', async () => {
      if (saving) return;
      saving = true;
      // Not `disabled`, which would drop keyboard focus from the button.
      button.setAttribute('aria-disabled', 'true');
      // Ask the browser not to clear a full copy when the device runs short of space.
      void navigator.storage?.persist?.();
      const wanted = await ask<OfflineStatus>(active, { type: 'keep-everything' });
      const goal = totalBytes(wanted);
      let done = 0;
      let failed = false;
      progress.max = goal;
      progress.value = 0;
      progress.hidden = false;
      status.textContent = offlineText.saving(goal);
      await runLimited(wanted.missing, 3, async ([url, , bytes]) => {
        const { saved } = await ask<{ saved: boolean }>(active, { type: 'save', url });
        if (saved) progress.value = done += bytes;
        else failed = true;
      });
      progress.hidden = true;
      button.removeAttribute('aria-disabled');
      saving = false;
      status.textContent = failed ? offlineText.failed : offlineText.saved;
      show(await ask<OfflineStatus>(active, { type: 'status' }));
    });
  });
}
