import { mergeProgress } from './merge';
import { migrate, type StoredProblem } from './migrate';
import type { ProgressData } from './progress-schema';

/** Marks a file as Look Closer progress, so another JSON file is refused rather than read as "no progress". */
const fileKind = 'look-closer-progress';

export type ImportMode = 'merge' | 'replace';
export type ImportResult = { ok: true; progress: ProgressData } | { ok: false; problem: StoredProblem };

export const exportFileName = (now: Date) => `look-closer-progress-${now.toISOString().slice(0, 10)}.json`;

export function toExportJson(progress: ProgressData, now: Date): string {
  return `${JSON.stringify({ kind: fileKind, exportedAt: now.toISOString(), progress }, null, 2)}\n`;
}

/** Reads an exported file, migrating one made by an older version of the course. */
export function parseExportJson(text: string): ImportResult {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch {
    return { ok: false, problem: 'corrupt' };
  }
  if (typeof data !== 'object' || data === null || (data as { kind?: unknown }).kind !== fileKind) {
    return { ok: false, problem: 'foreign' };
  }
  return migrate((data as { progress?: unknown }).progress);
}

export const applyImport = (current: ProgressData, incoming: ProgressData, mode: ImportMode): ProgressData =>
  mode === 'merge' ? mergeProgress(current, incoming) : incoming;
