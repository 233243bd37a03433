/** What the learning path shows per module. Reads loosely typed data: light pages use it without the schema. */
export type ModuleState = 'not-started' | 'in-progress' | 'completed';

type Loose = Partial<Record<'visitedAt' | 'completedAt' | 'check' | 'sectionsRead' | 'minutesSpent', unknown>>;

export function moduleState(module: Loose | undefined): ModuleState {
  if (!module) return 'not-started';
  if (typeof module.completedAt === 'string') return 'completed';
  const started =
    typeof module.visitedAt === 'string' ||
    (typeof module.check === 'object' && module.check !== null) ||
    (Array.isArray(module.sectionsRead) && module.sectionsRead.length > 0) ||
    (typeof module.minutesSpent === 'number' && module.minutesSpent > 0);
  return started ? 'in-progress' : 'not-started';
}

/**
 * States of the given modules straight from the stored text, without the schema validator, so the home page
 * stays light. Validation, migration and the backup of unreadable data happen where progress is changed.
 */
export function readPathStates(
  raw: string | null,
  slugs: readonly string[],
): { states: Record<string, ModuleState>; unreadable: boolean } {
  let modules: Record<string, Loose | undefined> = {};
  let unreadable = false;
  if (raw !== null) {
    try {
      const data: unknown = JSON.parse(raw);
      const stored = (data as { modules?: unknown } | null)?.modules;
      if (typeof stored === 'object' && stored !== null) modules = stored as typeof modules;
      else unreadable = true;
    } catch {
      unreadable = true;
    }
  }
  const states: Record<string, ModuleState> = {};
  for (const slug of slugs) states[slug] = moduleState(Object.hasOwn(modules, slug) ? modules[slug] : undefined);
  return { states, unreadable };
}

export const countCompleted = (states: Record<string, ModuleState>) =>
  Object.values(states).filter((state) => state === 'completed').length;
