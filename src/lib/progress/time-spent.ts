/**
 * Longest stretch counted at once. Time is added every minute while the page is visible, so a longer gap
 * means the device slept or the timer was held back, not that the learner was reading.
 */
export const maxSpanMinutes = 5;

/** Minutes between two clock readings (ms), for time-spent estimates: never negative, never more than the cap. */
export function spanMinutes(startMs: number, endMs: number): number {
  const minutes = (endMs - startMs) / 60_000;
  return minutes > 0 ? Math.min(minutes, maxSpanMinutes) : 0;
}

/** Stored with two decimals: enough for an estimate, and sums do not grow float noise. */
export const addMinutes = (total: number, minutes: number): number => Math.round((total + minutes) * 100) / 100;
