/**
 * Reads a file's unsigned metadata (EXIF, XMP, IPTC) in a worker of its own, so exifr never blocks the page.
 * Some damaged files send exifr into an endless loop (a HEIC whose boxes no longer line up does): after a
 * time limit the worker is ended and the readout goes without metadata.
 */
import type { MetadataRequest } from './metadata-worker';
import type { UnsignedMetadata } from './unsigned-metadata';

/** Reading metadata takes milliseconds; this only stops a worker that will never answer. */
export const METADATA_TIME_LIMIT_MS = 5000;

interface Request {
  settle: (metadata: UnsignedMetadata | null) => void;
  timer?: ReturnType<typeof setTimeout>;
}

let worker: Worker | undefined;
let ready = false;
let nextId = 0;
const pending = new Map<number, Request>();

function stop() {
  worker?.terminate();
  worker = undefined;
  for (const request of pending.values()) {
    clearTimeout(request.timer);
    request.settle(null);
  }
  pending.clear();
}

/** The clock starts once the worker has loaded, so a slow first download of its code is not held against it. */
function arm(request: Request) {
  request.timer ??= setTimeout(stop, METADATA_TIME_LIMIT_MS);
}

function start(): Worker {
  const started = new Worker(new URL('./metadata-worker.ts', import.meta.url), { type: 'module', name: 'metadata' });
  ready = false;
  started.addEventListener(
    'message',
    ({ data }: MessageEvent<'ready' | { id: number; metadata: UnsignedMetadata | null }>) => {
      if (data === 'ready') {
        ready = true;
        pending.forEach(arm);
        return;
      }
      const request = pending.get(data.id);
      pending.delete(data.id);
      clearTimeout(request?.timer);
      request?.settle(data.metadata);
    },
  );
  started.addEventListener('error', stop);
  return started;
}

export function readMetadata(file: Blob): Promise<UnsignedMetadata | null> {
  return new Promise((settle) => {
    try {
      worker ??= start();
    } catch {
      // No worker (it failed to start): go without metadata rather than read it on the page.
      settle(null);
      return;
    }
    const id = nextId++;
    const request: Request = { settle };
    pending.set(id, request);
    if (ready) arm(request);
    worker.postMessage({ id, file } satisfies MetadataRequest);
  });
}
