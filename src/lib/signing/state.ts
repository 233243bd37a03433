/**
 * The signing demo's state as it is saved on this device: the learner's two choices and, once signed, the
 * signed file (base64) and its readout, so a reload shows the same result without loading the engine again.
 */
import { readStored, writeStored } from '../storage/device-storage';
import { isDeclarationId, type DeclarationId } from './declarations';

export interface SignedResult {
  pictureId: string;
  declarationId: DeclarationId;
  fileName: string;
  mimeType: string;
  /** The signed file, base64. */
  base64: string;
  /** The readout of the signed file, as JSON-safe data (the site reader's Inspection without object URLs). */
  inspection: unknown;
}

export interface SigningState {
  pictureId: string | null;
  declarationId: DeclarationId | null;
  result: SignedResult | null;
}

export const emptyState: SigningState = { pictureId: null, declarationId: null, result: null };

export const storageKey = (widgetId: string) => `look-closer:signing-demo:v1:${widgetId}`;

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

function restoreResult(value: unknown, pictureIds: readonly string[]): SignedResult | null {
  if (!isRecord(value)) return null;
  const { pictureId, declarationId, fileName, mimeType, base64, inspection } = value;
  if (typeof pictureId !== 'string' || !pictureIds.includes(pictureId)) return null;
  if (!isDeclarationId(declarationId)) return null;
  if (typeof fileName !== 'string' || typeof mimeType !== 'string' || typeof base64 !== 'string') return null;
  if (!/^[A-Za-z0-9+/]*={0,2}$/.test(base64) || base64.length === 0) return null;
  if (!isRecord(inspection) || !isRecord(inspection.report)) return null;
  return { pictureId, declarationId, fileName, mimeType, base64, inspection };
}

/** Saved data back to state, dropping anything unknown or damaged. */
export function restoreState(value: unknown, pictureIds: readonly string[]): SigningState {
  if (!isRecord(value)) return { ...emptyState };
  const pictureId =
    typeof value.pictureId === 'string' && pictureIds.includes(value.pictureId) ? value.pictureId : null;
  const declarationId = isDeclarationId(value.declarationId) ? value.declarationId : null;
  const result = restoreResult(value.result, pictureIds);
  // A result only stands with the choices that made it.
  const consistent = result && result.pictureId === pictureId && result.declarationId === declarationId;
  return { pictureId, declarationId, result: consistent ? result : null };
}

export const loadState = (widgetId: string, pictureIds: readonly string[]): SigningState =>
  readStored(storageKey(widgetId), (saved) => restoreState(saved, pictureIds), { ...emptyState });

/** Saves the state; if the signed file is too big for storage, keeps the choices at least. */
export function saveState(widgetId: string, state: SigningState): void {
  const empty = !state.pictureId && !state.declarationId;
  if (!writeStored(storageKey(widgetId), empty ? undefined : state))
    writeStored(storageKey(widgetId), { ...state, result: null });
}

export function bytesToBase64(bytes: Uint8Array): string {
  let binary = '';
  for (let offset = 0; offset < bytes.length; offset += 0x8000)
    binary += String.fromCharCode(...bytes.subarray(offset, offset + 0x8000));
  return btoa(binary);
}

export function base64ToBytes(base64: string): Uint8Array<ArrayBuffer> {
  return Uint8Array.from(atob(base64), (char) => char.charCodeAt(0));
}
