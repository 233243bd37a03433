/**
 * What the strip lab keeps on this device: the chosen sample and quality, and the rows of the last run, so
 * a reload shows what was found without loading the checker again.
 */
import { readStored, writeStored } from '../storage/device-storage';
import type { ComparisonRow } from './compare';
import { defaultQuality, qualities, versionKinds, type Quality } from './compare';

export interface StripLabState {
  sample: string;
  quality: Quality;
  /** The comparison of the last run, as words only (the pictures themselves are not stored). */
  lastRun?: { sample: string; quality: Quality; rows: ComparisonRow[] };
}

export const storageKey = (id: string) => `look-closer:strip-lab:v1:${id}`;

const tones = new Set(['good', 'bad', 'neutral', 'warn']);
const statuses = new Set(['none', 'valid', 'invalid', 'error']);
const stringFields = [
  'title',
  'fileName',
  'format',
  'size',
  'sizeChange',
  'dimensions',
  'pixels',
  'headline',
  'ai',
  'signer',
] as const;

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function isQuality(value: unknown): value is Quality {
  return qualities.includes(value as Quality);
}

function restoreRow(value: unknown): ComparisonRow | undefined {
  if (!isRecord(value)) return undefined;
  if (!versionKinds.includes(value.kind as never)) return undefined;
  if (!statuses.has(value.status as string) || !tones.has(value.tone as string)) return undefined;
  if (typeof value.hasCredentials !== 'boolean') return undefined;
  if (!stringFields.every((field) => typeof value[field] === 'string')) return undefined;
  return value as unknown as ComparisonRow;
}

/** A saved state, checked field by field; anything unknown or damaged falls back to the defaults. */
export function restoreState(raw: unknown, sampleIds: readonly string[]): StripLabState {
  const fallback: StripLabState = { sample: sampleIds[0] ?? '', quality: defaultQuality };
  if (!isRecord(raw)) return fallback;
  const sample = typeof raw.sample === 'string' && sampleIds.includes(raw.sample) ? raw.sample : fallback.sample;
  const quality = isQuality(raw.quality) ? raw.quality : fallback.quality;
  const state: StripLabState = { sample, quality };
  const run = raw.lastRun;
  if (isRecord(run) && typeof run.sample === 'string' && sampleIds.includes(run.sample) && isQuality(run.quality)) {
    const rows = Array.isArray(run.rows) ? run.rows.map(restoreRow) : [];
    if (rows.length > 0 && rows.every((row) => row !== undefined)) {
      state.lastRun = { sample: run.sample, quality: run.quality, rows: rows as ComparisonRow[] };
    }
  }
  return state;
}

export const loadState = (id: string, sampleIds: readonly string[]): StripLabState =>
  readStored(storageKey(id), (saved) => restoreState(saved, sampleIds), restoreState(null, sampleIds));

/** If storage is full or disabled, the lab still works for this visit. */
export function saveState(id: string, state: StripLabState | null): void {
  writeStored(storageKey(id), state ?? undefined);
}
