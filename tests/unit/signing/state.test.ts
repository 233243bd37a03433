import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import {
  base64ToBytes,
  bytesToBase64,
  emptyState,
  loadState,
  restoreState,
  saveState,
  storageKey,
} from '../../../src/lib/signing/state';

/** What the widget saves after signing the robin while declaring a camera photo. */
const saved = JSON.parse(readFileSync(join(import.meta.dirname, 'fixtures/saved-state.json'), 'utf8')) as {
  pictureId: string;
  declarationId: string;
  result: Record<string, unknown>;
};
const pictureIds = ['robin', 'rocket', 'ribbons'];

describe('restoreState', () => {
  it('keeps a consistent saved state whole', () => {
    expect(restoreState(saved, pictureIds)).toEqual(saved);
  });

  it('starts empty from nothing, junk or the wrong shape', () => {
    for (const junk of [null, undefined, 3, 'robin', [], { pictureId: 7 }])
      expect(restoreState(junk, pictureIds)).toEqual(emptyState);
  });

  it('drops unknown pictures and declarations, and the result that depended on them', () => {
    expect(restoreState({ ...saved, pictureId: 'deleted' }, pictureIds)).toEqual({
      pictureId: null,
      declarationId: 'camera',
      result: null,
    });
    expect(restoreState({ ...saved, declarationId: 'selfie' }, pictureIds)).toEqual({
      pictureId: 'robin',
      declarationId: null,
      result: null,
    });
  });

  it('drops a result made with other choices than the ones saved beside it', () => {
    expect(restoreState({ ...saved, declarationId: 'ai-generated' }, pictureIds).result).toBeNull();
  });

  it('drops a damaged result but keeps the choices', () => {
    for (const damage of [
      { base64: '' },
      { base64: 'not base64!' },
      { inspection: null },
      { inspection: {} },
      { fileName: 1 },
    ])
      expect(restoreState({ ...saved, result: { ...saved.result, ...damage } }, pictureIds)).toEqual({
        pictureId: 'robin',
        declarationId: 'camera',
        result: null,
      });
  });
});

describe('saving on this device', () => {
  const store = new Map<string, string>();
  beforeEach(() => {
    store.clear();
    globalThis.localStorage = {
      getItem: (key: string) => store.get(key) ?? null,
      setItem: (key: string, value: string) => void store.set(key, value),
      removeItem: (key: string) => void store.delete(key),
      clear: () => store.clear(),
      key: () => null,
      length: 0,
    } as Storage;
  });
  afterEach(() => {
    // @ts-expect-error -- the test's stand-in is removed again
    delete globalThis.localStorage;
  });

  it('round-trips under a look-closer: key', () => {
    saveState('demo', restoreState(saved, pictureIds));
    expect([...store.keys()]).toEqual([storageKey('demo')]);
    expect(storageKey('demo')).toMatch(/^look-closer:/);
    expect(loadState('demo', pictureIds)).toEqual(saved);
  });

  it('forgets everything when the state is empty again', () => {
    saveState('demo', restoreState(saved, pictureIds));
    saveState('demo', emptyState);
    expect(store.size).toBe(0);
    expect(loadState('demo', pictureIds)).toEqual(emptyState);
  });

  it('keeps the choices when the signed file does not fit', () => {
    let calls = 0;
    localStorage.setItem = (key: string, value: string) => {
      calls += 1;
      if (value.includes('base64')) throw new DOMException('full', 'QuotaExceededError');
      store.set(key, value);
    };
    saveState('demo', restoreState(saved, pictureIds));
    expect(calls).toBe(2);
    expect(loadState('demo', pictureIds)).toEqual({ pictureId: 'robin', declarationId: 'camera', result: null });
  });

  it('survives storage that refuses everything', () => {
    localStorage.getItem = () => {
      throw new Error('denied');
    };
    localStorage.setItem = () => {
      throw new Error('denied');
    };
    expect(() => saveState('demo', emptyState)).not.toThrow();
    expect(loadState('demo', pictureIds)).toEqual(emptyState);
  });
});

describe('base64', () => {
  it('round-trips bytes, including large files', () => {
    const bytes = Uint8Array.from({ length: 200_000 }, (_, index) => (index * 31) % 256);
    const text = bytesToBase64(bytes);
    expect(text).toBe(Buffer.from(bytes).toString('base64'));
    expect(base64ToBytes(text)).toEqual(bytes);
  });
});
