/**
 * When the engine must be replaced, and how long a read may take. The engine is c2pa-rs compiled to
 * WebAssembly, and its memory only ever grows: fuzzing found a 30 kB file whose damaged credentials made it
 * take 2 GB, keep them, and report the file as merely unreadable. A trap ("unreachable" from a Rust panic,
 * "memory access out of bounds") can leave that memory broken, so that every later read fails too.
 */
import type { ManifestStore } from '@contentauth/c2pa-types';

/** How c2pa-rs's own errors begin. */
const READER_ERROR = /^C2pa\(/;

function messageOf(error: unknown): string {
  if (error instanceof Error) return error.message;
  if (typeof error === 'object' && error !== null && 'message' in error) return String(error.message);
  return String(error);
}

/** True when the engine itself failed (it may be broken), not when it explained what is wrong with the file. */
export function isEngineFault(error: unknown): boolean {
  return !READER_ERROR.test(messageOf(error));
}

/** Reading a file takes memory in proportion to it: 541 MB were left after a 315 MB video. */
const LARGE_FILE_BYTES = 16 * 2 ** 20;

/**
 * True when the engine can go on to the next file: the read was of a file that is not large, and found no
 * credentials or intact ones. After any other read (and after every error) it is replaced, which costs a
 * tenth of a second, and nothing at all once a spare engine is waiting.
 */
export function leftEngineSound(store: ManifestStore | null, bytes: number): boolean {
  if (bytes > LARGE_FILE_BYTES) return false;
  if (store === null) return true;
  const state = store.validation_state;
  return Boolean(store.active_manifest) && (state === 'Valid' || state === 'Trusted');
}

/** A read that has not finished by then never will (a panic inside the engine leaves it waiting forever). */
const BASE_MS = 20_000;
/** Far slower than the slowest device reads: the limit catches reads that are stuck, not slow ones. */
const MIN_BYTES_PER_SECOND = 2_000_000;

export function readTimeLimitMs(bytes: number): number {
  return BASE_MS + Math.ceil((bytes / MIN_BYTES_PER_SECOND) * 1000);
}
