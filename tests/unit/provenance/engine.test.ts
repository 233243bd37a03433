import type { ManifestStore } from '@contentauth/c2pa-types';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { readTimeLimitMs } from '../../../src/lib/provenance/engine-health';

// A stand-in for the SDK: each engine it makes is recorded with the code it was given, and its reader does
// what the test says.
const engines: { wasmSrc: unknown; dispose: ReturnType<typeof vi.fn> }[] = [];
let read: () => Promise<ManifestStore | null>;

vi.mock('@contentauth/c2pa-web', () => ({
  createC2pa: async ({ wasmSrc }: { wasmSrc: unknown }) => {
    const reader = async () => {
      const store = await read();
      return store && { manifestStore: async () => store, crJson: async () => ({}), free: async () => {} };
    };
    const engine = { wasmSrc, reader: { fromBlob: reader }, dispose: vi.fn() };
    engines.push(engine);
    return engine;
  },
}));

const file = new Blob([new Uint8Array(1000)]);
const compiled = {} as WebAssembly.Module;
const intact = { active_manifest: 'urn:a', manifests: { 'urn:a': {} }, validation_state: 'Valid' } as ManifestStore;
let engine: typeof import('../../../src/lib/provenance/engine');
let readWithEngine: typeof engine.readWithEngine;

beforeEach(async () => {
  engines.length = 0;
  vi.stubGlobal('fetch', async () => new Response('-----BEGIN CERTIFICATE-----'));
  vi.spyOn(WebAssembly, 'compileStreaming').mockResolvedValue(compiled);
  vi.resetModules();
  engine = await import('../../../src/lib/provenance/engine');
  ({ readWithEngine } = engine);
});

afterEach(() => {
  vi.useRealTimers();
  vi.unstubAllGlobals();
});

describe('readWithEngine', () => {
  it('keeps the engine after reads that found no credentials, or intact ones', async () => {
    read = async () => null;
    await expect(readWithEngine(file, 'image/jpeg')).resolves.toMatchObject({ store: null });
    read = async () => intact;
    await expect(readWithEngine(file, 'image/jpeg')).resolves.toMatchObject({ store: intact });
    expect(engines).toHaveLength(1);
    expect(engines[0]!.dispose).not.toHaveBeenCalled();
  });

  it('replaces the engine after damaged credentials, which can leave it holding gigabytes', async () => {
    read = async () => ({ ...intact, active_manifest: undefined }) as ManifestStore;
    await readWithEngine(file, 'image/jpeg');
    read = async () => ({ ...intact, validation_state: 'Invalid' }) as ManifestStore;
    await readWithEngine(file, 'image/jpeg');
    // Each read had an engine of its own; the next read has one ready, and a spare waits behind it.
    await vi.waitFor(() => expect(engines).toHaveLength(4));
    expect(engines.map((engine) => engine.dispose.mock.calls.length)).toEqual([1, 1, 0, 0]);
    // Each replacement reuses the compiled code instead of compiling it again.
    expect(WebAssembly.compileStreaming).toHaveBeenCalledOnce();
    expect(engines.every((engine) => engine.wasmSrc === compiled)).toBe(true);
  });

  it('replaces the engine after a large file, which leaves it holding as much memory', async () => {
    read = async () => intact;
    await readWithEngine(new Blob([new Uint8Array(17 * 2 ** 20)]), 'video/mp4');
    expect(engines[0]!.dispose).toHaveBeenCalledOnce();
  });

  it('passes on an error of the engine’s own about the file, and replaces the engine', async () => {
    read = () => Promise.reject(new Error('C2pa(JumbfParseError(UnexpectedEof))'));
    await expect(readWithEngine(file, 'image/jpeg')).rejects.toThrow('C2pa(JumbfParseError(UnexpectedEof))');
    expect(engines[0]!.dispose).toHaveBeenCalledOnce();
  });

  it('reports a trap as the engine breaking down, and the next read has a fresh engine', async () => {
    read = () => Promise.reject(new Error('unreachable'));
    await expect(readWithEngine(file, 'image/jpeg')).rejects.toThrow('engineFault');
    expect(engines[0]!.dispose).toHaveBeenCalledOnce();

    read = async () => null;
    await expect(readWithEngine(file, 'image/jpeg')).resolves.toMatchObject({ store: null });
    expect(engines.map((engine) => engine.dispose.mock.calls.length)).toEqual([1, 0, 0]);
  });

  it('stops a read that never ends, after its time limit, and replaces the engine', async () => {
    vi.useFakeTimers();
    read = () => new Promise(() => {});
    const reading = readWithEngine(file, 'image/jpeg');
    const settled = expect(reading).rejects.toThrow('timedOut');
    await vi.advanceTimersByTimeAsync(readTimeLimitMs(file.size) - 1);
    expect(engines[0]!.dispose).not.toHaveBeenCalled();
    await vi.advanceTimersByTimeAsync(1);
    await settled;
    expect(engines[0]!.dispose).toHaveBeenCalledOnce();
  });

  it('ends the engine when the read is cancelled, and the next read has a fresh one', async () => {
    vi.useFakeTimers();
    read = () => new Promise(() => {});
    void readWithEngine(file, 'image/jpeg').catch(() => undefined);
    await vi.waitFor(() => expect(engines).toHaveLength(1));
    await engine.cancelReading();
    expect(engines[0]!.dispose).toHaveBeenCalledOnce();

    read = async () => null;
    await expect(readWithEngine(file, 'image/jpeg')).resolves.toMatchObject({ store: null });
    expect(engines.map((one) => one.dispose.mock.calls.length)).toEqual([1, 0, 0]);
  });
});
