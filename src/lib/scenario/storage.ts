import { readStored, writeStored } from '../storage/device-storage';
import type { Scenario } from '../content/scenario-schema';
import { emptyProgress, restoreProgress, type ScenarioProgress } from './player';

export const scenarioStorageKey = (scenarioId: string) => `look-closer:scenario:v1:${scenarioId}`;

/** The path saved on this device, or an empty one when storage is empty, refused or corrupt. */
export const loadProgress = (scenario: Scenario): ScenarioProgress =>
  readStored(scenarioStorageKey(scenario.id), (saved) => restoreProgress(scenario, saved), emptyProgress());

/** If storage is full or disabled, the scenario still works for this visit. */
export function saveProgress(scenarioId: string, progress: ScenarioProgress): void {
  writeStored(scenarioStorageKey(scenarioId), progress.choices.length === 0 ? undefined : progress);
}
