import type { ManifestStore } from '@contentauth/c2pa-types';
import { describe, expect, it } from 'vitest';
import { isEngineFault, leftEngineSound, readTimeLimitMs } from '../../../src/lib/provenance/engine-health';

describe('isEngineFault', () => {
  it('does not blame the engine for errors of its own, which explain what is wrong with the file', () => {
    expect(isEngineFault(new Error('C2pa(JumbfParseError(UnexpectedEof))'))).toBe(false);
    expect(isEngineFault(new Error('C2pa(InvalidAsset("Box size extends beyond asset bounds"))'))).toBe(false);
    // Errors that crossed from the worker can arrive as plain objects.
    expect(isEngineFault({ message: 'C2pa(RemoteManifestUrl("https://example.com/m"))' })).toBe(false);
  });

  it('blames the engine for a trap, running out of memory, or anything it does not explain', () => {
    expect(isEngineFault(new Error('unreachable'))).toBe(true);
    expect(isEngineFault(new Error('memory access out of bounds'))).toBe(true);
    expect(isEngineFault(new RangeError('WebAssembly.Memory.grow(): Maximum memory size exceeded'))).toBe(true);
    expect(isEngineFault(new RangeError('Maximum call stack size exceeded'))).toBe(true);
    expect(isEngineFault('out of memory')).toBe(true);
    expect(isEngineFault(undefined)).toBe(true);
  });
});

describe('readTimeLimitMs', () => {
  it('gives a small file many seconds, far more than a read takes', () => {
    expect(readTimeLimitMs(100_000)).toBeGreaterThanOrEqual(20_000);
    expect(readTimeLimitMs(100_000)).toBeLessThan(30_000);
  });

  it('grows with the file, so a large file read slowly is never cut short', () => {
    expect(readTimeLimitMs(2_000_000_000 / 2)).toBeGreaterThanOrEqual(500_000);
    expect(readTimeLimitMs(300_000_000)).toBeGreaterThan(readTimeLimitMs(30_000_000));
  });
});

describe('leftEngineSound', () => {
  const store = (fields: Partial<ManifestStore>) =>
    ({ active_manifest: 'urn:a', manifests: { 'urn:a': {} }, ...fields }) as ManifestStore;
  const photo = 200_000;

  it('keeps the engine after no credentials, or intact ones, in a file that is not large', () => {
    expect(leftEngineSound(null, photo)).toBe(true);
    expect(leftEngineSound(store({ validation_state: 'Valid' }), photo)).toBe(true);
    expect(leftEngineSound(store({ validation_state: 'Trusted' }), photo)).toBe(true);
  });

  it('replaces it after credentials that failed a check, or that name no current record', () => {
    expect(leftEngineSound(store({ validation_state: 'Invalid' }), photo)).toBe(false);
    expect(leftEngineSound(store({ validation_state: 'Valid', active_manifest: undefined }), photo)).toBe(false);
    expect(leftEngineSound(store({ validation_state: undefined }), photo)).toBe(false);
  });

  it('replaces it after a large file, whatever it held', () => {
    expect(leftEngineSound(store({ validation_state: 'Trusted' }), 300 * 2 ** 20)).toBe(false);
    expect(leftEngineSound(null, 300 * 2 ** 20)).toBe(false);
  });
});
