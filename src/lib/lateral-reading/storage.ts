import type { LateralScenario } from '../content/lateral-reading-schema';
import { restoreSession, type Session } from './session';

export const lateralStorageKey = (scenarioId: string) => `look-closer:lateral-reading:v1:${scenarioId}`;

/** The session saved on this device, or none when storage is empty, refused or unreadable. */
export function loadSession(scenario: LateralScenario): Session | undefined {
  try {
    const raw = localStorage.getItem(lateralStorageKey(scenario.id));
    return raw ? restoreSession(JSON.parse(raw), scenario) : undefined;
  } catch {
    return undefined;
  }
}

export function saveSession(scenarioId: string, session: Session | undefined): void {
  try {
    if (session) localStorage.setItem(lateralStorageKey(scenarioId), JSON.stringify(session));
    else localStorage.removeItem(lateralStorageKey(scenarioId));
  } catch {
    // Storage can be full or disabled; the exercise still works for this visit.
  }
}
