import { loadProgress, saveProgress } from '../progress/progress-store';
import type { ProgressData } from '../progress/progress-schema';

/** "My assignments": an opened assignment goes into the learner's progress, keeping its first opening. */
export function withAssignment(progress: ProgressData, id: string, link: string, openedAt: Date): ProgressData {
  const known = progress.assignments[id];
  return {
    ...progress,
    assignments: { ...progress.assignments, [id]: { openedAt: known?.openedAt ?? openedAt.toISOString(), link } },
  };
}

/** Saves through the progress store; false when stored progress was unreadable and could not be kept aside. */
export function rememberAssignment(id: string, link: string, now: Date): boolean {
  const loaded = loadProgress(now);
  if (loaded.problem && !loaded.backupKey) return false;
  saveProgress(withAssignment(loaded.progress, id, link, now));
  return true;
}
