import { spanMinutes } from './time-spent';

/** Reports the minutes the page is visible: every minute, and when it is hidden or left. Returns a stop function. */
export function trackVisibleTime(add: (minutes: number) => void, everyMs = 60_000): () => void {
  let since = document.visibilityState === 'visible' ? Date.now() : undefined;
  const flush = () => {
    if (since === undefined) return;
    const now = Date.now();
    const minutes = spanMinutes(since, now);
    since = now;
    if (minutes > 0) add(minutes);
  };
  const onVisibility = () => {
    if (document.visibilityState === 'visible') since = Date.now();
    else {
      flush();
      since = undefined;
    }
  };
  const timer = setInterval(flush, everyMs);
  document.addEventListener('visibilitychange', onVisibility);
  window.addEventListener('pagehide', flush);
  return () => {
    flush();
    clearInterval(timer);
    document.removeEventListener('visibilitychange', onVisibility);
    window.removeEventListener('pagehide', flush);
  };
}
