import type { Scenario } from '../content/scenario-schema';
import { emptyProgress, restoreProgress, type ScenarioProgress } from './player';

export const scenarioStorageKey = (scenarioId: string) => `look-closer:scenario:v1:${scenarioId}`;

/** The path saved on this device, or an empty one when storage is empty, refused or corrupt. */
export function loadProgress(scenario: Scenario): ScenarioProgress {
  try {
    const raw = localStorage.getItem(scenarioStorageKey(scenario.id));
    return raw ? restoreProgress(scenario, JSON.parse(raw)) : emptyProgress();
  } catch {
    return emptyProgress();
  }
}

export function saveProgress(scenarioId: string, progress: ScenarioProgress): void {
  try {
    if (progress.choices.length === 0) localStorage.removeItem(scenarioStorageKey(scenarioId));
    else localStorage.setItem(scenarioStorageKey(scenarioId), JSON.stringify(progress));
  } catch {
    // Storage can be full or disabled; the scenario still works for this visit.
  }
}
