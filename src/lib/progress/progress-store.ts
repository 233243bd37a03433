import { parseStoredProgress, type StoredProblem } from './migrate';
import { emptyProgress, type ProgressData, type QuizAttemptResult } from './progress-schema';
import {
  completed,
  notCompleted,
  sectionsAdded,
  timeAdded,
  updateModuleIn,
  visited,
  withCheck,
  withQuiz,
  type CheckResult,
  type ModuleChange,
} from './progress-updates';
import { backupKeyPrefix, progressChangeEvent, progressKey } from './storage-keys';
import { applyImport, parseExportJson, toExportJson, type ImportMode, type ImportResult } from './transfer';

/** The learner's progress in localStorage. Every change re-reads storage first, so tabs never overwrite each other. */

export interface LoadedProgress {
  progress: ProgressData;
  /** Set when stored data could not be used; it was copied to `backupKey` (unless storage refused). */
  problem?: StoredProblem;
  backupKey?: string;
}

function storage(): Storage | undefined {
  try {
    return localStorage;
  } catch {
    return undefined;
  }
}

export function loadProgress(now = new Date()): LoadedProgress {
  const store = storage();
  let raw: string | null = null;
  try {
    raw = store?.getItem(progressKey) ?? null;
  } catch {
    // Storage disabled: progress works for this visit only.
  }
  const { progress, problem } = parseStoredProgress(raw);
  if (!problem || raw === null || !store) return { progress };
  const backupKey = `${backupKeyPrefix}${now.toISOString()}`;
  try {
    // Backup first: if it cannot be written, the unreadable value stays where it is.
    store.setItem(backupKey, raw);
    store.setItem(progressKey, JSON.stringify(progress));
    return { progress, problem, backupKey };
  } catch {
    return { progress, problem };
  }
}

export function saveProgress(progress: ProgressData): void {
  try {
    localStorage.setItem(progressKey, JSON.stringify(progress));
  } catch {
    // Storage can be full or disabled; the page still shows this visit's progress.
  }
  window.dispatchEvent(new CustomEvent(progressChangeEvent));
}

function change(apply: (progress: ProgressData) => ProgressData, now = new Date()): ProgressData {
  const loaded = loadProgress(now);
  // Unreadable data that could not be backed up must not be overwritten.
  if (loaded.problem && !loaded.backupKey) return loaded.progress;
  const next = apply(loaded.progress);
  saveProgress(next);
  return next;
}

export const updateModule = (slug: string, moduleChange: ModuleChange) =>
  change((progress) => updateModuleIn(progress, slug, moduleChange));

export const markComplete = (slug: string, by: 'manual' | 'check', now = new Date()) =>
  updateModule(slug, completed(by, now.toISOString()));

export const markNotComplete = (slug: string) => updateModule(slug, notCompleted);

export const recordVisit = (slug: string, now = new Date()) => updateModule(slug, visited(now.toISOString()));

export const recordSectionsRead = (slug: string, ids: readonly string[]) => updateModule(slug, sectionsAdded(ids));

export const addTime = (slug: string, minutes: number) => updateModule(slug, timeAdded(minutes));

export function recordCheck(slug: string, result: CheckResult, now = new Date()) {
  let outcome = { passed: false, completedNow: false };
  const progress = change((current) => {
    const { progress: next, ...rest } = withCheck(current, slug, result, now.toISOString());
    outcome = rest;
    return next;
  }, now);
  return { progress, ...outcome };
}

export const recordQuiz = (quizId: string, attempt: QuizAttemptResult) =>
  change((progress) => withQuiz(progress, quizId, attempt));

/** Calls `listener` after any change, in this tab or another one. */
export function subscribe(listener: (loaded: LoadedProgress) => void): () => void {
  const onStorage = (event: StorageEvent) => {
    // `key` is null when another tab cleared all of this site's storage.
    if (event.key === progressKey || event.key === null) listener(loadProgress());
  };
  const onChange = () => listener(loadProgress());
  window.addEventListener('storage', onStorage);
  window.addEventListener(progressChangeEvent, onChange);
  return () => {
    window.removeEventListener('storage', onStorage);
    window.removeEventListener(progressChangeEvent, onChange);
  };
}

export const exportProgress = (now = new Date()) => toExportJson(loadProgress(now).progress, now);

export function importProgress(text: string, mode: ImportMode): ImportResult {
  const result = parseExportJson(text);
  if (!result.ok) return result;
  return { ok: true, progress: change((current) => applyImport(current, result.progress, mode)) };
}

export const resetProgress = () => change(emptyProgress);

export interface Backup {
  key: string;
  /** When the unreadable data was found (ISO). */
  foundAt: string;
  value: string;
}

export function listBackups(): Backup[] {
  const store = storage();
  if (!store) return [];
  const backups: Backup[] = [];
  for (let index = 0; index < store.length; index += 1) {
    const key = store.key(index);
    const value = key?.startsWith(backupKeyPrefix) ? store.getItem(key) : null;
    if (key && value !== null) backups.push({ key, foundAt: key.slice(backupKeyPrefix.length), value });
  }
  return backups.sort((a, b) => a.foundAt.localeCompare(b.foundAt));
}

export function deleteBackup(key: string): void {
  if (key.startsWith(backupKeyPrefix)) storage()?.removeItem(key);
}
