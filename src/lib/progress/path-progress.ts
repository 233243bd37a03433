import { pathText } from '../ui/progress-text';
import { countCompleted, readPathStates } from './module-state';
import { progressKey } from './storage-keys';

/**
 * Fills the learning path's `[data-progress-slot]` spans and its `[data-progress-summary]` line with the
 * learner's progress, and keeps them current when another tab changes it.
 */
export function showPathProgress(): void {
  const slots = [...document.querySelectorAll<HTMLElement>('[data-progress-slot]')];
  const summary = document.querySelector<HTMLElement>('[data-progress-summary]');
  const summaryText = summary?.querySelector('[data-progress-summary-text]');
  const render = () => {
    let raw: string | null = null;
    try {
      raw = localStorage.getItem(progressKey);
    } catch {
      // Storage disabled: every module shows as not started.
    }
    const { states, unreadable } = readPathStates(
      raw,
      slots.map((slot) => slot.dataset.progressSlot ?? ''),
    );
    for (const slot of slots) {
      const state = states[slot.dataset.progressSlot ?? ''] ?? 'not-started';
      slot.dataset.state = state;
      slot.textContent = pathText.states[state];
    }
    if (summary && summaryText) {
      summaryText.textContent = unreadable
        ? pathText.unreadable
        : pathText.summary(countCompleted(states), slots.length);
      summary.hidden = false;
    }
  };
  render();
  window.addEventListener('storage', (event) => {
    if (event.key === progressKey || event.key === null) render();
  });
}
