import * as v from 'valibot';
import { emptyProgress, progressSchema, type ProgressData } from './progress-schema';

/** Why saved progress could not be used: not JSON, JSON of another shape, or saved by a newer course version. */
export type StoredProblem = 'corrupt' | 'foreign' | 'newer';

export const currentVersion = 1;

type Migration = (data: Record<string, unknown>) => Record<string, unknown>;

/**
 * Version N → N + 1. When the schema's shape changes, raise its version and add the step from the old one
 * here (for example `1: (v1) => ({ ...v1, version: 2, … })`), so data saved by any earlier visit still loads.
 */
export const migrations: Readonly<Record<number, Migration>> = {};

export type MigrateResult = { ok: true; progress: ProgressData } | { ok: false; problem: 'foreign' | 'newer' };

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/** Brings parsed JSON of any known version up to the current one and validates it. */
export function migrate(data: unknown, steps: Readonly<Record<number, Migration>> = migrations): MigrateResult {
  if (!isRecord(data) || typeof data.version !== 'number' || !Number.isInteger(data.version)) {
    return { ok: false, problem: 'foreign' };
  }
  if (data.version > currentVersion) return { ok: false, problem: 'newer' };
  let current = data;
  for (let version = data.version; version < currentVersion; version += 1) {
    const step = steps[version];
    if (!step) return { ok: false, problem: 'foreign' };
    current = step(current);
  }
  const parsed = v.safeParse(progressSchema, current);
  return parsed.success ? { ok: true, progress: parsed.output } : { ok: false, problem: 'foreign' };
}

/** Progress from its stored text. Anything unusable gives fresh progress and says why, so the caller can keep the text aside. */
export function parseStoredProgress(raw: string | null): { progress: ProgressData; problem?: StoredProblem } {
  if (raw === null) return { progress: emptyProgress() };
  let data: unknown;
  try {
    data = JSON.parse(raw);
  } catch {
    return { progress: emptyProgress(), problem: 'corrupt' };
  }
  const result = migrate(data);
  return result.ok ? { progress: result.progress } : { progress: emptyProgress(), problem: result.problem };
}
