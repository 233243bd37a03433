import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { METADATA_TIME_LIMIT_MS } from '../../../src/lib/provenance/metadata-reader';

/** A stand-in for the metadata worker: it says it is ready when told to, and answers only if told to. */
class FakeWorker extends EventTarget {
  static made: FakeWorker[] = [];
  terminated = false;
  requests: { id: number; file: Blob }[] = [];
  constructor() {
    super();
    FakeWorker.made.push(this);
  }
  postMessage(request: { id: number; file: Blob }) {
    this.requests.push(request);
  }
  terminate() {
    this.terminated = true;
  }
  say(data: unknown) {
    this.dispatchEvent(new MessageEvent('message', { data }));
  }
}

let readMetadata: typeof import('../../../src/lib/provenance/metadata-reader').readMetadata;
const file = new Blob(['x']);
const metadata = { hasLocation: false, fields: [{ label: 'Camera', value: 'Canon' }] };

beforeEach(async () => {
  FakeWorker.made = [];
  vi.useFakeTimers();
  vi.stubGlobal('Worker', FakeWorker);
  vi.resetModules();
  ({ readMetadata } = await import('../../../src/lib/provenance/metadata-reader'));
});

afterEach(() => {
  vi.useRealTimers();
  vi.unstubAllGlobals();
});

describe('readMetadata', () => {
  it('gives what the worker read, and keeps the worker for the next file', async () => {
    const first = readMetadata(file);
    const worker = FakeWorker.made[0]!;
    worker.say('ready');
    worker.say({ id: worker.requests[0]!.id, metadata });
    await expect(first).resolves.toEqual(metadata);

    const second = readMetadata(file);
    worker.say({ id: worker.requests[1]!.id, metadata: null });
    await expect(second).resolves.toBeNull();
    expect(FakeWorker.made).toHaveLength(1);
  });

  it('gives up on a worker stuck on a damaged file, and starts a new one for the next file', async () => {
    const stuck = readMetadata(file);
    FakeWorker.made[0]!.say('ready');
    await vi.advanceTimersByTimeAsync(METADATA_TIME_LIMIT_MS);
    await expect(stuck).resolves.toBeNull();
    expect(FakeWorker.made[0]!.terminated).toBe(true);

    const next = readMetadata(file);
    const fresh = FakeWorker.made[1]!;
    fresh.say('ready');
    fresh.say({ id: fresh.requests[0]!.id, metadata });
    await expect(next).resolves.toEqual(metadata);
  });

  it('does not count the time the worker takes to load', async () => {
    const read = readMetadata(file);
    const worker = FakeWorker.made[0]!;
    await vi.advanceTimersByTimeAsync(METADATA_TIME_LIMIT_MS * 2);
    expect(worker.terminated).toBe(false);
    worker.say('ready');
    worker.say({ id: worker.requests[0]!.id, metadata });
    await expect(read).resolves.toEqual(metadata);
  });

  it('goes without metadata when the worker cannot load', async () => {
    const read = readMetadata(file);
    FakeWorker.made[0]!.dispatchEvent(new Event('error'));
    await expect(read).resolves.toBeNull();
  });
});
