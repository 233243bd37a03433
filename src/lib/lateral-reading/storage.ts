import { readStored, writeStored } from '../storage/device-storage';
import type { LateralScenario } from '../content/lateral-reading-schema';
import { restoreSession, type Session } from './session';

export const lateralStorageKey = (scenarioId: string) => `look-closer:lateral-reading:v1:${scenarioId}`;

/** The session saved on this device, or none when storage is empty, refused or unreadable. */
export const loadSession = (scenario: LateralScenario): Session | undefined =>
  readStored(lateralStorageKey(scenario.id), (saved) => restoreSession(saved, scenario), undefined);

/** If storage is full or disabled, the exercise still works for this visit. */
export function saveSession(scenarioId: string, session: Session | undefined): void {
  writeStored(lateralStorageKey(scenarioId), session);
}
